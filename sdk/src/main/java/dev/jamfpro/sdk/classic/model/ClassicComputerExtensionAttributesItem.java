package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** One {@code <computer_extension_attribute>} of the {@code <computer_extension_attributes>} list. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicComputerExtensionAttributesItem extends ClassicElement {
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
