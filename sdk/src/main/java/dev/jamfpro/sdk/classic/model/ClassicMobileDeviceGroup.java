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

    /** True for a smart group, false for a static one. */
    public Boolean getIsSmart() {
        return isSmart;
    }

    public void setIsSmart(Boolean isSmart) {
        this.isSmart = isSmart;
    }

    /** A smart group's criteria. */
    public ClassicCriteria getCriteria() {
        return criteria;
    }

    public void setCriteria(ClassicCriteria criteria) {
        this.criteria = criteria;
    }

    public ClassicReference getSite() {
        return site;
    }

    public void setSite(ClassicReference site) {
        this.site = site;
    }

    /** The members. */
    public MobileDevices getMobileDevices() {
        return mobileDevices;
    }

    public void setMobileDevices(MobileDevices mobileDevices) {
        this.mobileDevices = mobileDevices;
    }

    /** Devices to add to a static group (an update sends only these, not all members). */
    public MobileDevices getMobileDeviceAdditions() {
        return mobileDeviceAdditions;
    }

    public void setMobileDeviceAdditions(MobileDevices mobileDeviceAdditions) {
        this.mobileDeviceAdditions = mobileDeviceAdditions;
    }

    /** Devices to remove from a static group. */
    public MobileDevices getMobileDeviceDeletions() {
        return mobileDeviceDeletions;
    }

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

        public MobileDevice() {
        }

        public MobileDevice(Integer id, String name) {
            super(id, name);
        }

        public String getMacAddress() {
            return macAddress;
        }

        public void setMacAddress(String macAddress) {
            this.macAddress = macAddress;
        }

        public String getUdid() {
            return udid;
        }

        public void setUdid(String udid) {
            this.udid = udid;
        }

        public String getWifiMacAddress() {
            return wifiMacAddress;
        }

        public void setWifiMacAddress(String wifiMacAddress) {
            this.wifiMacAddress = wifiMacAddress;
        }

        public String getSerialNumber() {
            return serialNumber;
        }

        public void setSerialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
        }
    }

    /** {@code <mobile_devices>}: {@code <mobile_device>} items. */
    @XmlType(name = "ClassicMobileDeviceGroup.MobileDevices")
    public static class MobileDevices extends ClassicList<MobileDevice> {
        @XmlElement(name = "mobile_device")
        private List<MobileDevice> items;

        public MobileDevices() {
        }

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
