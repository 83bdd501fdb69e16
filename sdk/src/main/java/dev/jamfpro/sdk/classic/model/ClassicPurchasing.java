package dev.jamfpro.sdk.classic.model;

import dev.jamfpro.sdk.classic.ClassicDates;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.time.Instant;

/**
 * The {@code <purchasing>} section of a computer or mobile device. Dates come as a triple of strings
 * (see {@link ClassicDates}); the {@code …Instant()} helpers read them.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicPurchasing extends ClassicElement {
    @XmlElement(name = "is_purchased")
    private Boolean isPurchased;
    @XmlElement(name = "is_leased")
    private Boolean isLeased;
    @XmlElement(name = "po_number")
    private String poNumber;
    private String vendor;
    @XmlElement(name = "applecare_id")
    private String applecareId;
    @XmlElement(name = "purchase_price")
    private String purchasePrice;
    @XmlElement(name = "purchasing_account")
    private String purchasingAccount;
    @XmlElement(name = "po_date")
    private String poDate;
    @XmlElement(name = "po_date_epoch")
    private String poDateEpoch;
    @XmlElement(name = "po_date_utc")
    private String poDateUtc;
    @XmlElement(name = "warranty_expires")
    private String warrantyExpires;
    @XmlElement(name = "warranty_expires_epoch")
    private String warrantyExpiresEpoch;
    @XmlElement(name = "warranty_expires_utc")
    private String warrantyExpiresUtc;
    @XmlElement(name = "lease_expires")
    private String leaseExpires;
    @XmlElement(name = "lease_expires_epoch")
    private String leaseExpiresEpoch;
    @XmlElement(name = "lease_expires_utc")
    private String leaseExpiresUtc;
    @XmlElement(name = "life_expectancy")
    private Integer lifeExpectancy;
    @XmlElement(name = "purchasing_contact")
    private String purchasingContact;

    /** {@return the {@code <is_purchased>} element} */
    public Boolean getIsPurchased() {
        return isPurchased;
    }

    /**
     * Sets the {@code <is_purchased>} element.
     *
     * @param isPurchased the value; {@code null} leaves it out of what is sent
     */
    public void setIsPurchased(Boolean isPurchased) {
        this.isPurchased = isPurchased;
    }

    /** {@return the {@code <is_leased>} element} */
    public Boolean getIsLeased() {
        return isLeased;
    }

    /**
     * Sets the {@code <is_leased>} element.
     *
     * @param isLeased the value; {@code null} leaves it out of what is sent
     */
    public void setIsLeased(Boolean isLeased) {
        this.isLeased = isLeased;
    }

    /** {@return the {@code <po_number>} element} */
    public String getPoNumber() {
        return poNumber;
    }

    /**
     * Sets the {@code <po_number>} element.
     *
     * @param poNumber the value; {@code null} leaves it out of what is sent
     */
    public void setPoNumber(String poNumber) {
        this.poNumber = poNumber;
    }

    /** {@return the {@code <vendor>} element} */
    public String getVendor() {
        return vendor;
    }

    /**
     * Sets the {@code <vendor>} element.
     *
     * @param vendor the value; {@code null} leaves it out of what is sent
     */
    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    /** {@return the {@code <applecare_id>} element} */
    public String getApplecareId() {
        return applecareId;
    }

    /**
     * Sets the {@code <applecare_id>} element.
     *
     * @param applecareId the value; {@code null} leaves it out of what is sent
     */
    public void setApplecareId(String applecareId) {
        this.applecareId = applecareId;
    }

    /** {@return the {@code <purchase_price>} element} */
    public String getPurchasePrice() {
        return purchasePrice;
    }

    /**
     * Sets the {@code <purchase_price>} element.
     *
     * @param purchasePrice the value; {@code null} leaves it out of what is sent
     */
    public void setPurchasePrice(String purchasePrice) {
        this.purchasePrice = purchasePrice;
    }

    /** {@return the {@code <purchasing_account>} element} */
    public String getPurchasingAccount() {
        return purchasingAccount;
    }

    /**
     * Sets the {@code <purchasing_account>} element.
     *
     * @param purchasingAccount the value; {@code null} leaves it out of what is sent
     */
    public void setPurchasingAccount(String purchasingAccount) {
        this.purchasingAccount = purchasingAccount;
    }

    /** {@return the {@code <po_date>} element} */
    public String getPoDate() {
        return poDate;
    }

    /**
     * Sets the {@code <po_date>} element.
     *
     * @param poDate the value; {@code null} leaves it out of what is sent
     */
    public void setPoDate(String poDate) {
        this.poDate = poDate;
    }

    /**
     * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getPoDateEpoch() {
        return poDateEpoch;
    }

    /**
     * Sets the {@code <po_date_epoch>} element.
     *
     * @param poDateEpoch the value; {@code null} leaves it out of what is sent
     */
    public void setPoDateEpoch(String poDateEpoch) {
        this.poDateEpoch = poDateEpoch;
    }

    /** {@return the {@code <po_date_utc>} element} */
    public String getPoDateUtc() {
        return poDateUtc;
    }

    /**
     * Sets the {@code <po_date_utc>} element.
     *
     * @param poDateUtc the value; {@code null} leaves it out of what is sent
     */
    public void setPoDateUtc(String poDateUtc) {
        this.poDateUtc = poDateUtc;
    }

    /** {@return the {@code <warranty_expires>} element} */
    public String getWarrantyExpires() {
        return warrantyExpires;
    }

    /**
     * Sets the {@code <warranty_expires>} element.
     *
     * @param warrantyExpires the value; {@code null} leaves it out of what is sent
     */
    public void setWarrantyExpires(String warrantyExpires) {
        this.warrantyExpires = warrantyExpires;
    }

    /**
     * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getWarrantyExpiresEpoch() {
        return warrantyExpiresEpoch;
    }

    /**
     * Sets the {@code <warranty_expires_epoch>} element.
     *
     * @param warrantyExpiresEpoch the value; {@code null} leaves it out of what is sent
     */
    public void setWarrantyExpiresEpoch(String warrantyExpiresEpoch) {
        this.warrantyExpiresEpoch = warrantyExpiresEpoch;
    }

    /** {@return the {@code <warranty_expires_utc>} element} */
    public String getWarrantyExpiresUtc() {
        return warrantyExpiresUtc;
    }

    /**
     * Sets the {@code <warranty_expires_utc>} element.
     *
     * @param warrantyExpiresUtc the value; {@code null} leaves it out of what is sent
     */
    public void setWarrantyExpiresUtc(String warrantyExpiresUtc) {
        this.warrantyExpiresUtc = warrantyExpiresUtc;
    }

    /** {@return the {@code <lease_expires>} element} */
    public String getLeaseExpires() {
        return leaseExpires;
    }

    /**
     * Sets the {@code <lease_expires>} element.
     *
     * @param leaseExpires the value; {@code null} leaves it out of what is sent
     */
    public void setLeaseExpires(String leaseExpires) {
        this.leaseExpires = leaseExpires;
    }

    /**
     * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getLeaseExpiresEpoch() {
        return leaseExpiresEpoch;
    }

    /**
     * Sets the {@code <lease_expires_epoch>} element.
     *
     * @param leaseExpiresEpoch the value; {@code null} leaves it out of what is sent
     */
    public void setLeaseExpiresEpoch(String leaseExpiresEpoch) {
        this.leaseExpiresEpoch = leaseExpiresEpoch;
    }

    /** {@return the {@code <lease_expires_utc>} element} */
    public String getLeaseExpiresUtc() {
        return leaseExpiresUtc;
    }

    /**
     * Sets the {@code <lease_expires_utc>} element.
     *
     * @param leaseExpiresUtc the value; {@code null} leaves it out of what is sent
     */
    public void setLeaseExpiresUtc(String leaseExpiresUtc) {
        this.leaseExpiresUtc = leaseExpiresUtc;
    }

    /**
     * Expected life in years ({@code 0} when unset).
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Integer getLifeExpectancy() {
        return lifeExpectancy;
    }

    /**
     * Sets the {@code <life_expectancy>} element.
     *
     * @param lifeExpectancy the value; {@code null} leaves it out of what is sent
     */
    public void setLifeExpectancy(Integer lifeExpectancy) {
        this.lifeExpectancy = lifeExpectancy;
    }

    /** {@return the {@code <purchasing_contact>} element} */
    public String getPurchasingContact() {
        return purchasingContact;
    }

    /**
     * Sets the {@code <purchasing_contact>} element.
     *
     * @param purchasingContact the value; {@code null} leaves it out of what is sent
     */
    public void setPurchasingContact(String purchasingContact) {
        this.purchasingContact = purchasingContact;
    }

    /** {@return the purchase order date, from whichever of the three date forms Jamf sent; null if unset} */
    public Instant poDateInstant() {
        return ClassicDates.toInstant(poDateEpoch, poDateUtc, poDate);
    }

    /** {@return when the warranty expires, from whichever of the three date forms Jamf sent; null if unset} */
    public Instant warrantyExpiresInstant() {
        return ClassicDates.toInstant(warrantyExpiresEpoch, warrantyExpiresUtc, warrantyExpires);
    }

    /** {@return when the lease expires, from whichever of the three date forms Jamf sent; null if unset} */
    public Instant leaseExpiresInstant() {
        return ClassicDates.toInstant(leaseExpiresEpoch, leaseExpiresUtc, leaseExpires);
    }
}
