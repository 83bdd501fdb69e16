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

    /** The category name. */
    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

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

    /** When a policy runs it: {@code Before}, {@code After} or {@code At Reboot}. */
    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    /** Labels of parameters 4 to 11. */
    public Parameters getParameters() {
        return parameters;
    }

    public void setParameters(Parameters parameters) {
        this.parameters = parameters;
    }

    public String getOsRequirements() {
        return osRequirements;
    }

    public void setOsRequirements(String osRequirements) {
        this.osRequirements = osRequirements;
    }

    /** The script text. */
    public String getScriptContents() {
        return scriptContents;
    }

    public void setScriptContents(String scriptContents) {
        this.scriptContents = scriptContents;
    }

    /** The script text, Base64 (as Jamf sends it; when both are sent Jamf prefers this one). */
    public String getScriptContentsEncoded() {
        return scriptContentsEncoded;
    }

    public void setScriptContentsEncoded(String scriptContentsEncoded) {
        this.scriptContentsEncoded = scriptContentsEncoded;
    }

    /** {@code <parameters>}: the labels of script parameters 4 to 11. */
    @XmlType(name = "ClassicScript.Parameters")
    public static class Parameters extends ClassicScriptParameters {
    }
}
