package dev.jamfpro.sdk.internal.xml;

import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How many times each element name and each {@code element@attribute} occurs in a document: counted
 * once while an answer is parsed and once while its model is written back (to a handler that keeps
 * nothing else), so a read that would drop an element (one repeated where the model holds a single
 * value) or an attribute (on an element the model holds as text) fails instead of losing it silently.
 */
final class XmlCensus {
    private final Map<String, Integer> counts = new TreeMap<>();

    void count(String name) {
        counts.merge(name, 1, Integer::sum);
    }

    /** A SAX handler that counts what a marshaller writes. */
    DefaultHandler handler() {
        return new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String name = localName == null || localName.isEmpty() ? qName : localName;
                count(name);
                for (int i = 0; i < attributes.getLength(); i++) {
                    String attribute = attributes.getLocalName(i);
                    if (attribute == null || attribute.isEmpty()) {
                        attribute = attributes.getQName(i);
                    }
                    if (!attribute.startsWith("xmlns") && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attributes.getURI(i))) {
                        count(name + "@" + attribute);
                    }
                }
            }
        };
    }

    /**
     * Fails when this census (what arrived) holds more of some element or attribute than
     * {@code written} (what the model writes back).
     */
    void assertKeptBy(XmlCensus written, String root) {
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int kept = written.counts.getOrDefault(entry.getKey(), 0);
            if (kept < entry.getValue()) {
                String what = entry.getKey().contains("@") ? "attribute " + entry.getKey().replace("@", " @") : "<" + entry.getKey() + ">";
                throw new MalformedXmlException("the <" + root + "> read would lose data: " + what + " occurs "
                        + entry.getValue() + " time(s) in the answer but the model keeps " + kept
                        + " (an element repeated where the model holds one value, or an attribute on an element it holds"
                        + " as text); please report it with the answer");
            }
        }
    }

    /** A reader that counts the elements and attributes it passes. */
    static final class CountingReader extends StreamReaderDelegate {
        private final XmlCensus census = new XmlCensus();

        CountingReader(XMLStreamReader reader) {
            super(reader);
        }

        XmlCensus census() {
            return census;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = getLocalName();
                census.count(name);
                for (int i = 0; i < getAttributeCount(); i++) {
                    census.count(name + "@" + getAttributeLocalName(i));
                }
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace() || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int event = next();
            while (event != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    text.append(getText());
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    throw new XMLStreamException("element text expected, found a child element", getLocation());
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of document", getLocation());
                }
                event = next();
            }
            return text.toString();
        }
    }
}
