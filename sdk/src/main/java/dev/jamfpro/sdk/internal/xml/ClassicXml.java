package dev.jamfpro.sdk.internal.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading and writing Classic API XML. Each model class gets its own {@link JAXBContext} (expensive to
 * build, thread-safe, cached), made the first time that class is read or written, so a program that
 * reads categories never pays for the computer model; marshallers and unmarshallers are made per call
 * (cheap, not thread-safe). Every read goes through {@link SafeXml}.
 *
 * <p>Reads are checked to be lossless: every element and attribute of the answer must be in what the
 * model would write back ({@link XmlCensus}). A value JAXB cannot convert, or an element repeated where
 * the model holds one, fails the read instead of being dropped.
 */
public final class ClassicXml {
    private final Map<Class<?>, JAXBContext> contexts = new ConcurrentHashMap<>();

    /** A reader and writer of Classic models; contexts are built on first use of each class. */
    public ClassicXml() {
    }

    /** The JAXB context of one model class (and every class it refers to), built once. */
    public JAXBContext context(Class<?> type) {
        return contexts.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance(t);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot build the JAXB context of " + t.getName() + ": " + e, e);
            }
        });
    }

    /**
     * Reads a document whose root element must be {@code type}'s {@code @XmlRootElement}.
     *
     * @throws MalformedXmlException naming the problem (not XML, wrong root, bad value, DTD, a loss)
     */
    public <T> T read(byte[] xml, Class<T> type) {
        return read(new ByteArrayInputStream(xml), type);
    }

    /**
     * Reads a document from a stream, parsing as it reads; root element as in {@link #read(byte[], Class)}.
     *
     * @throws MalformedXmlException naming the problem (not XML, wrong root, bad value, DTD, a loss)
     */
    public <T> T read(InputStream xml, Class<T> type) {
        String expected = rootName(type);
        try {
            XmlCensus.CountingReader reader = new XmlCensus.CountingReader(SafeXml.reader(xml));
            toFirstElement(reader);
            if (!expected.equals(reader.getLocalName())) {
                throw new MalformedXmlException("expected <" + expected + "> but the answer's root is <"
                        + reader.getLocalName() + ">");
            }
            T model = unmarshaller(type).unmarshal(reader, type).getValue();
            XmlCensus written = new XmlCensus();
            marshaller(type).marshal(model, written.handler());
            reader.census().assertKeptBy(written, expected);
            return model;
        } catch (XMLStreamException | JAXBException e) {
            throw new MalformedXmlException("malformed XML: " + describe(e), e);
        }
    }

    /**
     * Reads a list document ({@code <computers><size>2</size><computer>...</computer>...</computers>}):
     * the children named {@code itemElement}, in order. {@code <size>} is skipped; any other child
     * fails the read, as it would otherwise be lost.
     */
    public <I> List<I> readList(byte[] xml, String listElement, String itemElement, Class<I> itemType) {
        return readList(new ByteArrayInputStream(xml), listElement, itemElement, itemType);
    }

    /** {@link #readList(byte[], String, String, Class)} from a stream, parsing as it reads. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <I> List<I> readList(InputStream xml, String listElement, String itemElement, Class<I> itemType) {
        try {
            XmlCensus.CountingReader reader = new XmlCensus.CountingReader(SafeXml.reader(xml));
            toFirstElement(reader);
            if (!listElement.equals(reader.getLocalName())) {
                throw new MalformedXmlException("expected <" + listElement + "> but the answer's root is <"
                        + reader.getLocalName() + ">");
            }
            Unmarshaller unmarshaller = unmarshaller(itemType);
            Marshaller marshaller = marshaller(itemType);
            XmlCensus written = new XmlCensus();
            written.count(listElement);
            List<I> items = new ArrayList<>();
            reader.next();
            while (true) {
                int event = reader.getEventType();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (itemElement.equals(name)) {
                        I item = unmarshaller.unmarshal(reader, itemType).getValue(); // leaves the reader after it
                        marshaller.marshal(new JAXBElement(new QName(itemElement), itemType, item), written.handler());
                        items.add(item);
                    } else if ("size".equals(name)) {
                        written.count("size");
                        reader.getElementText();
                        reader.next();
                    } else {
                        throw new MalformedXmlException("the list <" + listElement + "> holds a <" + name
                                + "> besides its <" + itemElement + "> entries; it would be lost");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                    break;
                } else {
                    reader.next();
                }
            }
            reader.census().assertKeptBy(written, listElement);
            return items;
        } catch (XMLStreamException | JAXBException e) {
            throw new MalformedXmlException("malformed XML: " + describe(e), e);
        }
    }

    /** The {@code <id>} of a create answer such as {@code <computer><id>7</id></computer>}. */
    public int readCreatedId(byte[] xml) {
        return readCreatedId(new ByteArrayInputStream(xml));
    }

    /** {@link #readCreatedId(byte[])} from a stream. */
    public int readCreatedId(InputStream xml) {
        try {
            XMLStreamReader reader = SafeXml.reader(xml);
            toFirstElement(reader);
            String root = reader.getLocalName();
            int event = reader.nextTag();
            while (event == XMLStreamConstants.START_ELEMENT) {
                if ("id".equals(reader.getLocalName())) {
                    String text = reader.getElementText().trim();
                    try {
                        return Integer.parseInt(text);
                    } catch (NumberFormatException e) {
                        throw new MalformedXmlException("the create answer's <id> is not a number: '" + text + "'");
                    }
                }
                skipElement(reader);
                event = reader.nextTag();
            }
            throw new MalformedXmlException("the create answer <" + root + "> has no <id>");
        } catch (XMLStreamException e) {
            throw new MalformedXmlException("malformed XML: " + describe(e), e);
        }
    }

    /** The model as an XML document (UTF-8); null fields are left out, so only what is set is sent. */
    public String write(Object model) {
        return marshal(model, model);
    }

    /**
     * A model without {@code @XmlRootElement} (a list item such as {@code ClassicCategoriesItem}) as a
     * document whose root is {@code elementName}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String write(Object model, String elementName) {
        return marshal(model, new JAXBElement(new QName(elementName), model.getClass(), model));
    }

    private String marshal(Object model, Object root) {
        try {
            StringWriter out = new StringWriter();
            marshaller(model.getClass()).marshal(root, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalArgumentException("cannot write " + model.getClass().getSimpleName() + " as XML: " + e, e);
        }
    }

    /** The root element name of a model class. */
    public static String rootName(Class<?> type) {
        XmlRootElement root = type.getAnnotation(XmlRootElement.class);
        if (root == null) {
            throw new IllegalArgumentException(type.getName() + " has no @XmlRootElement");
        }
        return root.name();
    }

    private Marshaller marshaller(Class<?> type) throws JAXBException {
        Marshaller marshaller = context(type).createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
        return marshaller;
    }

    private Unmarshaller unmarshaller(Class<?> type) throws JAXBException {
        Unmarshaller unmarshaller = context(type).createUnmarshaller();
        unmarshaller.setEventHandler(event -> event.getSeverity() == ValidationEvent.WARNING);
        return unmarshaller;
    }

    private static void toFirstElement(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext() && reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            reader.next();
        }
        if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw new MalformedXmlException("the answer holds no XML element");
        }
    }

    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.toString();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
