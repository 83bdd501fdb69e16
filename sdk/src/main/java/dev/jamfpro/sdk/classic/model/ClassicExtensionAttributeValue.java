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

    /** An empty one, to fill in with the setters. */
    public ClassicExtensionAttributeValue() {
    }

    /**
     * The value to send for the attribute with this id.
     *
     * @param id the extension attribute's id
     * @param value the value to send
     * @return the value element
     */
    public static ClassicExtensionAttributeValue of(int id, String value) {
        ClassicExtensionAttributeValue attribute = new ClassicExtensionAttributeValue();
        attribute.id = id;
        attribute.value = value;
        return attribute;
    }

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

    /** {@return the data type: {@code String}, {@code Integer} or {@code Date}} */
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

    /** {@return the {@code <multi_value>} element} */
    public Boolean getMultiValue() {
        return multiValue;
    }

    /**
     * Sets the {@code <multi_value>} element.
     *
     * @param multiValue the value; {@code null} leaves it out of what is sent
     */
    public void setMultiValue(Boolean multiValue) {
        this.multiValue = multiValue;
    }

    /** {@return the value as Jamf shows it (empty when unset)} */
    public String getValue() {
        return value;
    }

    /**
     * Sets the {@code <value>} element.
     *
     * @param value the value; {@code null} leaves it out of what is sent
     */
    public void setValue(String value) {
        this.value = value;
    }
}
