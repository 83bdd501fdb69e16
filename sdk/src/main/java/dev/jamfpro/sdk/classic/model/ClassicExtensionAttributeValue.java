package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * One extension attribute's value on a computer, mobile device or user:
 * {@code <extension_attribute><id>1</id><name>…</name><type>String</type><value>…</value></extension_attribute>}.
 * To set a value, an id (or a name) and the value are enough.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicExtensionAttributeValue extends ClassicElement {
    private Integer id;
    private String name;
    private String type;
    @XmlElement(name = "multi_value")
    private Boolean multiValue;
    private String value;

    public ClassicExtensionAttributeValue() {
    }

    /** The value to send for the attribute with this id. */
    public static ClassicExtensionAttributeValue of(int id, String value) {
        ClassicExtensionAttributeValue attribute = new ClassicExtensionAttributeValue();
        attribute.id = id;
        attribute.value = value;
        return attribute;
    }

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

    /** The data type: {@code String}, {@code Integer} or {@code Date}. */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Boolean getMultiValue() {
        return multiValue;
    }

    public void setMultiValue(Boolean multiValue) {
        this.multiValue = multiValue;
    }

    /** The value as Jamf shows it (empty when unset). */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
