package dev.jamfpro.sdk.classic.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * A text element that Jamf sends with attributes, such as
 * {@code <password_sha256 since="9.23">e3b0…</password_sha256>}: the text and the attributes, so both
 * are written back. Models expose the text as a {@code String}; this class is how they keep the rest.
 */
@XmlType(name = "ClassicText")
@XmlAccessorType(XmlAccessType.FIELD)
public final class ClassicText {
    @XmlValue
    private String value;

    @XmlAnyAttribute
    private Map<QName, String> attributes;

    /** An empty text. */
    public ClassicText() {
    }

    /** {@return the element's text} */
    public String getValue() {
        return value;
    }

    /** {@return the element's attributes (for example {@code since="9.23"}), never null} */
    public Map<QName, String> getAttributes() {
        return attributes == null ? Map.of() : Collections.unmodifiableMap(attributes);
    }

    /**
     * {@code current} with its text replaced and its attributes kept; null when {@code value} is null,
     * so a model's setter can leave the element out.
     *
     * @param current the text held so far, or null
     * @param value the new text, or null
     * @return the text to hold
     */
    public static ClassicText replace(ClassicText current, String value) {
        if (value == null) {
            return null;
        }
        ClassicText text = new ClassicText();
        text.value = value;
        if (current != null && current.attributes != null) {
            text.attributes = new LinkedHashMap<>(current.attributes);
        }
        return text;
    }
}
