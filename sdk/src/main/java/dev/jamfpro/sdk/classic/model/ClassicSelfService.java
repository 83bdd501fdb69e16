package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * The {@code <self_service>} section of a policy or configuration profile (the commonly used fields;
 * icon, categories and notifications are kept as other elements).
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicSelfService extends ClassicElement {
    @XmlElement(name = "use_for_self_service")
    private Boolean useForSelfService;
    @XmlElement(name = "self_service_display_name")
    private String selfServiceDisplayName;
    @XmlElement(name = "install_button_text")
    private String installButtonText;
    @XmlElement(name = "reinstall_button_text")
    private String reinstallButtonText;
    @XmlElement(name = "self_service_description")
    private String selfServiceDescription;
    @XmlElement(name = "force_users_to_view_description")
    private Boolean forceUsersToViewDescription;
    @XmlElement(name = "feature_on_main_page")
    private Boolean featureOnMainPage;

    /** {@return whether a policy is offered in Self Service} */
    public Boolean getUseForSelfService() {
        return useForSelfService;
    }

    /**
     * Sets the {@code <use_for_self_service>} element.
     *
     * @param useForSelfService the value; {@code null} leaves it out of what is sent
     */
    public void setUseForSelfService(Boolean useForSelfService) {
        this.useForSelfService = useForSelfService;
    }

    /** {@return the {@code <self_service_display_name>} element} */
    public String getSelfServiceDisplayName() {
        return selfServiceDisplayName;
    }

    /**
     * Sets the {@code <self_service_display_name>} element.
     *
     * @param selfServiceDisplayName the value; {@code null} leaves it out of what is sent
     */
    public void setSelfServiceDisplayName(String selfServiceDisplayName) {
        this.selfServiceDisplayName = selfServiceDisplayName;
    }

    /** {@return the {@code <install_button_text>} element} */
    public String getInstallButtonText() {
        return installButtonText;
    }

    /**
     * Sets the {@code <install_button_text>} element.
     *
     * @param installButtonText the value; {@code null} leaves it out of what is sent
     */
    public void setInstallButtonText(String installButtonText) {
        this.installButtonText = installButtonText;
    }

    /** {@return the {@code <reinstall_button_text>} element} */
    public String getReinstallButtonText() {
        return reinstallButtonText;
    }

    /**
     * Sets the {@code <reinstall_button_text>} element.
     *
     * @param reinstallButtonText the value; {@code null} leaves it out of what is sent
     */
    public void setReinstallButtonText(String reinstallButtonText) {
        this.reinstallButtonText = reinstallButtonText;
    }

    /** {@return the {@code <self_service_description>} element} */
    public String getSelfServiceDescription() {
        return selfServiceDescription;
    }

    /**
     * Sets the {@code <self_service_description>} element.
     *
     * @param selfServiceDescription the value; {@code null} leaves it out of what is sent
     */
    public void setSelfServiceDescription(String selfServiceDescription) {
        this.selfServiceDescription = selfServiceDescription;
    }

    /** {@return the {@code <force_users_to_view_description>} element} */
    public Boolean getForceUsersToViewDescription() {
        return forceUsersToViewDescription;
    }

    /**
     * Sets the {@code <force_users_to_view_description>} element.
     *
     * @param forceUsersToViewDescription the value; {@code null} leaves it out of what is sent
     */
    public void setForceUsersToViewDescription(Boolean forceUsersToViewDescription) {
        this.forceUsersToViewDescription = forceUsersToViewDescription;
    }

    /** {@return the {@code <feature_on_main_page>} element} */
    public Boolean getFeatureOnMainPage() {
        return featureOnMainPage;
    }

    /**
     * Sets the {@code <feature_on_main_page>} element.
     *
     * @param featureOnMainPage the value; {@code null} leaves it out of what is sent
     */
    public void setFeatureOnMainPage(Boolean featureOnMainPage) {
        this.featureOnMainPage = featureOnMainPage;
    }
}
