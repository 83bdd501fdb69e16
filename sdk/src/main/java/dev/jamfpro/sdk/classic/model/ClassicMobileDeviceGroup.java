package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * A Classic API {@code <mobile_device_group>}, smart ({@code criteria}) or static ({@code mobile_devices}).
 * To change a static group's members without sending them all, use
 * {@code ClassicApi.updateStaticMobileDeviceGroupMembershipById}.
 */
@XmlRootElement(name = "mobile_device_group")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicMobileDeviceGroup extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "is_smart")
    private Boolean isSmart;
    private ClassicCriteria criteria;
    private ClassicReference site;
    @XmlElement(name = "mobile_devices")
    private MobileDevices mobileDevices;
    @XmlElement(name = "mobile_device_additions")
    private MobileDevices mobileDeviceAdditions;
    @XmlElement(name = "mobile_device_deletions")
    private MobileDevices mobileDeviceDeletions;

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

    /**
     * True for a smart group, false for a static one.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Boolean getIsSmart() {
        return isSmart;
    }

    /**
     * Sets the {@code <is_smart>} element.
     *
     * @param isSmart the value; {@code null} leaves it out of what is sent
     */
    public void setIsSmart(Boolean isSmart) {
        this.isSmart = isSmart;
    }

    /** {@return a smart group's criteria} */
    public ClassicCriteria getCriteria() {
        return criteria;
    }

    /**
     * Sets the {@code <criteria>} element.
     *
     * @param criteria the value; {@code null} leaves it out of what is sent
     */
    public void setCriteria(ClassicCriteria criteria) {
        this.criteria = criteria;
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

    /** {@return the members} */
    public MobileDevices getMobileDevices() {
        return mobileDevices;
    }

    /**
     * Sets the {@code <mobile_devices>} element.
     *
     * @param mobileDevices the value; {@code null} leaves it out of what is sent
     */
    public void setMobileDevices(MobileDevices mobileDevices) {
        this.mobileDevices = mobileDevices;
    }

    /**
     * Devices to add to a static group (an update sends only these, not all members).
     *
     * @return the mobile devices
     */
    public MobileDevices getMobileDeviceAdditions() {
        return mobileDeviceAdditions;
    }

    /**
     * Sets the {@code <mobile_device_additions>} element.
     *
     * @param mobileDeviceAdditions the value; {@code null} leaves it out of what is sent
     */
    public void setMobileDeviceAdditions(MobileDevices mobileDeviceAdditions) {
        this.mobileDeviceAdditions = mobileDeviceAdditions;
    }

    /**
     * Devices to remove from a static group.
     *
     * @return the mobile devices
     */
    public MobileDevices getMobileDeviceDeletions() {
        return mobileDeviceDeletions;
    }

    /**
     * Sets the {@code <mobile_device_deletions>} element.
     *
     * @param mobileDeviceDeletions the value; {@code null} leaves it out of what is sent
     */
    public void setMobileDeviceDeletions(MobileDevices mobileDeviceDeletions) {
        this.mobileDeviceDeletions = mobileDeviceDeletions;
    }

    /** A member device. */
    @XmlType(name = "ClassicMobileDeviceGroup.MobileDevice")
    public static class MobileDevice extends ClassicReference {
        @XmlElement(name = "mac_address")
        private String macAddress;
        private String udid;
        @XmlElement(name = "wifi_mac_address")
        private String wifiMacAddress;
        @XmlElement(name = "serial_number")
        private String serialNumber;

        /** An empty one, to fill in with the setters. */
        public MobileDevice() {
        }

        /**
         * A reference by id and name.
         *
         * @param id the Jamf Pro id, or null to leave it out
         * @param name the name, or null to leave it out
         */
        public MobileDevice(Integer id, String name) {
            super(id, name);
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
    }

    /** {@code <mobile_devices>}: {@code <mobile_device>} items. */
    @XmlType(name = "ClassicMobileDeviceGroup.MobileDevices")
    public static class MobileDevices extends ClassicList<MobileDevice> {
        @XmlElement(name = "mobile_device")
        private List<MobileDevice> items;

        /** An empty one, to fill in with the setters. */
        public MobileDevices() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public MobileDevices(List<MobileDevice> items) {
            setItems(items);
        }

        @Override
        public List<MobileDevice> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<MobileDevice> items) {
            this.items = copy(items);
        }
    }
}
