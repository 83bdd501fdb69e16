package dev.jamfpro.sdk.simulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * One element of a Classic API record: a name, attributes, and either text or child elements. The
 * Classic stores keep records as these trees, so that whatever a client writes (elements the
 * simulator has never heard of included) is read back as written. Parsing refuses DTDs and external
 * entities: XML from a client is untrusted.
 */
final class XmlNode {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlNode> children = new ArrayList<>();
    private String text;

    XmlNode(String name) {
        this.name = name;
    }

    XmlNode(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Parses XML text; throws {@link IllegalArgumentException} for what is not well-formed XML. */
    static XmlNode parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static XmlNode parse(byte[] xml) {
        try {
            return of(parser().parse(new ByteArrayInputStream(xml)).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    private static XmlNode of(Element element) {
        XmlNode node = new XmlNode(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            node.attributes.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                node.children.add(of(e));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (node.children.isEmpty()) {
            node.text = text.toString();
        }
        return node;
    }

    String name() {
        return name;
    }

    /** The text of a leaf; {@code ""} for an empty element or one with children. */
    String text() {
        return text == null ? "" : text;
    }

    boolean isLeaf() {
        return children.isEmpty();
    }

    List<XmlNode> children() {
        return children;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    /** The first child named {@code name}, or null. */
    XmlNode child(String name) {
        for (XmlNode child : children) {
            if (child.name.equals(name)) {
                return child;
            }
        }
        return null;
    }

    /** The element at a {@code /}-separated path of child names ({@code general/name}), or null. */
    XmlNode at(String path) {
        XmlNode node = this;
        for (String part : path.split("/")) {
            node = node.child(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The text at a path, or null when there is no such element. */
    String textAt(String path) {
        XmlNode node = at(path);
        return node == null ? null : node.text();
    }

    /** Sets a leaf's text, making the element (and its parents) where missing. */
    XmlNode set(String path, String value) {
        XmlNode node = this;
        for (String part : path.split("/")) {
            XmlNode next = node.child(part);
            if (next == null) {
                next = new XmlNode(part);
                node.children.add(next);
            }
            node = next;
        }
        node.children.clear();
        node.text = value;
        return this;
    }

    XmlNode add(XmlNode child) {
        children.add(child);
        text = null;
        return this;
    }

    XmlNode copy() {
        XmlNode copy = new XmlNode(name, text);
        copy.attributes.putAll(attributes);
        for (XmlNode child : children) {
            copy.children.add(child.copy());
        }
        return copy;
    }

    /**
     * Whether this element is a list ({@code <computers><size/><computer/>...}): it has a {@code size}
     * child, or two or more children all of one name, or one child whose name is its own in the
     * singular ({@code criteria/criterion}).
     */
    boolean isList() {
        if (children.isEmpty()) {
            return false;
        }
        if (child("size") != null) {
            return true;
        }
        String first = children.get(0).name;
        for (XmlNode child : children) {
            if (!child.name.equals(first)) {
                return false;
            }
        }
        return children.size() > 1 || commonPrefix(name, first) >= Math.min(4, Math.min(name.length(), first.length()))
                && !name.equals(first);
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * Jamf's {@code PUT}: every top-level element sent replaces or merges into the record's. An
     * element with child elements merges child by child, except a list or a {@code scope}, which is
     * replaced whole; a leaf replaces (an empty one clears the value); an element the record lacks is
     * added. This node changes.
     */
    void merge(XmlNode update) {
        for (XmlNode sent : update.children) {
            if (sent.name.equals("id")) {
                continue; // the id is the record's own
            }
            XmlNode mine = child(sent.name);
            if (mine == null) {
                children.add(sent.copy());
                text = null;
            } else if (sent.isLeaf() || mine.isLeaf() || sent.isList() || mine.isList() || sent.name.equals("scope")) {
                children.set(children.indexOf(mine), sent.copy());
            } else {
                mine.attributes.putAll(sent.attributes);
                mine.merge(sent);
            }
        }
    }

    /** {@code <?xml ...?>} and the element, compact. */
    String toXml() {
        StringBuilder xml = new StringBuilder(256).append(ClassicXml.PROLOG);
        write(xml);
        return xml.toString();
    }

    void write(StringBuilder xml) {
        xml.append('<').append(name);
        attributes.forEach((k, v) -> {
            xml.append(' ').append(k).append("=\"");
            ClassicXml.escape(xml, v);
            xml.append('"');
        });
        if (children.isEmpty() && (text == null || text.isEmpty())) {
            xml.append("/>");
            return;
        }
        xml.append('>');
        if (children.isEmpty()) {
            ClassicXml.escape(xml, text);
        } else {
            for (XmlNode child : children) {
                child.write(xml);
            }
        }
        xml.append("</").append(name).append('>');
    }

    /** A subset name ({@code GroupsAccounts}) matches an element name ({@code groups_accounts}). */
    static boolean sameName(String subset, String element) {
        return subset.replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT)
                .equals(element.replace("_", "").toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return toXml();
    }
}
