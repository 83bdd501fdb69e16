package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

/** One {@code <script>} of the {@code <scripts>} list. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicScriptsItem extends ClassicElement {
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
