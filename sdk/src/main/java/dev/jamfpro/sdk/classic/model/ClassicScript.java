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
    public static class Parameters extends ClassicElement {
        private String parameter4;
        private String parameter5;
        private String parameter6;
        private String parameter7;
        private String parameter8;
        private String parameter9;
        private String parameter10;
        private String parameter11;

        public String getParameter4() {
            return parameter4;
        }

        public void setParameter4(String parameter4) {
            this.parameter4 = parameter4;
        }

        public String getParameter5() {
            return parameter5;
        }

        public void setParameter5(String parameter5) {
            this.parameter5 = parameter5;
        }

        public String getParameter6() {
            return parameter6;
        }

        public void setParameter6(String parameter6) {
            this.parameter6 = parameter6;
        }

        public String getParameter7() {
            return parameter7;
        }

        public void setParameter7(String parameter7) {
            this.parameter7 = parameter7;
        }

        public String getParameter8() {
            return parameter8;
        }

        public void setParameter8(String parameter8) {
            this.parameter8 = parameter8;
        }

        public String getParameter9() {
            return parameter9;
        }

        public void setParameter9(String parameter9) {
            this.parameter9 = parameter9;
        }

        public String getParameter10() {
            return parameter10;
        }

        public void setParameter10(String parameter10) {
            this.parameter10 = parameter10;
        }

        public String getParameter11() {
            return parameter11;
        }

        public void setParameter11(String parameter11) {
            this.parameter11 = parameter11;
        }
    }
}
