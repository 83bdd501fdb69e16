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

    /** Whether a policy is offered in Self Service. */
    public Boolean getUseForSelfService() {
        return useForSelfService;
    }

    public void setUseForSelfService(Boolean useForSelfService) {
        this.useForSelfService = useForSelfService;
    }

    public String getSelfServiceDisplayName() {
        return selfServiceDisplayName;
    }

    public void setSelfServiceDisplayName(String selfServiceDisplayName) {
        this.selfServiceDisplayName = selfServiceDisplayName;
    }

    public String getInstallButtonText() {
        return installButtonText;
    }

    public void setInstallButtonText(String installButtonText) {
        this.installButtonText = installButtonText;
    }

    public String getReinstallButtonText() {
        return reinstallButtonText;
    }

    public void setReinstallButtonText(String reinstallButtonText) {
        this.reinstallButtonText = reinstallButtonText;
    }

    public String getSelfServiceDescription() {
        return selfServiceDescription;
    }

    public void setSelfServiceDescription(String selfServiceDescription) {
        this.selfServiceDescription = selfServiceDescription;
    }

    public Boolean getForceUsersToViewDescription() {
        return forceUsersToViewDescription;
    }

    public void setForceUsersToViewDescription(Boolean forceUsersToViewDescription) {
        this.forceUsersToViewDescription = forceUsersToViewDescription;
    }

    public Boolean getFeatureOnMainPage() {
        return featureOnMainPage;
    }

    public void setFeatureOnMainPage(Boolean featureOnMainPage) {
        this.featureOnMainPage = featureOnMainPage;
    }
}
