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

    /** {@return the {@code <username>} element} */
    public String getUsername() {
        return username;
    }

    /**
     * Sets the {@code <username>} element.
     *
     * @param username the value; {@code null} leaves it out of what is sent
     */
    public void setUsername(String username) {
        this.username = username;
    }
}
