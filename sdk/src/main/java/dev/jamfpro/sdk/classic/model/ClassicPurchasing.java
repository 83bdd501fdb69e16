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

    public Boolean getIsPurchased() {
        return isPurchased;
    }

    public void setIsPurchased(Boolean isPurchased) {
        this.isPurchased = isPurchased;
    }

    public Boolean getIsLeased() {
        return isLeased;
    }

    public void setIsLeased(Boolean isLeased) {
        this.isLeased = isLeased;
    }

    public String getPoNumber() {
        return poNumber;
    }

    public void setPoNumber(String poNumber) {
        this.poNumber = poNumber;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getApplecareId() {
        return applecareId;
    }

    public void setApplecareId(String applecareId) {
        this.applecareId = applecareId;
    }

    public String getPurchasePrice() {
        return purchasePrice;
    }

    public void setPurchasePrice(String purchasePrice) {
        this.purchasePrice = purchasePrice;
    }

    public String getPurchasingAccount() {
        return purchasingAccount;
    }

    public void setPurchasingAccount(String purchasingAccount) {
        this.purchasingAccount = purchasingAccount;
    }

    public String getPoDate() {
        return poDate;
    }

    public void setPoDate(String poDate) {
        this.poDate = poDate;
    }

    /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
    public String getPoDateEpoch() {
        return poDateEpoch;
    }

    public void setPoDateEpoch(String poDateEpoch) {
        this.poDateEpoch = poDateEpoch;
    }

    public String getPoDateUtc() {
        return poDateUtc;
    }

    public void setPoDateUtc(String poDateUtc) {
        this.poDateUtc = poDateUtc;
    }

    public String getWarrantyExpires() {
        return warrantyExpires;
    }

    public void setWarrantyExpires(String warrantyExpires) {
        this.warrantyExpires = warrantyExpires;
    }

    /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
    public String getWarrantyExpiresEpoch() {
        return warrantyExpiresEpoch;
    }

    public void setWarrantyExpiresEpoch(String warrantyExpiresEpoch) {
        this.warrantyExpiresEpoch = warrantyExpiresEpoch;
    }

    public String getWarrantyExpiresUtc() {
        return warrantyExpiresUtc;
    }

    public void setWarrantyExpiresUtc(String warrantyExpiresUtc) {
        this.warrantyExpiresUtc = warrantyExpiresUtc;
    }

    public String getLeaseExpires() {
        return leaseExpires;
    }

    public void setLeaseExpires(String leaseExpires) {
        this.leaseExpires = leaseExpires;
    }

    /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
    public String getLeaseExpiresEpoch() {
        return leaseExpiresEpoch;
    }

    public void setLeaseExpiresEpoch(String leaseExpiresEpoch) {
        this.leaseExpiresEpoch = leaseExpiresEpoch;
    }

    public String getLeaseExpiresUtc() {
        return leaseExpiresUtc;
    }

    public void setLeaseExpiresUtc(String leaseExpiresUtc) {
        this.leaseExpiresUtc = leaseExpiresUtc;
    }

    /** Expected life in years ({@code 0} when unset). */
    public Integer getLifeExpectancy() {
        return lifeExpectancy;
    }

    public void setLifeExpectancy(Integer lifeExpectancy) {
        this.lifeExpectancy = lifeExpectancy;
    }

    public String getPurchasingContact() {
        return purchasingContact;
    }

    public void setPurchasingContact(String purchasingContact) {
        this.purchasingContact = purchasingContact;
    }

    /** The purchase order date, from whichever of the three date forms Jamf sent; null if unset. */
    public Instant poDateInstant() {
        return ClassicDates.toInstant(poDateEpoch, poDateUtc, poDate);
    }

    /** When the warranty expires, from whichever of the three date forms Jamf sent; null if unset. */
    public Instant warrantyExpiresInstant() {
        return ClassicDates.toInstant(warrantyExpiresEpoch, warrantyExpiresUtc, warrantyExpires);
    }

    /** When the lease expires, from whichever of the three date forms Jamf sent; null if unset. */
    public Instant leaseExpiresInstant() {
        return ClassicDates.toInstant(leaseExpiresEpoch, leaseExpiresUtc, leaseExpires);
    }
}
