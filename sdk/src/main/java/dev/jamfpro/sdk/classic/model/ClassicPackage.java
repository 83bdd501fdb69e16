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

    /** {@return the category name ({@code No category assigned} when none)} */
    public String getCategory() {
        return category;
    }

    /**
     * Sets the {@code <category>} element.
     *
     * @param category the value; {@code null} leaves it out of what is sent
     */
    public void setCategory(String category) {
        this.category = category;
    }

    /** {@return the file name on the distribution point} */
    public String getFilename() {
        return filename;
    }

    /**
     * Sets the {@code <filename>} element.
     *
     * @param filename the value; {@code null} leaves it out of what is sent
     */
    public void setFilename(String filename) {
        this.filename = filename;
    }

    /** {@return the {@code <info>} element} */
    public String getInfo() {
        return info;
    }

    /**
     * Sets the {@code <info>} element.
     *
     * @param info the value; {@code null} leaves it out of what is sent
     */
    public void setInfo(String info) {
        this.info = info;
    }

    /** {@return the {@code <notes>} element} */
    public String getNotes() {
        return notes;
    }

    /**
     * Sets the {@code <notes>} element.
     *
     * @param notes the value; {@code null} leaves it out of what is sent
     */
    public void setNotes(String notes) {
        this.notes = notes;
    }

    /**
     * Install priority, 1 to 20.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Integer getPriority() {
        return priority;
    }

    /**
     * Sets the {@code <priority>} element.
     *
     * @param priority the value; {@code null} leaves it out of what is sent
     */
    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    /** {@return the {@code <reboot_required>} element} */
    public Boolean getRebootRequired() {
        return rebootRequired;
    }

    /**
     * Sets the {@code <reboot_required>} element.
     *
     * @param rebootRequired the value; {@code null} leaves it out of what is sent
     */
    public void setRebootRequired(Boolean rebootRequired) {
        this.rebootRequired = rebootRequired;
    }

    /** {@return the {@code <fill_user_template>} element} */
    public Boolean getFillUserTemplate() {
        return fillUserTemplate;
    }

    /**
     * Sets the {@code <fill_user_template>} element.
     *
     * @param fillUserTemplate the value; {@code null} leaves it out of what is sent
     */
    public void setFillUserTemplate(Boolean fillUserTemplate) {
        this.fillUserTemplate = fillUserTemplate;
    }

    /** {@return the {@code <fill_existing_users>} element} */
    public Boolean getFillExistingUsers() {
        return fillExistingUsers;
    }

    /**
     * Sets the {@code <fill_existing_users>} element.
     *
     * @param fillExistingUsers the value; {@code null} leaves it out of what is sent
     */
    public void setFillExistingUsers(Boolean fillExistingUsers) {
        this.fillExistingUsers = fillExistingUsers;
    }

    /** {@return the {@code <boot_volume_required>} element} */
    public Boolean getBootVolumeRequired() {
        return bootVolumeRequired;
    }

    /**
     * Sets the {@code <boot_volume_required>} element.
     *
     * @param bootVolumeRequired the value; {@code null} leaves it out of what is sent
     */
    public void setBootVolumeRequired(Boolean bootVolumeRequired) {
        this.bootVolumeRequired = bootVolumeRequired;
    }

    /** {@return the {@code <allow_uninstalled>} element} */
    public Boolean getAllowUninstalled() {
        return allowUninstalled;
    }

    /**
     * Sets the {@code <allow_uninstalled>} element.
     *
     * @param allowUninstalled the value; {@code null} leaves it out of what is sent
     */
    public void setAllowUninstalled(Boolean allowUninstalled) {
        this.allowUninstalled = allowUninstalled;
    }

    /**
     * Comma-separated macOS versions, for example {@code 10.15.x, 11.x}.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getOsRequirements() {
        return osRequirements;
    }

    /**
     * Sets the {@code <os_requirements>} element.
     *
     * @param osRequirements the value; {@code null} leaves it out of what is sent
     */
    public void setOsRequirements(String osRequirements) {
        this.osRequirements = osRequirements;
    }

    /**
     * {@code None}, {@code x86} or {@code ppc}.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getRequiredProcessor() {
        return requiredProcessor;
    }

    /**
     * Sets the {@code <required_processor>} element.
     *
     * @param requiredProcessor the value; {@code null} leaves it out of what is sent
     */
    public void setRequiredProcessor(String requiredProcessor) {
        this.requiredProcessor = requiredProcessor;
    }

    /**
     * {@code MD5} or {@code SHA_512}.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getHashType() {
        return hashType;
    }

    /**
     * Sets the {@code <hash_type>} element.
     *
     * @param hashType the value; {@code null} leaves it out of what is sent
     */
    public void setHashType(String hashType) {
        this.hashType = hashType;
    }

    /** {@return the {@code <hash_value>} element} */
    public String getHashValue() {
        return hashValue;
    }

    /**
     * Sets the {@code <hash_value>} element.
     *
     * @param hashValue the value; {@code null} leaves it out of what is sent
     */
    public void setHashValue(String hashValue) {
        this.hashValue = hashValue;
    }

    /** {@return the {@code <switch_with_package>} element} */
    public String getSwitchWithPackage() {
        return switchWithPackage;
    }

    /**
     * Sets the {@code <switch_with_package>} element.
     *
     * @param switchWithPackage the value; {@code null} leaves it out of what is sent
     */
    public void setSwitchWithPackage(String switchWithPackage) {
        this.switchWithPackage = switchWithPackage;
    }

    /** {@return the {@code <install_if_reported_available>} element} */
    public Boolean getInstallIfReportedAvailable() {
        return installIfReportedAvailable;
    }

    /**
     * Sets the {@code <install_if_reported_available>} element.
     *
     * @param installIfReportedAvailable the value; {@code null} leaves it out of what is sent
     */
    public void setInstallIfReportedAvailable(Boolean installIfReportedAvailable) {
        this.installIfReportedAvailable = installIfReportedAvailable;
    }

    /** {@return the {@code <reinstall_option>} element} */
    public String getReinstallOption() {
        return reinstallOption;
    }

    /**
     * Sets the {@code <reinstall_option>} element.
     *
     * @param reinstallOption the value; {@code null} leaves it out of what is sent
     */
    public void setReinstallOption(String reinstallOption) {
        this.reinstallOption = reinstallOption;
    }

    /** {@return the {@code <triggering_files>} element} */
    public String getTriggeringFiles() {
        return triggeringFiles;
    }

    /**
     * Sets the {@code <triggering_files>} element.
     *
     * @param triggeringFiles the value; {@code null} leaves it out of what is sent
     */
    public void setTriggeringFiles(String triggeringFiles) {
        this.triggeringFiles = triggeringFiles;
    }

    /** {@return the {@code <send_notification>} element} */
    public Boolean getSendNotification() {
        return sendNotification;
    }

    /**
     * Sets the {@code <send_notification>} element.
     *
     * @param sendNotification the value; {@code null} leaves it out of what is sent
     */
    public void setSendNotification(Boolean sendNotification) {
        this.sendNotification = sendNotification;
    }
}
