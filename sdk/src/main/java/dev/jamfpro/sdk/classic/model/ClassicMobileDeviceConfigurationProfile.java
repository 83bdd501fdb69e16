package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A Classic API mobile device {@code <configuration_profile>}: general settings with the payloads,
 * scope and Self Service. Jamf replaces the whole {@code <scope>} when an update carries one.
 */
@XmlRootElement(name = "configuration_profile")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicMobileDeviceConfigurationProfile extends ClassicElement {
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
    @XmlType(name = "ClassicMobileDeviceConfigurationProfile.General")
    public static class General extends ClassicElement {
        private Integer id;
        private String name;
        private String description;
        private ClassicReference site;
        private ClassicReference category;
        private String uuid;
        @XmlElement(name = "deployment_method")
        private String deploymentMethod;
        @XmlElement(name = "redeploy_on_update")
        private String redeployOnUpdate;
        @XmlElement(name = "redeploy_days_before_certificate_expires")
        private Integer redeployDaysBeforeCertificateExpires;
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

        public String getUuid() {
            return uuid;
        }

        public void setUuid(String uuid) {
            this.uuid = uuid;
        }

        /** {@code Install Automatically} or {@code Make Available in Self Service}. */
        public String getDeploymentMethod() {
            return deploymentMethod;
        }

        public void setDeploymentMethod(String deploymentMethod) {
            this.deploymentMethod = deploymentMethod;
        }

        public String getRedeployOnUpdate() {
            return redeployOnUpdate;
        }

        public void setRedeployOnUpdate(String redeployOnUpdate) {
            this.redeployOnUpdate = redeployOnUpdate;
        }

        public Integer getRedeployDaysBeforeCertificateExpires() {
            return redeployDaysBeforeCertificateExpires;
        }

        public void setRedeployDaysBeforeCertificateExpires(Integer redeployDaysBeforeCertificateExpires) {
            this.redeployDaysBeforeCertificateExpires = redeployDaysBeforeCertificateExpires;
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
