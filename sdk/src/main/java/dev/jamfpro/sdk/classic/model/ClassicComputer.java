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

    public General getGeneral() {
        return general;
    }

    public void setGeneral(General general) {
        this.general = general;
    }

    public ClassicLocation getLocation() {
        return location;
    }

    public void setLocation(ClassicLocation location) {
        this.location = location;
    }

    public ClassicPurchasing getPurchasing() {
        return purchasing;
    }

    public void setPurchasing(ClassicPurchasing purchasing) {
        this.purchasing = purchasing;
    }

    public ClassicExtensionAttributeValues getExtensionAttributes() {
        return extensionAttributes;
    }

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

        public Integer getId() {
            return id;
        }

        public void setId(Integer id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getMacAddress() {
            return macAddress;
        }

        public void setMacAddress(String macAddress) {
            this.macAddress = macAddress;
        }

        public String getAltMacAddress() {
            return altMacAddress;
        }

        public void setAltMacAddress(String altMacAddress) {
            this.altMacAddress = altMacAddress;
        }

        public String getIpAddress() {
            return ipAddress;
        }

        public void setIpAddress(String ipAddress) {
            this.ipAddress = ipAddress;
        }

        public String getLastReportedIp() {
            return lastReportedIp;
        }

        public void setLastReportedIp(String lastReportedIp) {
            this.lastReportedIp = lastReportedIp;
        }

        public String getSerialNumber() {
            return serialNumber;
        }

        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }

        public String getUdid() {
            return udid;
        }

        public void setUdid(String udid) {
            this.udid = udid;
        }

        public String getJamfVersion() {
            return jamfVersion;
        }

        public void setJamfVersion(String jamfVersion) {
            this.jamfVersion = jamfVersion;
        }

        public String getPlatform() {
            return platform;
        }

        public void setPlatform(String platform) {
            this.platform = platform;
        }

        public String getBarcode1() {
            return barcode1;
        }

        public void setBarcode1(String barcode1) {
            this.barcode1 = barcode1;
        }

        public String getBarcode2() {
            return barcode2;
        }

        public void setBarcode2(String barcode2) {
            this.barcode2 = barcode2;
        }

        public String getAssetTag() {
            return assetTag;
        }

        public void setAssetTag(String assetTag) {
            this.assetTag = assetTag;
        }

        public RemoteManagement getRemoteManagement() {
            return remoteManagement;
        }

        public void setRemoteManagement(RemoteManagement remoteManagement) {
            this.remoteManagement = remoteManagement;
        }

        public Boolean getSupervised() {
            return supervised;
        }

        public void setSupervised(Boolean supervised) {
            this.supervised = supervised;
        }

        public Boolean getMdmCapable() {
            return mdmCapable;
        }

        public void setMdmCapable(Boolean mdmCapable) {
            this.mdmCapable = mdmCapable;
        }

        public String getReportDate() {
            return reportDate;
        }

        public void setReportDate(String reportDate) {
            this.reportDate = reportDate;
        }

        /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
        public String getReportDateEpoch() {
            return reportDateEpoch;
        }

        public void setReportDateEpoch(String reportDateEpoch) {
            this.reportDateEpoch = reportDateEpoch;
        }

        public String getReportDateUtc() {
            return reportDateUtc;
        }

        public void setReportDateUtc(String reportDateUtc) {
            this.reportDateUtc = reportDateUtc;
        }

        public String getLastContactTime() {
            return lastContactTime;
        }

        public void setLastContactTime(String lastContactTime) {
            this.lastContactTime = lastContactTime;
        }

        /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
        public String getLastContactTimeEpoch() {
            return lastContactTimeEpoch;
        }

        public void setLastContactTimeEpoch(String lastContactTimeEpoch) {
            this.lastContactTimeEpoch = lastContactTimeEpoch;
        }

        public String getLastContactTimeUtc() {
            return lastContactTimeUtc;
        }

        public void setLastContactTimeUtc(String lastContactTimeUtc) {
            this.lastContactTimeUtc = lastContactTimeUtc;
        }

        public String getInitialEntryDate() {
            return initialEntryDate;
        }

        public void setInitialEntryDate(String initialEntryDate) {
            this.initialEntryDate = initialEntryDate;
        }

        /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
        public String getInitialEntryDateEpoch() {
            return initialEntryDateEpoch;
        }

        public void setInitialEntryDateEpoch(String initialEntryDateEpoch) {
            this.initialEntryDateEpoch = initialEntryDateEpoch;
        }

        public String getInitialEntryDateUtc() {
            return initialEntryDateUtc;
        }

        public void setInitialEntryDateUtc(String initialEntryDateUtc) {
            this.initialEntryDateUtc = initialEntryDateUtc;
        }

        public ClassicReference getSite() {
            return site;
        }

        public void setSite(ClassicReference site) {
            this.site = site;
        }

        /** When inventory was last reported, from whichever of the three date forms Jamf sent; null if unset. */
        public Instant reportDateInstant() {
            return ClassicDates.toInstant(reportDateEpoch, reportDateUtc, reportDate);
        }

        /** When the computer last checked in, from whichever of the three date forms Jamf sent; null if unset. */
        public Instant lastContactTimeInstant() {
            return ClassicDates.toInstant(lastContactTimeEpoch, lastContactTimeUtc, lastContactTime);
        }

        /** When the computer was first enrolled, from whichever of the three date forms Jamf sent; null if unset. */
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

        public Boolean getManaged() {
            return managed;
        }

        public void setManaged(Boolean managed) {
            this.managed = managed;
        }

        public String getManagementUsername() {
            return managementUsername;
        }

        public void setManagementUsername(String managementUsername) {
            this.managementUsername = managementUsername;
        }
    }
}
