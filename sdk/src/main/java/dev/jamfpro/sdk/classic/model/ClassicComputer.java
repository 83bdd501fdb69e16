package dev.jamfpro.sdk.classic.model;

import dev.jamfpro.sdk.classic.ClassicDates;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;

/**
 * A Classic API {@code <computer>}. Typed: general, location, purchasing and extension attributes;
 * the other sections (hardware, certificates, security, software, groups and accounts, configuration
 * profiles, …) are kept as other elements and written back unchanged.
 *
 * <pre>{@code
 * ClassicComputer update = new ClassicComputer();
 * update.setLocation(new ClassicLocation());
 * update.getLocation().setBuilding("Main Office");
 * client.classicApi().updateComputerById(7, update).join();   // sends only <location><building>
 * }</pre>
 */
@XmlRootElement(name = "computer")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicComputer extends ClassicElement {
    private General general;
    private ClassicLocation location;
    private ClassicPurchasing purchasing;
    @XmlElement(name = "extension_attributes")
    private ClassicExtensionAttributeValues extensionAttributes;

    /** {@return the {@code <general>} element} */
    public General getGeneral() {
        return general;
    }

    /**
     * Sets the {@code <general>} element.
     *
     * @param general the value; {@code null} leaves it out of what is sent
     */
    public void setGeneral(General general) {
        this.general = general;
    }

    /** {@return the {@code <location>} element} */
    public ClassicLocation getLocation() {
        return location;
    }

    /**
     * Sets the {@code <location>} element.
     *
     * @param location the value; {@code null} leaves it out of what is sent
     */
    public void setLocation(ClassicLocation location) {
        this.location = location;
    }

    /** {@return the {@code <purchasing>} element} */
    public ClassicPurchasing getPurchasing() {
        return purchasing;
    }

    /**
     * Sets the {@code <purchasing>} element.
     *
     * @param purchasing the value; {@code null} leaves it out of what is sent
     */
    public void setPurchasing(ClassicPurchasing purchasing) {
        this.purchasing = purchasing;
    }

    /** {@return the {@code <extension_attributes>} element} */
    public ClassicExtensionAttributeValues getExtensionAttributes() {
        return extensionAttributes;
    }

    /**
     * Sets the {@code <extension_attributes>} element.
     *
     * @param extensionAttributes the value; {@code null} leaves it out of what is sent
     */
    public void setExtensionAttributes(ClassicExtensionAttributeValues extensionAttributes) {
        this.extensionAttributes = extensionAttributes;
    }

    /** The {@code <general>} section. */
    @XmlType(name = "ClassicComputer.General")
    public static class General extends ClassicElement {
        private Integer id;
        private String name;
        @XmlElement(name = "mac_address")
        private String macAddress;
        @XmlElement(name = "alt_mac_address")
        private String altMacAddress;
        @XmlElement(name = "ip_address")
        private String ipAddress;
        @XmlElement(name = "last_reported_ip")
        private String lastReportedIp;
        @XmlElement(name = "serial_number")
        private String serialNumber;
        private String udid;
        @XmlElement(name = "jamf_version")
        private String jamfVersion;
        private String platform;
        @XmlElement(name = "barcode_1")
        private String barcode1;
        @XmlElement(name = "barcode_2")
        private String barcode2;
        @XmlElement(name = "asset_tag")
        private String assetTag;
        @XmlElement(name = "remote_management")
        private RemoteManagement remoteManagement;
        private Boolean supervised;
        @XmlElement(name = "mdm_capable")
        private Boolean mdmCapable;
        @XmlElement(name = "report_date")
        private String reportDate;
        @XmlElement(name = "report_date_epoch")
        private String reportDateEpoch;
        @XmlElement(name = "report_date_utc")
        private String reportDateUtc;
        @XmlElement(name = "last_contact_time")
        private String lastContactTime;
        @XmlElement(name = "last_contact_time_epoch")
        private String lastContactTimeEpoch;
        @XmlElement(name = "last_contact_time_utc")
        private String lastContactTimeUtc;
        @XmlElement(name = "initial_entry_date")
        private String initialEntryDate;
        @XmlElement(name = "initial_entry_date_epoch")
        private String initialEntryDateEpoch;
        @XmlElement(name = "initial_entry_date_utc")
        private String initialEntryDateUtc;
        private ClassicReference site;

        /** {@return the {@code <id>} element} */
        public Integer getId() {
            return id;
        }

        /**
         * Sets the {@code <id>} element.
         *
         * @param id the value; {@code null} leaves it out of what is sent
         */
        public void setId(Integer id) {
            this.id = id;
        }

        /** {@return the {@code <name>} element} */
        public String getName() {
            return name;
        }

        /**
         * Sets the {@code <name>} element.
         *
         * @param name the value; {@code null} leaves it out of what is sent
         */
        public void setName(String name) {
            this.name = name;
        }

        /** {@return the {@code <mac_address>} element} */
        public String getMacAddress() {
            return macAddress;
        }

        /**
         * Sets the {@code <mac_address>} element.
         *
         * @param macAddress the value; {@code null} leaves it out of what is sent
         */
        public void setMacAddress(String macAddress) {
            this.macAddress = macAddress;
        }

        /** {@return the {@code <alt_mac_address>} element} */
        public String getAltMacAddress() {
            return altMacAddress;
        }

        /**
         * Sets the {@code <alt_mac_address>} element.
         *
         * @param altMacAddress the value; {@code null} leaves it out of what is sent
         */
        public void setAltMacAddress(String altMacAddress) {
            this.altMacAddress = altMacAddress;
        }

        /** {@return the {@code <ip_address>} element} */
        public String getIpAddress() {
            return ipAddress;
        }

        /**
         * Sets the {@code <ip_address>} element.
         *
         * @param ipAddress the value; {@code null} leaves it out of what is sent
         */
        public void setIpAddress(String ipAddress) {
            this.ipAddress = ipAddress;
        }

        /** {@return the {@code <last_reported_ip>} element} */
        public String getLastReportedIp() {
            return lastReportedIp;
        }

        /**
         * Sets the {@code <last_reported_ip>} element.
         *
         * @param lastReportedIp the value; {@code null} leaves it out of what is sent
         */
        public void setLastReportedIp(String lastReportedIp) {
            this.lastReportedIp = lastReportedIp;
        }

        /** {@return the {@code <serial_number>} element} */
        public String getSerialNumber() {
            return serialNumber;
        }

        /**
         * Sets the {@code <serial_number>} element.
         *
         * @param serialNumber the value; {@code null} leaves it out of what is sent
         */
        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }

        /** {@return the {@code <udid>} element} */
        public String getUdid() {
            return udid;
        }

        /**
         * Sets the {@code <udid>} element.
         *
         * @param udid the value; {@code null} leaves it out of what is sent
         */
        public void setUdid(String udid) {
            this.udid = udid;
        }

        /** {@return the {@code <jamf_version>} element} */
        public String getJamfVersion() {
            return jamfVersion;
        }

        /**
         * Sets the {@code <jamf_version>} element.
         *
         * @param jamfVersion the value; {@code null} leaves it out of what is sent
         */
        public void setJamfVersion(String jamfVersion) {
            this.jamfVersion = jamfVersion;
        }

        /** {@return the {@code <platform>} element} */
        public String getPlatform() {
            return platform;
        }

        /**
         * Sets the {@code <platform>} element.
         *
         * @param platform the value; {@code null} leaves it out of what is sent
         */
        public void setPlatform(String platform) {
            this.platform = platform;
        }

        /** {@return the {@code <barcode_1>} element} */
        public String getBarcode1() {
            return barcode1;
        }

        /**
         * Sets the {@code <barcode_1>} element.
         *
         * @param barcode1 the value; {@code null} leaves it out of what is sent
         */
        public void setBarcode1(String barcode1) {
            this.barcode1 = barcode1;
        }

        /** {@return the {@code <barcode_2>} element} */
        public String getBarcode2() {
            return barcode2;
        }

        /**
         * Sets the {@code <barcode_2>} element.
         *
         * @param barcode2 the value; {@code null} leaves it out of what is sent
         */
        public void setBarcode2(String barcode2) {
            this.barcode2 = barcode2;
        }

        /** {@return the {@code <asset_tag>} element} */
        public String getAssetTag() {
            return assetTag;
        }

        /**
         * Sets the {@code <asset_tag>} element.
         *
         * @param assetTag the value; {@code null} leaves it out of what is sent
         */
        public void setAssetTag(String assetTag) {
            this.assetTag = assetTag;
        }

        /** {@return the {@code <remote_management>} element} */
        public RemoteManagement getRemoteManagement() {
            return remoteManagement;
        }

        /**
         * Sets the {@code <remote_management>} element.
         *
         * @param remoteManagement the value; {@code null} leaves it out of what is sent
         */
        public void setRemoteManagement(RemoteManagement remoteManagement) {
            this.remoteManagement = remoteManagement;
        }

        /** {@return the {@code <supervised>} element} */
        public Boolean getSupervised() {
            return supervised;
        }

        /**
         * Sets the {@code <supervised>} element.
         *
         * @param supervised the value; {@code null} leaves it out of what is sent
         */
        public void setSupervised(Boolean supervised) {
            this.supervised = supervised;
        }

        /** {@return the {@code <mdm_capable>} element} */
        public Boolean getMdmCapable() {
            return mdmCapable;
        }

        /**
         * Sets the {@code <mdm_capable>} element.
         *
         * @param mdmCapable the value; {@code null} leaves it out of what is sent
         */
        public void setMdmCapable(Boolean mdmCapable) {
            this.mdmCapable = mdmCapable;
        }

        /** {@return the {@code <report_date>} element} */
        public String getReportDate() {
            return reportDate;
        }

        /**
         * Sets the {@code <report_date>} element.
         *
         * @param reportDate the value; {@code null} leaves it out of what is sent
         */
        public void setReportDate(String reportDate) {
            this.reportDate = reportDate;
        }

        /**
         * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getReportDateEpoch() {
            return reportDateEpoch;
        }

        /**
         * Sets the {@code <report_date_epoch>} element.
         *
         * @param reportDateEpoch the value; {@code null} leaves it out of what is sent
         */
        public void setReportDateEpoch(String reportDateEpoch) {
            this.reportDateEpoch = reportDateEpoch;
        }

        /** {@return the {@code <report_date_utc>} element} */
        public String getReportDateUtc() {
            return reportDateUtc;
        }

        /**
         * Sets the {@code <report_date_utc>} element.
         *
         * @param reportDateUtc the value; {@code null} leaves it out of what is sent
         */
        public void setReportDateUtc(String reportDateUtc) {
            this.reportDateUtc = reportDateUtc;
        }

        /** {@return the {@code <last_contact_time>} element} */
        public String getLastContactTime() {
            return lastContactTime;
        }

        /**
         * Sets the {@code <last_contact_time>} element.
         *
         * @param lastContactTime the value; {@code null} leaves it out of what is sent
         */
        public void setLastContactTime(String lastContactTime) {
            this.lastContactTime = lastContactTime;
        }

        /**
         * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getLastContactTimeEpoch() {
            return lastContactTimeEpoch;
        }

        /**
         * Sets the {@code <last_contact_time_epoch>} element.
         *
         * @param lastContactTimeEpoch the value; {@code null} leaves it out of what is sent
         */
        public void setLastContactTimeEpoch(String lastContactTimeEpoch) {
            this.lastContactTimeEpoch = lastContactTimeEpoch;
        }

        /** {@return the {@code <last_contact_time_utc>} element} */
        public String getLastContactTimeUtc() {
            return lastContactTimeUtc;
        }

        /**
         * Sets the {@code <last_contact_time_utc>} element.
         *
         * @param lastContactTimeUtc the value; {@code null} leaves it out of what is sent
         */
        public void setLastContactTimeUtc(String lastContactTimeUtc) {
            this.lastContactTimeUtc = lastContactTimeUtc;
        }

        /** {@return the {@code <initial_entry_date>} element} */
        public String getInitialEntryDate() {
            return initialEntryDate;
        }

        /**
         * Sets the {@code <initial_entry_date>} element.
         *
         * @param initialEntryDate the value; {@code null} leaves it out of what is sent
         */
        public void setInitialEntryDate(String initialEntryDate) {
            this.initialEntryDate = initialEntryDate;
        }

        /**
         * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getInitialEntryDateEpoch() {
            return initialEntryDateEpoch;
        }

        /**
         * Sets the {@code <initial_entry_date_epoch>} element.
         *
         * @param initialEntryDateEpoch the value; {@code null} leaves it out of what is sent
         */
        public void setInitialEntryDateEpoch(String initialEntryDateEpoch) {
            this.initialEntryDateEpoch = initialEntryDateEpoch;
        }

        /** {@return the {@code <initial_entry_date_utc>} element} */
        public String getInitialEntryDateUtc() {
            return initialEntryDateUtc;
        }

        /**
         * Sets the {@code <initial_entry_date_utc>} element.
         *
         * @param initialEntryDateUtc the value; {@code null} leaves it out of what is sent
         */
        public void setInitialEntryDateUtc(String initialEntryDateUtc) {
            this.initialEntryDateUtc = initialEntryDateUtc;
        }

        /** {@return the {@code <site>} element} */
        public ClassicReference getSite() {
            return site;
        }

        /**
         * Sets the {@code <site>} element.
         *
         * @param site the value; {@code null} leaves it out of what is sent
         */
        public void setSite(ClassicReference site) {
            this.site = site;
        }

        /**
         * {@return when inventory was last reported, from whichever of the three date forms Jamf sent; null if unset}
         */
        public Instant reportDateInstant() {
            return ClassicDates.toInstant(reportDateEpoch, reportDateUtc, reportDate);
        }

        /**
         * {@return when the computer last checked in, from whichever of the three date forms Jamf sent; null if unset}
         */
        public Instant lastContactTimeInstant() {
            return ClassicDates.toInstant(lastContactTimeEpoch, lastContactTimeUtc, lastContactTime);
        }

        /**
         * {@return when the computer was first enrolled, from whichever of the three date forms Jamf sent; null if unset}
         */
        public Instant initialEntryDateInstant() {
            return ClassicDates.toInstant(initialEntryDateEpoch, initialEntryDateUtc, initialEntryDate);
        }
    }

    /** {@code <remote_management>} of {@code <general>}. */
    @XmlType(name = "ClassicComputer.RemoteManagement")
    public static class RemoteManagement extends ClassicElement {
        private Boolean managed;
        @XmlElement(name = "management_username")
        private String managementUsername;

        /** {@return the {@code <managed>} element} */
        public Boolean getManaged() {
            return managed;
        }

        /**
         * Sets the {@code <managed>} element.
         *
         * @param managed the value; {@code null} leaves it out of what is sent
         */
        public void setManaged(Boolean managed) {
            this.managed = managed;
        }

        /** {@return the {@code <management_username>} element} */
        public String getManagementUsername() {
            return managementUsername;
        }

        /**
         * Sets the {@code <management_username>} element.
         *
         * @param managementUsername the value; {@code null} leaves it out of what is sent
         */
        public void setManagementUsername(String managementUsername) {
            this.managementUsername = managementUsername;
        }
    }
}
