package dev.jamfpro.sdk.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * StAX readers for XML from the network, which is untrusted: DTDs are not supported and external
 * entities are never resolved; a document that carries a DTD at all is rejected before anything
 * it declares is read.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }

    /** A reader over {@code xml} that fails on a DTD. */
    public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return reader(new ByteArrayInputStream(xml));
    }

    /** A reader over the stream {@code xml} (read as it is parsed, not buffered whole) that fails on a DTD. */
    public static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
        XMLStreamReader raw;
        synchronized (FACTORY) { // factories are not guaranteed thread-safe to use
            raw = FACTORY.createXMLStreamReader(xml);
        }
        return new StreamReaderDelegate(raw) {
            @Override
            public int next() throws XMLStreamException {
                return check(super.next());
            }

            @Override
            public int nextTag() throws XMLStreamException {
                return check(super.nextTag());
            }

            @Override
            public int getEventType() {
                return super.getEventType();
            }

            private int check(int event) throws XMLStreamException {
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("XML with a DTD (<!DOCTYPE>) is refused: untrusted input");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new XMLStreamException("XML with an undeclared entity reference (&" + getLocalName()
                            + ";) is refused");
                }
                return event;
            }
        };
    }
}
