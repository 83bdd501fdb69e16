package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * A Classic API {@code <script>}: metadata and the script itself ({@code script_contents}). Elements
 * without a field here are kept in {@link #getOtherElements()}.
 */
@XmlRootElement(name = "script")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicScript extends ClassicElement {
    private Integer id;
    private String name;
    private String category;
    private String filename;
    private String info;
    private String notes;
    private String priority;
    private Parameters parameters;
    @XmlElement(name = "os_requirements")
    private String osRequirements;
    @XmlElement(name = "script_contents")
    private String scriptContents;
    @XmlElement(name = "script_contents_encoded")
    private String scriptContentsEncoded;

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

    /** {@return the category name} */
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

    /** {@return the {@code <filename>} element} */
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

    /** {@return when a policy runs it: {@code Before}, {@code After} or {@code At Reboot}} */
    public String getPriority() {
        return priority;
    }

    /**
     * Sets the {@code <priority>} element.
     *
     * @param priority the value; {@code null} leaves it out of what is sent
     */
    public void setPriority(String priority) {
        this.priority = priority;
    }

    /**
     * Labels of parameters 4 to 11.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Parameters getParameters() {
        return parameters;
    }

    /**
     * Sets the {@code <parameters>} element.
     *
     * @param parameters the value; {@code null} leaves it out of what is sent
     */
    public void setParameters(Parameters parameters) {
        this.parameters = parameters;
    }

    /** {@return the {@code <os_requirements>} element} */
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

    /** {@return the script text} */
    public String getScriptContents() {
        return scriptContents;
    }

    /**
     * Sets the {@code <script_contents>} element.
     *
     * @param scriptContents the value; {@code null} leaves it out of what is sent
     */
    public void setScriptContents(String scriptContents) {
        this.scriptContents = scriptContents;
    }

    /** {@return the script text, Base64 (as Jamf sends it; when both are sent Jamf prefers this one)} */
    public String getScriptContentsEncoded() {
        return scriptContentsEncoded;
    }

    /**
     * Sets the {@code <script_contents_encoded>} element.
     *
     * @param scriptContentsEncoded the value; {@code null} leaves it out of what is sent
     */
    public void setScriptContentsEncoded(String scriptContentsEncoded) {
        this.scriptContentsEncoded = scriptContentsEncoded;
    }

    /** {@code <parameters>}: the labels of script parameters 4 to 11. */
    @XmlType(name = "ClassicScript.Parameters")
    public static class Parameters extends ClassicScriptParameters {
    }
}
