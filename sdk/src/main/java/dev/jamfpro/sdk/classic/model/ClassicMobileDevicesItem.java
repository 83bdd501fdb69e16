package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** One {@code <mobile_device>} of the {@code <mobile_devices>} list. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicMobileDevicesItem extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "device_name")
    private String deviceName;
    private String udid;
    @XmlElement(name = "serial_number")
    private String serialNumber;
    @XmlElement(name = "phone_number")
    private String phoneNumber;
    @XmlElement(name = "wifi_mac_address")
    private String wifiMacAddress;
    private Boolean managed;
    private Boolean supervised;
    private String model;
    @XmlElement(name = "model_identifier")
    private String modelIdentifier;
    @XmlElement(name = "model_display")
    private String modelDisplay;
    private String username;

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

    public String getDeviceName() {
        return deviceName;
    }

    public void setDeviceName(String deviceName) {
        this.deviceName = deviceName;
    }

    public String getUdid() {
        return udid;
    }

    public void setUdid(String udid) {
        this.udid = udid;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getWifiMacAddress() {
        return wifiMacAddress;
    }

    public void setWifiMacAddress(String wifiMacAddress) {
        this.wifiMacAddress = wifiMacAddress;
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

    public String getModelDisplay() {
        return modelDisplay;
    }

    public void setModelDisplay(String modelDisplay) {
        this.modelDisplay = modelDisplay;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
