package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * Base of every Classic API model: elements and attributes the model does not know are kept here on
 * read and written back unchanged, so GET → change a field → PUT never drops data. Fields left null
 * are not written at all (Jamf treats PUT as a partial update and an empty element as "clear").
 *
 * <p>Unknown elements are written before the known ones; repeated unknown elements keep their order.
 * Jamf reads the children of an element by name, so only the order among equally named elements
 * matters.
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class ClassicElement {
    @XmlAnyElement
    private List<Element> otherElements;

    @XmlAnyAttribute
    private Map<QName, String> otherAttributes;

    /**
     * Elements of this object that the model has no field for, in document order.
     *
     * @return the live list (never null)
     */
    public List<Element> getOtherElements() {
        return otherElements == null ? List.of() : Collections.unmodifiableList(otherElements);
    }

    /**
     * The first unknown element named {@code name}, or null.
     *
     * @param name the name
     * @return the first unknown element named {@code name}, or null
     */
    public Element getOtherElement(String name) {
        if (otherElements != null) {
            for (Element element : otherElements) {
                if (name.equals(element.getLocalName()) || name.equals(element.getTagName())) {
                    return element;
                }
            }
        }
        return null;
    }

    /**
     * Attributes of this element that the model has no field for (for example {@code since="9.23"}).
     *
     * @return the map
     */
    public Map<QName, String> getOtherAttributes() {
        return otherAttributes == null ? Map.of() : Collections.unmodifiableMap(otherAttributes);
    }

    /**
     * Replaces the unknown attributes.
     *
     * @param attributes the value; {@code null} leaves it out of what is sent
     */
    public void setOtherAttributes(Map<QName, String> attributes) {
        this.otherAttributes = attributes == null || attributes.isEmpty() ? null : new LinkedHashMap<>(attributes);
    }

    /**
     * Replaces the unknown elements.
     *
     * @param elements the value; {@code null} leaves it out of what is sent
     */
    public void setOtherElements(List<Element> elements) {
        this.otherElements = elements == null || elements.isEmpty() ? null : new ArrayList<>(elements);
    }
}
