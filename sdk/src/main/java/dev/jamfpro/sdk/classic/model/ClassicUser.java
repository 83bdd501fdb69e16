package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** A Classic API {@code <user>} (a directory user, not a Jamf Pro account). Elements without a field here are kept. */
@XmlRootElement(name = "user")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicUser extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "full_name")
    private String fullName;
    private String email;
    @XmlElement(name = "email_address")
    private String emailAddress;
    @XmlElement(name = "phone_number")
    private String phoneNumber;
    private String position;
    @XmlElement(name = "managed_apple_id")
    private String managedAppleId;
    @XmlElement(name = "enable_custom_photo_url")
    private Boolean enableCustomPhotoUrl;
    @XmlElement(name = "custom_photo_url")
    private String customPhotoUrl;
    @XmlElement(name = "ldap_server")
    private ClassicReference ldapServer;
    @XmlElement(name = "extension_attributes")
    private ClassicExtensionAttributeValues extensionAttributes;
    private Sites sites;

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

    /** {@return the {@code <full_name>} element} */
    public String getFullName() {
        return fullName;
    }

    /**
     * Sets the {@code <full_name>} element.
     *
     * @param fullName the value; {@code null} leaves it out of what is sent
     */
    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    /** {@return the {@code <email>} element} */
    public String getEmail() {
        return email;
    }

    /**
     * Sets the {@code <email>} element.
     *
     * @param email the value; {@code null} leaves it out of what is sent
     */
    public void setEmail(String email) {
        this.email = email;
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

    /** {@return the {@code <managed_apple_id>} element} */
    public String getManagedAppleId() {
        return managedAppleId;
    }

    /**
     * Sets the {@code <managed_apple_id>} element.
     *
     * @param managedAppleId the value; {@code null} leaves it out of what is sent
     */
    public void setManagedAppleId(String managedAppleId) {
        this.managedAppleId = managedAppleId;
    }

    /** {@return the {@code <enable_custom_photo_url>} element} */
    public Boolean getEnableCustomPhotoUrl() {
        return enableCustomPhotoUrl;
    }

    /**
     * Sets the {@code <enable_custom_photo_url>} element.
     *
     * @param enableCustomPhotoUrl the value; {@code null} leaves it out of what is sent
     */
    public void setEnableCustomPhotoUrl(Boolean enableCustomPhotoUrl) {
        this.enableCustomPhotoUrl = enableCustomPhotoUrl;
    }

    /** {@return the {@code <custom_photo_url>} element} */
    public String getCustomPhotoUrl() {
        return customPhotoUrl;
    }

    /**
     * Sets the {@code <custom_photo_url>} element.
     *
     * @param customPhotoUrl the value; {@code null} leaves it out of what is sent
     */
    public void setCustomPhotoUrl(String customPhotoUrl) {
        this.customPhotoUrl = customPhotoUrl;
    }

    /** {@return the LDAP server the user comes from (id {@code -1} when none)} */
    public ClassicReference getLdapServer() {
        return ldapServer;
    }

    /**
     * Sets the {@code <ldap_server>} element.
     *
     * @param ldapServer the value; {@code null} leaves it out of what is sent
     */
    public void setLdapServer(ClassicReference ldapServer) {
        this.ldapServer = ldapServer;
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

    /** {@return the {@code <sites>} element} */
    public Sites getSites() {
        return sites;
    }

    /**
     * Sets the {@code <sites>} element.
     *
     * @param sites the value; {@code null} leaves it out of what is sent
     */
    public void setSites(Sites sites) {
        this.sites = sites;
    }

    /** {@code <sites>}: {@code <site>} items. */
    @XmlType(name = "ClassicUser.Sites")
    public static class Sites extends ClassicList<ClassicReference> {
        @XmlElement(name = "site")
        private List<ClassicReference> items;

        /** An empty one, to fill in with the setters. */
        public Sites() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public Sites(List<ClassicReference> items) {
            setItems(items);
        }

        @Override
        public List<ClassicReference> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<ClassicReference> items) {
            this.items = copy(items);
        }
    }
}
