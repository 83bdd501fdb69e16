package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A Classic API {@code <package>}. Elements without a field here are kept in {@link #getOtherElements()}. */
@XmlRootElement(name = "package")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicPackage extends ClassicElement {
    private Integer id;
    private String name;
    private String category;
    private String filename;
    private String info;
    private String notes;
    private Integer priority;
    @XmlElement(name = "reboot_required")
    private Boolean rebootRequired;
    @XmlElement(name = "fill_user_template")
    private Boolean fillUserTemplate;
    @XmlElement(name = "fill_existing_users")
    private Boolean fillExistingUsers;
    @XmlElement(name = "boot_volume_required")
    private Boolean bootVolumeRequired;
    @XmlElement(name = "allow_uninstalled")
    private Boolean allowUninstalled;
    @XmlElement(name = "os_requirements")
    private String osRequirements;
    @XmlElement(name = "required_processor")
    private String requiredProcessor;
    @XmlElement(name = "hash_type")
    private String hashType;
    @XmlElement(name = "hash_value")
    private String hashValue;
    @XmlElement(name = "switch_with_package")
    private String switchWithPackage;
    @XmlElement(name = "install_if_reported_available")
    private Boolean installIfReportedAvailable;
    @XmlElement(name = "reinstall_option")
    private String reinstallOption;
    @XmlElement(name = "triggering_files")
    private String triggeringFiles;
    @XmlElement(name = "send_notification")
    private Boolean sendNotification;

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

    /** The category name ({@code No category assigned} when none). */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    /** The file name on the distribution point. */
    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public String getInfo() {
        return info;
    }

    public void setInfo(String info) {
        this.info = info;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** Install priority, 1 to 20. */
    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public Boolean getRebootRequired() {
        return rebootRequired;
    }

    public void setRebootRequired(Boolean rebootRequired) {
        this.rebootRequired = rebootRequired;
    }

    public Boolean getFillUserTemplate() {
        return fillUserTemplate;
    }

    public void setFillUserTemplate(Boolean fillUserTemplate) {
        this.fillUserTemplate = fillUserTemplate;
    }

    public Boolean getFillExistingUsers() {
        return fillExistingUsers;
    }

    public void setFillExistingUsers(Boolean fillExistingUsers) {
        this.fillExistingUsers = fillExistingUsers;
    }

    public Boolean getBootVolumeRequired() {
        return bootVolumeRequired;
    }

    public void setBootVolumeRequired(Boolean bootVolumeRequired) {
        this.bootVolumeRequired = bootVolumeRequired;
    }

    public Boolean getAllowUninstalled() {
        return allowUninstalled;
    }

    public void setAllowUninstalled(Boolean allowUninstalled) {
        this.allowUninstalled = allowUninstalled;
    }

    /** Comma-separated macOS versions, for example {@code 10.15.x, 11.x}. */
    public String getOsRequirements() {
        return osRequirements;
    }

    public void setOsRequirements(String osRequirements) {
        this.osRequirements = osRequirements;
    }

    /** {@code None}, {@code x86} or {@code ppc}. */
    public String getRequiredProcessor() {
        return requiredProcessor;
    }

    public void setRequiredProcessor(String requiredProcessor) {
        this.requiredProcessor = requiredProcessor;
    }

    /** {@code MD5} or {@code SHA_512}. */
    public String getHashType() {
        return hashType;
    }

    public void setHashType(String hashType) {
        this.hashType = hashType;
    }

    public String getHashValue() {
        return hashValue;
    }

    public void setHashValue(String hashValue) {
        this.hashValue = hashValue;
    }

    public String getSwitchWithPackage() {
        return switchWithPackage;
    }

    public void setSwitchWithPackage(String switchWithPackage) {
        this.switchWithPackage = switchWithPackage;
    }

    public Boolean getInstallIfReportedAvailable() {
        return installIfReportedAvailable;
    }

    public void setInstallIfReportedAvailable(Boolean installIfReportedAvailable) {
        this.installIfReportedAvailable = installIfReportedAvailable;
    }

    public String getReinstallOption() {
        return reinstallOption;
    }

    public void setReinstallOption(String reinstallOption) {
        this.reinstallOption = reinstallOption;
    }

    public String getTriggeringFiles() {
        return triggeringFiles;
    }

    public void setTriggeringFiles(String triggeringFiles) {
        this.triggeringFiles = triggeringFiles;
    }

    public Boolean getSendNotification() {
        return sendNotification;
    }

    public void setSendNotification(Boolean sendNotification) {
        this.sendNotification = sendNotification;
    }
}
