package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.List;

/** {@code <extension_attributes>} of a computer, mobile device or user. */
@XmlAccessorType(XmlAccessType.FIELD)
public class ClassicExtensionAttributeValues extends ClassicList<ClassicExtensionAttributeValue> {
    @XmlElement(name = "extension_attribute")
    private List<ClassicExtensionAttributeValue> items;

    /** An empty one, to fill in with the setters. */
    public ClassicExtensionAttributeValues() {
    }

    /**
     * One holding a copy of {@code items}.
     *
     * @param items the items
     */
    public ClassicExtensionAttributeValues(List<ClassicExtensionAttributeValue> items) {
        setItems(items);
    }

    @Override
    public List<ClassicExtensionAttributeValue> getItems() {
        return items = live(items);
    }

    @Override
    public void setItems(List<ClassicExtensionAttributeValue> items) {
        this.items = copy(items);
    }
}
