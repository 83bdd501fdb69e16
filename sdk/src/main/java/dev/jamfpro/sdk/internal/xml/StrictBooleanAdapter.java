package dev.jamfpro.sdk.internal.xml;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Reads a {@code Boolean} only from {@code true} or {@code false}. Plain JAXB reads {@code <x/>} and
 * {@code <x>yes</x>} as null and {@code <x>1</x>} as true, which a GET-then-PUT would silently
 * change; here such a value fails the read with a message that names it.
 */
public final class StrictBooleanAdapter extends XmlAdapter<String, Boolean> {
    @Override
    public Boolean unmarshal(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals("true")) {
            return Boolean.TRUE;
        }
        if (text.equals("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + text + "' is not a boolean that can be written back unchanged"
                + " (true or false)");
    }

    @Override
    public String marshal(Boolean value) {
        return value == null ? null : value.toString();
    }
}
