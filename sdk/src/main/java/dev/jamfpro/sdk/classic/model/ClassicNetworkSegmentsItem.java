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

    public String getStartingAddress() {
        return startingAddress;
    }

    public void setStartingAddress(String startingAddress) {
        this.startingAddress = startingAddress;
    }

    public String getEndingAddress() {
        return endingAddress;
    }

    public void setEndingAddress(String endingAddress) {
        this.endingAddress = endingAddress;
    }
}
