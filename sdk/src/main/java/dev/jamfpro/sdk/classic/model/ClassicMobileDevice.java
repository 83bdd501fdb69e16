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

    /** {@return the configuration profiles installed on the device (read only)} */
    public ConfigurationProfiles getConfigurationProfiles() {
        return configurationProfiles;
    }

    /**
     * Sets the {@code <configuration_profiles>} element.
     *
     * @param configurationProfiles the value; {@code null} leaves it out of what is sent
     */
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

        /** {@return the {@code <display_name>} element} */
        public String getDisplayName() {
            return displayName;
        }

        /**
         * Sets the {@code <display_name>} element.
         *
         * @param displayName the value; {@code null} leaves it out of what is sent
         */
        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        /** {@return the {@code <device_name>} element} */
        public String getDeviceName() {
            return deviceName;
        }

        /**
         * Sets the {@code <device_name>} element.
         *
         * @param deviceName the value; {@code null} leaves it out of what is sent
         */
        public void setDeviceName(String deviceName) {
            this.deviceName = deviceName;
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

        /** {@return the {@code <last_inventory_update>} element} */
        public String getLastInventoryUpdate() {
            return lastInventoryUpdate;
        }

        /**
         * Sets the {@code <last_inventory_update>} element.
         *
         * @param lastInventoryUpdate the value; {@code null} leaves it out of what is sent
         */
        public void setLastInventoryUpdate(String lastInventoryUpdate) {
            this.lastInventoryUpdate = lastInventoryUpdate;
        }

        /**
         * Epoch milliseconds as Jamf sent them ({@code 0} when unset).
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getLastInventoryUpdateEpoch() {
            return lastInventoryUpdateEpoch;
        }

        /**
         * Sets the {@code <last_inventory_update_epoch>} element.
         *
         * @param lastInventoryUpdateEpoch the value; {@code null} leaves it out of what is sent
         */
        public void setLastInventoryUpdateEpoch(String lastInventoryUpdateEpoch) {
            this.lastInventoryUpdateEpoch = lastInventoryUpdateEpoch;
        }

        /** {@return the {@code <last_inventory_update_utc>} element} */
        public String getLastInventoryUpdateUtc() {
            return lastInventoryUpdateUtc;
        }

        /**
         * Sets the {@code <last_inventory_update_utc>} element.
         *
         * @param lastInventoryUpdateUtc the value; {@code null} leaves it out of what is sent
         */
        public void setLastInventoryUpdateUtc(String lastInventoryUpdateUtc) {
            this.lastInventoryUpdateUtc = lastInventoryUpdateUtc;
        }

        /** {@return the {@code <os_type>} element} */
        public String getOsType() {
            return osType;
        }

        /**
         * Sets the {@code <os_type>} element.
         *
         * @param osType the value; {@code null} leaves it out of what is sent
         */
        public void setOsType(String osType) {
            this.osType = osType;
        }

        /** {@return the {@code <os_version>} element} */
        public String getOsVersion() {
            return osVersion;
        }

        /**
         * Sets the {@code <os_version>} element.
         *
         * @param osVersion the value; {@code null} leaves it out of what is sent
         */
        public void setOsVersion(String osVersion) {
            this.osVersion = osVersion;
        }

        /** {@return the {@code <os_build>} element} */
        public String getOsBuild() {
            return osBuild;
        }

        /**
         * Sets the {@code <os_build>} element.
         *
         * @param osBuild the value; {@code null} leaves it out of what is sent
         */
        public void setOsBuild(String osBuild) {
            this.osBuild = osBuild;
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

        /** {@return the {@code <initial_entry_date_epoch>} element} */
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

        /** {@return the {@code <phone_number>} element} */
        public String getPhoneNumber() {
            return phoneNumber;
        }

        /**
         * Sets the {@code <phone_number>} element.
         *
         * @param phoneNumber the value; {@code null} leaves it out of what is sent
         */
        public void setPhoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
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

        /** {@return the {@code <wifi_mac_address>} element} */
        public String getWifiMacAddress() {
            return wifiMacAddress;
        }

        /**
         * Sets the {@code <wifi_mac_address>} element.
         *
         * @param wifiMacAddress the value; {@code null} leaves it out of what is sent
         */
        public void setWifiMacAddress(String wifiMacAddress) {
            this.wifiMacAddress = wifiMacAddress;
        }

        /** {@return the {@code <bluetooth_mac_address>} element} */
        public String getBluetoothMacAddress() {
            return bluetoothMacAddress;
        }

        /**
         * Sets the {@code <bluetooth_mac_address>} element.
         *
         * @param bluetoothMacAddress the value; {@code null} leaves it out of what is sent
         */
        public void setBluetoothMacAddress(String bluetoothMacAddress) {
            this.bluetoothMacAddress = bluetoothMacAddress;
        }

        /** {@return the {@code <model>} element} */
        public String getModel() {
            return model;
        }

        /**
         * Sets the {@code <model>} element.
         *
         * @param model the value; {@code null} leaves it out of what is sent
         */
        public void setModel(String model) {
            this.model = model;
        }

        /** {@return the {@code <model_identifier>} element} */
        public String getModelIdentifier() {
            return modelIdentifier;
        }

        /**
         * Sets the {@code <model_identifier>} element.
         *
         * @param modelIdentifier the value; {@code null} leaves it out of what is sent
         */
        public void setModelIdentifier(String modelIdentifier) {
            this.modelIdentifier = modelIdentifier;
        }

        /** {@return the {@code <model_number>} element} */
        public String getModelNumber() {
            return modelNumber;
        }

        /**
         * Sets the {@code <model_number>} element.
         *
         * @param modelNumber the value; {@code null} leaves it out of what is sent
         */
        public void setModelNumber(String modelNumber) {
            this.modelNumber = modelNumber;
        }

        /** {@return the {@code <model_display>} element} */
        public String getModelDisplay() {
            return modelDisplay;
        }

        /**
         * Sets the {@code <model_display>} element.
         *
         * @param modelDisplay the value; {@code null} leaves it out of what is sent
         */
        public void setModelDisplay(String modelDisplay) {
            this.modelDisplay = modelDisplay;
        }

        /** {@return the {@code <device_ownership_level>} element} */
        public String getDeviceOwnershipLevel() {
            return deviceOwnershipLevel;
        }

        /**
         * Sets the {@code <device_ownership_level>} element.
         *
         * @param deviceOwnershipLevel the value; {@code null} leaves it out of what is sent
         */
        public void setDeviceOwnershipLevel(String deviceOwnershipLevel) {
            this.deviceOwnershipLevel = deviceOwnershipLevel;
        }

        /** {@return the {@code <last_enrollment_epoch>} element} */
        public String getLastEnrollmentEpoch() {
            return lastEnrollmentEpoch;
        }

        /**
         * Sets the {@code <last_enrollment_epoch>} element.
         *
         * @param lastEnrollmentEpoch the value; {@code null} leaves it out of what is sent
         */
        public void setLastEnrollmentEpoch(String lastEnrollmentEpoch) {
            this.lastEnrollmentEpoch = lastEnrollmentEpoch;
        }

        /** {@return the {@code <last_enrollment_utc>} element} */
        public String getLastEnrollmentUtc() {
            return lastEnrollmentUtc;
        }

        /**
         * Sets the {@code <last_enrollment_utc>} element.
         *
         * @param lastEnrollmentUtc the value; {@code null} leaves it out of what is sent
         */
        public void setLastEnrollmentUtc(String lastEnrollmentUtc) {
            this.lastEnrollmentUtc = lastEnrollmentUtc;
        }

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
         * {@return when inventory was last updated, from whichever of the three date forms Jamf sent; null if unset}
         */
        public Instant lastInventoryUpdateInstant() {
            return ClassicDates.toInstant(lastInventoryUpdateEpoch, lastInventoryUpdateUtc, lastInventoryUpdate);
        }

        /** {@return when the device was first enrolled; null if unset} */
        public Instant initialEntryDateInstant() {
            return ClassicDates.toInstant(initialEntryDateEpoch, initialEntryDateUtc, null);
        }

        /** {@return when the device last enrolled; null if unset} */
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

        /** {@return the {@code <display_name>} element} */
        public String getDisplayName() {
            return displayName;
        }

        /**
         * Sets the {@code <display_name>} element.
         *
         * @param displayName the value; {@code null} leaves it out of what is sent
         */
        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        /** {@return the {@code <version>} element} */
        public String getVersion() {
            return version;
        }

        /**
         * Sets the {@code <version>} element.
         *
         * @param version the value; {@code null} leaves it out of what is sent
         */
        public void setVersion(String version) {
            this.version = version;
        }

        /** {@return the {@code <identifier>} element} */
        public String getIdentifier() {
            return identifier;
        }

        /**
         * Sets the {@code <identifier>} element.
         *
         * @param identifier the value; {@code null} leaves it out of what is sent
         */
        public void setIdentifier(String identifier) {
            this.identifier = identifier;
        }

        /** {@return the {@code <uuid>} element} */
        public String getUuid() {
            return uuid;
        }

        /**
         * Sets the {@code <uuid>} element.
         *
         * @param uuid the value; {@code null} leaves it out of what is sent
         */
        public void setUuid(String uuid) {
            this.uuid = uuid;
        }
    }

    /** {@code <configuration_profiles>}: {@code <configuration_profile>} items. */
    @XmlType(name = "ClassicMobileDevice.ConfigurationProfiles")
    public static class ConfigurationProfiles extends ClassicList<ConfigurationProfile> {
        @XmlElement(name = "configuration_profile")
        private List<ConfigurationProfile> items;

        /** An empty one, to fill in with the setters. */
        public ConfigurationProfiles() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
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
