package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * A Classic API {@code <computer_extension_attribute>}: how the attribute is collected
 * ({@code input_type}: script, text field, pop-up menu, LDAP mapping) and shown.
 */
@XmlRootElement(name = "computer_extension_attribute")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicComputerExtensionAttribute extends ClassicElement {
    private Integer id;
    private String name;
    private Boolean enabled;
    private String description;
    @XmlElement(name = "data_type")
    private String dataType;
    @XmlElement(name = "input_type")
    private InputType inputType;
    @XmlElement(name = "inventory_display")
    private String inventoryDisplay;
    @XmlElement(name = "recon_display")
    private String reconDisplay;

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

    /** {@return the {@code <enabled>} element} */
    public Boolean getEnabled() {
        return enabled;
    }

    /**
     * Sets the {@code <enabled>} element.
     *
     * @param enabled the value; {@code null} leaves it out of what is sent
     */
    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
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

    /**
     * {@code String}, {@code Integer} or {@code Date}.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public String getDataType() {
        return dataType;
    }

    /**
     * Sets the {@code <data_type>} element.
     *
     * @param dataType the value; {@code null} leaves it out of what is sent
     */
    public void setDataType(String dataType) {
        this.dataType = dataType;
    }

    /** {@return the {@code <input_type>} element} */
    public InputType getInputType() {
        return inputType;
    }

    /**
     * Sets the {@code <input_type>} element.
     *
     * @param inputType the value; {@code null} leaves it out of what is sent
     */
    public void setInputType(InputType inputType) {
        this.inputType = inputType;
    }

    /** {@return the inventory section that shows it, for example {@code General} or {@code Extension Attributes}} */
    public String getInventoryDisplay() {
        return inventoryDisplay;
    }

    /**
     * Sets the {@code <inventory_display>} element.
     *
     * @param inventoryDisplay the value; {@code null} leaves it out of what is sent
     */
    public void setInventoryDisplay(String inventoryDisplay) {
        this.inventoryDisplay = inventoryDisplay;
    }

    /** {@return the {@code <recon_display>} element} */
    public String getReconDisplay() {
        return reconDisplay;
    }

    /**
     * Sets the {@code <recon_display>} element.
     *
     * @param reconDisplay the value; {@code null} leaves it out of what is sent
     */
    public void setReconDisplay(String reconDisplay) {
        this.reconDisplay = reconDisplay;
    }

    /**
     * {@code <input_type>}: {@code type} is {@code script}, {@code Text Field}, {@code Pop-up Menu} or
     * {@code LDAP Attribute Mapping}.
     */
    @XmlType(name = "ClassicComputerExtensionAttribute.InputType")
    public static class InputType extends ClassicElement {
        private String type;
        private String platform;
        private String script;
        @XmlElement(name = "popup_choices")
        private PopupChoices popupChoices;

        /** {@return the {@code <type>} element} */
        public String getType() {
            return type;
        }

        /**
         * Sets the {@code <type>} element.
         *
         * @param type the value; {@code null} leaves it out of what is sent
         */
        public void setType(String type) {
            this.type = type;
        }

        /**
         * For scripts: {@code Mac} or {@code Windows}.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getPlatform() {
            return platform;
        }

        /**
         * Sets the {@code <platform>} element.
         *
         * @param platform the value; {@code null} leaves it out of what is sent
         */
        public void setPlatform(String platform) {
            this.platform = platform;
        }

        /**
         * For scripts: the script text.
         *
         * @return the value, or {@code null} when Jamf did not send it
         */
        public String getScript() {
            return script;
        }

        /**
         * Sets the {@code <script>} element.
         *
         * @param script the value; {@code null} leaves it out of what is sent
         */
        public void setScript(String script) {
            this.script = script;
        }

        /**
         * For pop-up menus: the choices.
         *
         * @return the popup choices
         */
        public PopupChoices getPopupChoices() {
            return popupChoices;
        }

        /**
         * Sets the {@code <popup_choices>} element.
         *
         * @param popupChoices the value; {@code null} leaves it out of what is sent
         */
        public void setPopupChoices(PopupChoices popupChoices) {
            this.popupChoices = popupChoices;
        }
    }

    /** {@code <popup_choices>}: {@code <choice>} items. */
    @XmlType(name = "ClassicComputerExtensionAttribute.PopupChoices")
    public static class PopupChoices extends ClassicList<String> {
        @XmlElement(name = "choice")
        private List<String> items;

        /** An empty one, to fill in with the setters. */
        public PopupChoices() {
        }

        /**
         * One holding a copy of {@code items}.
         *
         * @param items the items
         */
        public PopupChoices(List<String> items) {
            setItems(items);
        }

        @Override
        public List<String> getItems() {
            return items = live(items);
        }

        @Override
        public void setItems(List<String> items) {
            this.items = copy(items);
        }
    }
}
