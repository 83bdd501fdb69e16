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

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getManagedAppleId() {
        return managedAppleId;
    }

    public void setManagedAppleId(String managedAppleId) {
        this.managedAppleId = managedAppleId;
    }

    public Boolean getEnableCustomPhotoUrl() {
        return enableCustomPhotoUrl;
    }

    public void setEnableCustomPhotoUrl(Boolean enableCustomPhotoUrl) {
        this.enableCustomPhotoUrl = enableCustomPhotoUrl;
    }

    public String getCustomPhotoUrl() {
        return customPhotoUrl;
    }

    public void setCustomPhotoUrl(String customPhotoUrl) {
        this.customPhotoUrl = customPhotoUrl;
    }

    /** The LDAP server the user comes from (id {@code -1} when none). */
    public ClassicReference getLdapServer() {
        return ldapServer;
    }

    public void setLdapServer(ClassicReference ldapServer) {
        this.ldapServer = ldapServer;
    }

    public ClassicExtensionAttributeValues getExtensionAttributes() {
        return extensionAttributes;
    }

    public void setExtensionAttributes(ClassicExtensionAttributeValues extensionAttributes) {
        this.extensionAttributes = extensionAttributes;
    }

    public Sites getSites() {
        return sites;
    }

    public void setSites(Sites sites) {
        this.sites = sites;
    }

    /** {@code <sites>}: {@code <site>} items. */
    @XmlType(name = "ClassicUser.Sites")
    public static class Sites extends ClassicList<ClassicReference> {
        @XmlElement(name = "site")
        private List<ClassicReference> items;

        public Sites() {
        }

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
