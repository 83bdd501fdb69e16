package dev.jamfpro.sdk.internal.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Reads an {@code Integer} only when writing it back gives the same text ({@code 7}, {@code -1}).
 * Plain JAXB reads {@code <id/>} as {@code 0} and {@code <id> 7</id>} as {@code 7}, which a
 * GET-then-PUT would silently change; here such a value fails the read with a message that names it.
 */
public final class StrictIntegerAdapter extends XmlAdapter<String, Integer> {
    @Override
    public Integer unmarshal(String text) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (Integer.toString(value).equals(text)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not an integer that can be written back unchanged");
    }

    @Override
    public String marshal(Integer value) {
        return value == null ? null : value.toString();
    }
}
