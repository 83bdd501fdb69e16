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

    /** {@return the {@code <scope>} element} */
    public ClassicScope getScope() {
        return scope;
    }

    /**
     * Sets the {@code <scope>} element.
     *
     * @param scope the value; {@code null} leaves it out of what is sent
     */
    public void setScope(ClassicScope scope) {
        this.scope = scope;
    }

    /** {@return the {@code <self_service>} element} */
    public ClassicSelfService getSelfService() {
        return selfService;
    }

    /**
     * Sets the {@code <self_service>} element.
     *
     * @param selfService the value; {@code null} leaves it out of what is sent
     */
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

        /** {@return the {@code <description>} element} */
        public String getDescription() {
            return description;
        }

        /**
         * Sets the {@code <description>} element.
         *
         * @param description the value; {@code null} leaves it out of what is sent
         */
        public void setDescription(String description) {
            this.description = description;
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

        /** {@return the {@code <category>} element} */
        public ClassicReference getCategory() {
            return category;
        }

        /**
         * Sets the {@code <category>} element.
         *
         * @param category the value; {@code null} leaves it out of what is sent
         */
        public void setCategory(ClassicReference category) {
            this.category = category;
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

        /**
         * {@code Install Automatically} or {@code Make Available in Self Service}.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getDeploymentMethod() {
            return deploymentMethod;
        }

        /**
         * Sets the {@code <deployment_method>} element.
         *
         * @param deploymentMethod the value; {@code null} leaves it out of what is sent
         */
        public void setDeploymentMethod(String deploymentMethod) {
            this.deploymentMethod = deploymentMethod;
        }

        /** {@return the {@code <redeploy_on_update>} element} */
        public String getRedeployOnUpdate() {
            return redeployOnUpdate;
        }

        /**
         * Sets the {@code <redeploy_on_update>} element.
         *
         * @param redeployOnUpdate the value; {@code null} leaves it out of what is sent
         */
        public void setRedeployOnUpdate(String redeployOnUpdate) {
            this.redeployOnUpdate = redeployOnUpdate;
        }

        /** {@return the {@code <redeploy_days_before_certificate_expires>} element} */
        public Integer getRedeployDaysBeforeCertificateExpires() {
            return redeployDaysBeforeCertificateExpires;
        }

        /**
         * Sets the {@code <redeploy_days_before_certificate_expires>} element.
         *
         * @param redeployDaysBeforeCertificateExpires the value; {@code null} leaves it out of what is sent
         */
        public void setRedeployDaysBeforeCertificateExpires(Integer redeployDaysBeforeCertificateExpires) {
            this.redeployDaysBeforeCertificateExpires = redeployDaysBeforeCertificateExpires;
        }

        /** {@return the profile (a plist) as text}. Written escaped once more than XML needs, as Jamf requires. */
        public String getPayloads() {
            return payloads;
        }

        /**
         * Sets the {@code <payloads>} element.
         *
         * @param payloads the value; {@code null} leaves it out of what is sent
         */
        public void setPayloads(String payloads) {
            this.payloads = payloads;
        }
    }
}
