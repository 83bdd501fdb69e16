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

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** {@code String}, {@code Integer} or {@code Date}. */
    public String getDataType() {
        return dataType;
    }

    public void setDataType(String dataType) {
        this.dataType = dataType;
    }

    public InputType getInputType() {
        return inputType;
    }

    public void setInputType(InputType inputType) {
        this.inputType = inputType;
    }

    /** The inventory section that shows it, for example {@code General} or {@code Extension Attributes}. */
    public String getInventoryDisplay() {
        return inventoryDisplay;
    }

    public void setInventoryDisplay(String inventoryDisplay) {
        this.inventoryDisplay = inventoryDisplay;
    }

    public String getReconDisplay() {
        return reconDisplay;
    }

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

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        /** For scripts: {@code Mac} or {@code Windows}. */
        public String getPlatform() {
            return platform;
        }

        public void setPlatform(String platform) {
            this.platform = platform;
        }

        /** For scripts: the script text. */
        public String getScript() {
            return script;
        }

        public void setScript(String script) {
            this.script = script;
        }

        /** For pop-up menus: the choices. */
        public PopupChoices getPopupChoices() {
            return popupChoices;
        }

        public void setPopupChoices(PopupChoices popupChoices) {
            this.popupChoices = popupChoices;
        }
    }

    /** {@code <popup_choices>}: {@code <choice>} items. */
    @XmlType(name = "ClassicComputerExtensionAttribute.PopupChoices")
    public static class PopupChoices extends ClassicList<String> {
        @XmlElement(name = "choice")
        private List<String> items;

        public PopupChoices() {
        }

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
