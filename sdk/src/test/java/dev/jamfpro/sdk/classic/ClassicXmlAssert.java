package dev.jamfpro.sdk.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Compares XML documents the way Jamf reads them, element for element:
 * <ul>
 *   <li>element names, attributes (name and value; namespace declarations aside) and the text of
 *       leaf elements must be equal, text exactly (no trimming);</li>
 *   <li>children that are elements may come in another order only relative to children of a
 *       different name: the children named {@code x} must be equal one by one, in order;</li>
 *   <li>whitespace-only text between child elements (indentation) is ignored; any other text beside
 *       child elements (mixed content) is a difference.</li>
 * </ul>
 */
final class ClassicXmlAssert {
    private ClassicXmlAssert() {
    }

    /** Parses test XML (DTDs refused: no test document needs one). */
    static Element parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static void assertSameXml(String expected, String actual) {
        assertSameElement(parse(expected), parse(actual));
    }

    static void assertSameElement(Element expected, Element actual) {
        compare(expected, actual, "/" + name(expected));
    }

    private static void compare(Element expected, Element actual, String path) {
        assertEquals(name(expected), name(actual), "element name at " + path);
        assertEquals(attributes(expected), attributes(actual), "attributes of " + path);
        List<Element> expectedChildren = children(expected, path);
        List<Element> actualChildren = children(actual, path);
        if (expectedChildren.isEmpty() && actualChildren.isEmpty()) {
            assertEquals(expected.getTextContent(), actual.getTextContent(), "text of " + path);
            return;
        }
        Map<String, List<Element>> expectedByName = byName(expectedChildren);
        Map<String, List<Element>> actualByName = byName(actualChildren);
        assertEquals(new TreeMap<>(counts(expectedByName)), new TreeMap<>(counts(actualByName)),
                "child elements (name=count) of " + path);
        for (Map.Entry<String, List<Element>> entry : expectedByName.entrySet()) {
            List<Element> actualSame = actualByName.get(entry.getKey());
            for (int i = 0; i < entry.getValue().size(); i++) {
                String childPath = path + "/" + entry.getKey() + (entry.getValue().size() > 1 ? "[" + (i + 1) + "]" : "");
                compare(entry.getValue().get(i), actualSame.get(i), childPath);
            }
        }
    }

    private static String name(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                attributes.put(name(attribute), attribute.getValue());
            }
        }
        return attributes;
    }

    private static List<Element> children(Element element, String path) {
        List<Element> children = new ArrayList<>();
        boolean text = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) child);
            } else if ((child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !child.getNodeValue().isBlank()) {
                text = true;
            }
        }
        if (text && !children.isEmpty()) {
            fail("mixed content (text beside elements) at " + path);
        }
        return children;
    }

    private static Map<String, List<Element>> byName(List<Element> elements) {
        Map<String, List<Element>> byName = new LinkedHashMap<>();
        for (Element element : elements) {
            byName.computeIfAbsent(name(element), k -> new ArrayList<>()).add(element);
        }
        return byName;
    }

    private static Map<String, Integer> counts(Map<String, List<Element>> byName) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byName.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }
}
