package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A Classic API {@code <department>}. Elements without a field here are kept in
 * {@link #getOtherElements()}.
 */
@XmlRootElement(name = "department")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicDepartment extends ClassicElement {
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
