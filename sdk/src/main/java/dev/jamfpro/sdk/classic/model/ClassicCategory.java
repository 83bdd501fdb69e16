package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * A Classic API {@code <category>}. Elements without a field here are kept in
 * {@link #getOtherElements()}.
 */
@XmlRootElement(name = "category")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicCategory extends ClassicElement {
    private Integer id;
    private String name;
    private Integer priority;

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

    /**
     * Display priority, 1 (highest) to 20.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Integer getPriority() {
        return priority;
    }

    /**
     * Sets the {@code <priority>} element.
     *
     * @param priority the value; {@code null} leaves it out of what is sent
     */
    public void setPriority(Integer priority) {
        this.priority = priority;
    }
}
