package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A Classic API {@code <os_x_configuration_profile>} (macOS): general settings with the payloads,
 * scope and Self Service. Jamf replaces the whole {@code <scope>} when an update carries one.
 */
@XmlRootElement(name = "os_x_configuration_profile")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicOsxConfigurationProfile extends ClassicElement {
    private General general;
    private ClassicScope scope;
    @XmlElement(name = "self_service")
    private ClassicSelfService selfService;

    public General getGeneral() {
        return general;
    }

    public void setGeneral(General general) {
        this.general = general;
    }

    public ClassicScope getScope() {
        return scope;
    }

    public void setScope(ClassicScope scope) {
        this.scope = scope;
    }

    public ClassicSelfService getSelfService() {
        return selfService;
    }

    public void setSelfService(ClassicSelfService selfService) {
        this.selfService = selfService;
    }

    /** The {@code <general>} section. */
    @XmlType(name = "ClassicOsxConfigurationProfile.General")
    public static class General extends ClassicElement {
        private Integer id;
        private String name;
        private String description;
        private ClassicReference site;
        private ClassicReference category;
        @XmlElement(name = "distribution_method")
        private String distributionMethod;
        @XmlElement(name = "user_removable")
        private Boolean userRemovable;
        private String level;
        private String uuid;
        @XmlElement(name = "redeploy_on_update")
        private String redeployOnUpdate;
        private String payloads;

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

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public ClassicReference getSite() {
            return site;
        }

        public void setSite(ClassicReference site) {
            this.site = site;
        }

        public ClassicReference getCategory() {
            return category;
        }

        public void setCategory(ClassicReference category) {
            this.category = category;
        }

        /** {@code Install Automatically} or {@code Make Available in Self Service}. */
        public String getDistributionMethod() {
            return distributionMethod;
        }

        public void setDistributionMethod(String distributionMethod) {
            this.distributionMethod = distributionMethod;
        }

        public Boolean getUserRemovable() {
            return userRemovable;
        }

        public void setUserRemovable(Boolean userRemovable) {
            this.userRemovable = userRemovable;
        }

        /** {@code computer} or {@code user}. */
        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getUuid() {
            return uuid;
        }

        public void setUuid(String uuid) {
            this.uuid = uuid;
        }

        public String getRedeployOnUpdate() {
            return redeployOnUpdate;
        }

        public void setRedeployOnUpdate(String redeployOnUpdate) {
            this.redeployOnUpdate = redeployOnUpdate;
        }

        /** The profile (a plist) as text. Written escaped once more than XML needs, as Jamf requires. */
        public String getPayloads() {
            return payloads;
        }

        public void setPayloads(String payloads) {
            this.payloads = payloads;
        }
    }
}
