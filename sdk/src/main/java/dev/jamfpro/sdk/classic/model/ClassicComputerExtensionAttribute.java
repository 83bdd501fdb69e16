package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A Classic API {@code <computer_extension_attribute>}. Elements without a field here are kept in {@link #getOtherElements()}. */
@XmlRootElement(name = "computer_extension_attribute")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicComputerExtensionAttribute extends ClassicElement {
    private Integer id;
    private String name;

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
}
