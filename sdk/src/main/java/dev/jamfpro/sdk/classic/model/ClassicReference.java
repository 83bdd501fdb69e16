package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** A reference to another object by id and name, such as {@code <site><id>-1</id><name>None</name></site>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicReference extends ClassicElement {
    private Integer id;
    private String name;

    public ClassicReference() {
    }

    public ClassicReference(Integer id, String name) {
        this.id = id;
        this.name = name;
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
}
