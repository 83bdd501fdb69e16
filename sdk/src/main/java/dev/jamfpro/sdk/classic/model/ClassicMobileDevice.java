package dev.jamfpro.sdk.classic.model;

import dev.jamfpro.sdk.classic.ClassicDates;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.time.Instant;
import java.util.List;

/**
 * A Classic API {@code <mobile_device>}. Typed: general, location, purchasing, extension attributes
 * and the installed configuration profiles; the other sections (applications, security, network,
 * certificates, groups, …) are kept as other elements and written back unchanged.
 */
@XmlRootElement(name = "mobile_device")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicMobileDevice extends ClassicElement {
    private General general;
    private ClassicLocation location;
    private ClassicPurchasing purchasing;
    @XmlElement(name = "extension_attributes")
    private ClassicExtensionAttributeValues extensionAttributes;
    @XmlElement(name = "configuration_profiles")
    private ConfigurationProfiles configurationProfiles;

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

    /** The configuration profiles installed on the device (read only). */
    public ConfigurationProfiles getConfigurationProfiles() {
        return configurationProfiles;
    }

    public void setConfigurationProfiles(ConfigurationProfiles configurationProfiles) {
        this.configurationProfiles = configurationProfiles;
    }

    /** The {@code <general>} section. */
    @XmlType(name = "ClassicMobileDevice.General")
    public static class General extends ClassicElement {
        private Integer id;
        private String name;
        @XmlElement(name = "display_name")
        private String displayName;
        @XmlElement(name = "device_name")
        private String deviceName;
        @XmlElement(name = "asset_tag")
        private String assetTag;
        @XmlElement(name = "last_inventory_update")
        private String lastInventoryUpdate;
        @XmlElement(name = "last_inventory_update_epoch")
        private String lastInventoryUpdateEpoch;
        @XmlElement(name = "last_inventory_update_utc")
        private String lastInventoryUpdateUtc;
        @XmlElement(name = "os_type")
        private String osType;
        @XmlElement(name = "os_version")
        private String osVersion;
        @XmlElement(name = "os_build")
        private String osBuild;
        @XmlElement(name = "serial_number")
        private String serialNumber;
        private String udid;
        @XmlElement(name = "initial_entry_date_epoch")
        private String initialEntryDateEpoch;
        @XmlElement(name = "initial_entry_date_utc")
        private String initialEntryDateUtc;
        @XmlElement(name = "phone_number")
        private String phoneNumber;
        @XmlElement(name = "ip_address")
        private String ipAddress;
        @XmlElement(name = "wifi_mac_address")
        private String wifiMacAddress;
        @XmlElement(name = "bluetooth_mac_address")
        private String bluetoothMacAddress;
        private String model;
        @XmlElement(name = "model_identifier")
        private String modelIdentifier;
        @XmlElement(name = "model_number")
        private String modelNumber;
        @XmlElement(name = "model_display")
        private String modelDisplay;
        @XmlElement(name = "device_ownership_level")
        private String deviceOwnershipLevel;
        @XmlElement(name = "last_enrollment_epoch")
        private String lastEnrollmentEpoch;
        @XmlElement(name = "last_enrollment_utc")
        private String lastEnrollmentUtc;
        private Boolean managed;
        private Boolean supervised;
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

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getDeviceName() {
            return deviceName;
        }

        public void setDeviceName(String deviceName) {
            this.deviceName = deviceName;
        }

        public String getAssetTag() {
            return assetTag;
        }

        public void setAssetTag(String assetTag) {
            this.assetTag = assetTag;
        }

        public String getLastInventoryUpdate() {
            return lastInventoryUpdate;
        }

        public void setLastInventoryUpdate(String lastInventoryUpdate) {
            this.lastInventoryUpdate = lastInventoryUpdate;
        }

        /** Epoch milliseconds as Jamf sent them ({@code 0} when unset). */
        public String getLastInventoryUpdateEpoch() {
            return lastInventoryUpdateEpoch;
        }

        public void setLastInventoryUpdateEpoch(String lastInventoryUpdateEpoch) {
            this.lastInventoryUpdateEpoch = lastInventoryUpdateEpoch;
        }

        public String getLastInventoryUpdateUtc() {
            return lastInventoryUpdateUtc;
        }

        public void setLastInventoryUpdateUtc(String lastInventoryUpdateUtc) {
            this.lastInventoryUpdateUtc = lastInventoryUpdateUtc;
        }

        public String getOsType() {
            return osType;
        }

        public void setOsType(String osType) {
            this.osType = osType;
        }

        public String getOsVersion() {
            return osVersion;
        }

        public void setOsVersion(String osVersion) {
            this.osVersion = osVersion;
        }

        public String getOsBuild() {
            return osBuild;
        }

        public void setOsBuild(String osBuild) {
            this.osBuild = osBuild;
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

        public String getPhoneNumber() {
            return phoneNumber;
        }

        public void setPhoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
        }

        public String getIpAddress() {
            return ipAddress;
        }

        public void setIpAddress(String ipAddress) {
            this.ipAddress = ipAddress;
        }

        public String getWifiMacAddress() {
            return wifiMacAddress;
        }

        public void setWifiMacAddress(String wifiMacAddress) {
            this.wifiMacAddress = wifiMacAddress;
        }

        public String getBluetoothMacAddress() {
            return bluetoothMacAddress;
        }

        public void setBluetoothMacAddress(String bluetoothMacAddress) {
            this.bluetoothMacAddress = bluetoothMacAddress;
        }

        public String getModel() {
            return model;
        }

        public void setModel(String model) {
            this.model = model;
        }

        public String getModelIdentifier() {
            return modelIdentifier;
        }

        public void setModelIdentifier(String modelIdentifier) {
            this.modelIdentifier = modelIdentifier;
        }

        public String getModelNumber() {
            return modelNumber;
        }

        public void setModelNumber(String modelNumber) {
            this.modelNumber = modelNumber;
        }

        public String getModelDisplay() {
            return modelDisplay;
        }

        public void setModelDisplay(String modelDisplay) {
            this.modelDisplay = modelDisplay;
        }

        public String getDeviceOwnershipLevel() {
            return deviceOwnershipLevel;
        }

        public void setDeviceOwnershipLevel(String deviceOwnershipLevel) {
            this.deviceOwnershipLevel = deviceOwnershipLevel;
        }

        public String getLastEnrollmentEpoch() {
            return lastEnrollmentEpoch;
        }

        public void setLastEnrollmentEpoch(String lastEnrollmentEpoch) {
            this.lastEnrollmentEpoch = lastEnrollmentEpoch;
        }

        public String getLastEnrollmentUtc() {
            return lastEnrollmentUtc;
        }

        public void setLastEnrollmentUtc(String lastEnrollmentUtc) {
            this.lastEnrollmentUtc = lastEnrollmentUtc;
        }

        public Boolean getManaged() {
            return managed;
        }

        public void setManaged(Boolean managed) {
            this.managed = managed;
        }

        public Boolean getSupervised() {
            return supervised;
        }

        public void setSupervised(Boolean supervised) {
            this.supervised = supervised;
        }

        public ClassicReference getSite() {
            return site;
        }

        public void setSite(ClassicReference site) {
            this.site = site;
        }

        /** When inventory was last updated, from whichever of the three date forms Jamf sent; null if unset. */
        public Instant lastInventoryUpdateInstant() {
            return ClassicDates.toInstant(lastInventoryUpdateEpoch, lastInventoryUpdateUtc, lastInventoryUpdate);
        }

        /** When the device was first enrolled; null if unset. */
        public Instant initialEntryDateInstant() {
            return ClassicDates.toInstant(initialEntryDateEpoch, initialEntryDateUtc, null);
        }

        /** When the device last enrolled; null if unset. */
        public Instant lastEnrollmentInstant() {
            return ClassicDates.toInstant(lastEnrollmentEpoch, lastEnrollmentUtc, null);
        }
    }

    /** A profile installed on the device. */
    @XmlType(name = "ClassicMobileDevice.ConfigurationProfile")
    public static class ConfigurationProfile extends ClassicElement {
        @XmlElement(name = "display_name")
        private String displayName;
        private String version;
        private String identifier;
        private String uuid;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        public String getIdentifier() {
            return identifier;
        }

        public void setIdentifier(String identifier) {
            this.identifier = identifier;
        }

        public String getUuid() {
            return uuid;
        }

        public void setUuid(String uuid) {
            this.uuid = uuid;
        }
    }

    /** {@code <configuration_profiles>}: {@code <configuration_profile>} items. */
    @XmlType(name = "ClassicMobileDevice.ConfigurationProfiles")
    public static class ConfigurationProfiles extends ClassicList<ConfigurationProfile> {
        @XmlElement(name = "configuration_profile")
        private List<ConfigurationProfile> items;

        public ConfigurationProfiles() {
        }

        public ConfigurationProfiles(List<ConfigurationProfile> items) {
            setItems(items);
        }

        @Override
        public List<ConfigurationProfile> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ConfigurationProfile> items) {
            this.items = copy(items);
        }
    }
}
