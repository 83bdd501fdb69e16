package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** A reference to another object by id and name, such as {@code <site><id>-1</id><name>None</name></site>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicReference extends ClassicElement {
    private Integer id;
    private String name;

    /** An empty one, to fill in with the setters. */
    public ClassicReference() {
    }

    /**
     * A reference by id and name.
     *
     * @param id the Jamf Pro id, or null to leave it out
     * @param name the name, or null to leave it out
     */
    public ClassicReference(Integer id, String name) {
        this.id = id;
        this.name = name;
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
}
