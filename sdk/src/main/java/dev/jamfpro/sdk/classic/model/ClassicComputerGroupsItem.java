package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** One {@code <computer_group>} of the {@code <computer_groups>} list. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicComputerGroupsItem extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "is_smart")
    private Boolean isSmart;

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
     * True for a smart group, false for a static one.
     *
     * @return the value, or {@code null} when Jamf did not send it
     */
    public Boolean getIsSmart() {
        return isSmart;
    }

    /**
     * Sets the {@code <is_smart>} element.
     *
     * @param isSmart the value; {@code null} leaves it out of what is sent
     */
    public void setIsSmart(Boolean isSmart) {
        this.isSmart = isSmart;
    }
}
