package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** A Classic API {@code <os_x_configuration_profile>}. Elements without a field here are kept in {@link #getOtherElements()}. */
@XmlRootElement(name = "os_x_configuration_profile")
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicOsxConfigurationProfile extends ClassicElement {
    private General general;

    public General getGeneral() {
        return general;
    }

    public void setGeneral(General general) {
        this.general = general;
    }

    /** The {@code <general>} section. */
    @XmlType(name = "ClassicOsxConfigurationProfile.General")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class General extends ClassicElement {
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
}
