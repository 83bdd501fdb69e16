package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.jamfpro.sdk.internal.xml.SafeXml;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Jamf's XML webhook form as the same tree the JSON form gives: an element with child elements is an
 * object, an element with text only is a text, repeated elements are an array, attributes are
 * {@code @name} fields and the text beside child elements a {@code #text} field. Reading goes through
 * {@link SafeXml} (no DTD, no external entity); writing is the reverse.
 */
final class XmlTree {
    static final String ROOT = "JSSEvent";
    private static final int MAX_DEPTH = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final String TEXT = "#text";

    private XmlTree() {
    }

    private static final class Open {
        final String name;
        final JsonObject children = new JsonObject();
        final StringBuilder text = new StringBuilder();
        boolean hasChildren;

        Open(String name) {
            this.name = name;
        }

        JsonElement close() {
            if (!hasChildren) {
                return new JsonPrimitive(text.toString());
            }
            if (!text.toString().isBlank()) {
                children.addProperty(TEXT, text.toString());
            }
            return children;
        }

        void add(String key, JsonElement value) {
            hasChildren = true;
            JsonElement existing = children.get(key);
            if (existing == null) {
                children.add(key, value);
            } else if (existing.isJsonArray()) {
                existing.getAsJsonArray().add(value);
            } else {
                JsonArray repeated = new JsonArray();
                repeated.add(existing);
                repeated.add(value);
                children.add(key, repeated);
            }
        }
    }

    /**
     * The document element's content as an object (its own name is not kept).
     *
     * @throws InvalidWebhookException when the bytes are not well-formed XML, carry a DTD or an entity
     *         reference, nest deeper than 64 elements, or the document element holds only text
     */
    static JsonObject read(byte[] xml) {
        Deque<Open> stack = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = SafeXml.reader(xml);
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new InvalidWebhookException("XML nests deeper than " + MAX_DEPTH + " elements");
                        }
                        Open open = new Open(reader.getLocalName());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            open.add("@" + reader.getAttributeLocalName(i),
                                    new JsonPrimitive(reader.getAttributeValue(i)));
                        }
                        stack.push(open);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Open closed = stack.pop();
                        JsonElement value = closed.close();
                        if (stack.isEmpty()) {
                            if (!value.isJsonObject()) {
                                throw new InvalidWebhookException("the XML document element <" + closed.name
                                        + "> holds only text, not a webhook");
                            }
                            while (reader.hasNext()) {
                                reader.next(); // anything but comments and space after it is an error
                            }
                            return value.getAsJsonObject();
                        }
                        stack.peek().add(closed.name, value);
                    }
                    default -> {
                        // comments, processing instructions, the XML declaration: nothing to keep
                    }
                }
            }
            throw new InvalidWebhookException("the XML ends before its document element closes");
        } catch (XMLStreamException e) {
            throw new InvalidWebhookException("not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held but memory
                }
            }
        }
    }

    /**
     * {@code object} as an XML document with the document element {@code root}.
     *
     * @throws IllegalArgumentException when a field name cannot be an XML name, or an array holds an array
     */
    static String write(String root, JsonObject object) {
        StringBuilder out = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        element(out, root, object);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, JsonElement value) {
        if (value.isJsonNull()) {
            return; // XML has no null: the element is left out, as an absent field
        }
        if (value.isJsonArray()) {
            for (JsonElement item : value.getAsJsonArray()) {
                if (item.isJsonArray()) {
                    throw new IllegalArgumentException(name + " is a list of lists, which XML elements cannot carry");
                }
                element(out, name, item);
            }
            return;
        }
        checkName(name);
        out.append('<').append(name);
        if (value.isJsonPrimitive()) {
            out.append('>');
            escape(out, value.getAsString(), false);
            out.append("</").append(name).append('>');
            return;
        }
        JsonObject object = value.getAsJsonObject();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (entry.getKey().startsWith("@") && entry.getValue().isJsonPrimitive()) {
                String attribute = entry.getKey().substring(1);
                checkName(attribute);
                out.append(' ').append(attribute).append("=\"");
                escape(out, entry.getValue().getAsString(), true);
                out.append('"');
            }
        }
        out.append('>');
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String key = entry.getKey();
            if (key.equals(TEXT) && entry.getValue().isJsonPrimitive()) {
                escape(out, entry.getValue().getAsString(), false);
            } else if (!(key.startsWith("@") && entry.getValue().isJsonPrimitive())) {
                element(out, key, entry.getValue());
            }
        }
        out.append("</").append(name).append('>');
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches() || name.startsWith("xmlns")) {
            throw new IllegalArgumentException("the field name '" + name + "' cannot be an XML element name");
        }
    }

    private static void escape(StringBuilder out, String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new IllegalArgumentException("the character U+" + String.format("%04X", (int) c)
                                + " cannot be written in XML 1.0");
                    }
                    out.append(c);
                }
            }
        }
    }
}
