package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * The {@code <location>} section of a computer or mobile device: the assigned user and where the
 * device is. Building and department are names.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicLocation extends ClassicElement {
    private String username;
    private String realname;
    @XmlElement(name = "real_name")
    private String realName;
    @XmlElement(name = "email_address")
    private String emailAddress;
    private String position;
    private String phone;
    @XmlElement(name = "phone_number")
    private String phoneNumber;
    private String department;
    private String building;
    private String room;

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

    /** {@return the full name (Jamf sends it as both {@code realname} and {@code real_name})} */
    public String getRealname() {
        return realname;
    }

    /**
     * Sets the {@code <realname>} element.
     *
     * @param realname the value; {@code null} leaves it out of what is sent
     */
    public void setRealname(String realname) {
        this.realname = realname;
    }

    /** {@return the {@code <real_name>} element} */
    public String getRealName() {
        return realName;
    }

    /**
     * Sets the {@code <real_name>} element.
     *
     * @param realName the value; {@code null} leaves it out of what is sent
     */
    public void setRealName(String realName) {
        this.realName = realName;
    }

    /** {@return the {@code <email_address>} element} */
    public String getEmailAddress() {
        return emailAddress;
    }

    /**
     * Sets the {@code <email_address>} element.
     *
     * @param emailAddress the value; {@code null} leaves it out of what is sent
     */
    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    /** {@return the {@code <position>} element} */
    public String getPosition() {
        return position;
    }

    /**
     * Sets the {@code <position>} element.
     *
     * @param position the value; {@code null} leaves it out of what is sent
     */
    public void setPosition(String position) {
        this.position = position;
    }

    /** {@return the {@code <phone>} element} */
    public String getPhone() {
        return phone;
    }

    /**
     * Sets the {@code <phone>} element.
     *
     * @param phone the value; {@code null} leaves it out of what is sent
     */
    public void setPhone(String phone) {
        this.phone = phone;
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

    /** {@return the department name} */
    public String getDepartment() {
        return department;
    }

    /**
     * Sets the {@code <department>} element.
     *
     * @param department the value; {@code null} leaves it out of what is sent
     */
    public void setDepartment(String department) {
        this.department = department;
    }

    /** {@return the building name} */
    public String getBuilding() {
        return building;
    }

    /**
     * Sets the {@code <building>} element.
     *
     * @param building the value; {@code null} leaves it out of what is sent
     */
    public void setBuilding(String building) {
        this.building = building;
    }

    /** {@return the {@code <room>} element} */
    public String getRoom() {
        return room;
    }

    /**
     * Sets the {@code <room>} element.
     *
     * @param room the value; {@code null} leaves it out of what is sent
     */
    public void setRoom(String room) {
        this.room = room;
    }
}
