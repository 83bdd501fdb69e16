package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** One {@code <network_segment>} of the {@code <network_segments>} list. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicNetworkSegmentsItem extends ClassicElement {
    private Integer id;
    private String name;
    @XmlElement(name = "starting_address")
    private String startingAddress;
    @XmlElement(name = "ending_address")
    private String endingAddress;

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

    /** {@return the {@code <starting_address>} element} */
    public String getStartingAddress() {
        return startingAddress;
    }

    /**
     * Sets the {@code <starting_address>} element.
     *
     * @param startingAddress the value; {@code null} leaves it out of what is sent
     */
    public void setStartingAddress(String startingAddress) {
        this.startingAddress = startingAddress;
    }

    /** {@return the {@code <ending_address>} element} */
    public String getEndingAddress() {
        return endingAddress;
    }

    /**
     * Sets the {@code <ending_address>} element.
     *
     * @param endingAddress the value; {@code null} leaves it out of what is sent
     */
    public void setEndingAddress(String endingAddress) {
        this.endingAddress = endingAddress;
    }
}
