package dev.jamfpro.sdk.internal.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.classic.ClassicApi;
import dev.jamfpro.sdk.classic.model.ClassicCategoriesItem;
import dev.jamfpro.sdk.classic.model.ClassicCategory;
import dev.jamfpro.sdk.classic.model.ClassicComputerGroup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ClassicXml} and {@link SafeXml} without HTTP: strict values, lists, create answers, untrusted XML. */
class ClassicXmlTest {
    private static final ClassicXml XML = ClassicApi.xml();

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<id/>", "<id> 7</id>", "<id>07</id>", "<id>+7</id>", "<id>7.0</id>", "<id>seven</id>",
            "<id>99999999999</id>"})
    void integersThatWouldNotRoundTripFailTheRead(String id) {
        MalformedXmlException error = assertThrows(MalformedXmlException.class,
                () -> XML.read(bytes("<category>" + id + "</category>"), ClassicCategory.class));
        assertTrue(error.getMessage().contains("not an integer"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<is_smart/>", "<is_smart>1</is_smart>", "<is_smart>yes</is_smart>",
            "<is_smart>True</is_smart>", "<is_smart> true</is_smart>"})
    void booleansThatWouldNotRoundTripFailTheRead(String flag) {
        MalformedXmlException error = assertThrows(MalformedXmlException.class,
                () -> XML.read(bytes("<computer_group>" + flag + "</computer_group>"), ClassicComputerGroup.class));
        assertTrue(error.getMessage().contains("not a boolean"), error.getMessage());
    }

    @Test
    void canonicalValuesAreRead() {
        ClassicComputerGroup group = XML.read(bytes("<computer_group><id>-1</id><is_smart>false</is_smart>"
                + "</computer_group>"), ClassicComputerGroup.class);
        assertEquals(-1, group.getId());
        assertEquals(Boolean.FALSE, group.getIsSmart());
    }

    @Test
    void listsKeepOrderAndSkipSize() {
        List<ClassicCategoriesItem> items = XML.readList(bytes("<?xml version=\"1.0\"?><categories><size>3</size>"
                        + "<category><id>12</id><name>b</name></category><category><id>3</id><name>a</name></category>"
                        + "<category><id>5</id><name>c</name></category></categories>"),
                "categories", "category", ClassicCategoriesItem.class);
        assertEquals(List.of(12, 3, 5), items.stream().map(ClassicCategoriesItem::getId).toList());
        assertEquals(List.of(), XML.readList(bytes("<categories><size>0</size></categories>"), "categories", "category",
                ClassicCategoriesItem.class));
    }

    @Test
    void wrongRootIsNamed() {
        MalformedXmlException error = assertThrows(MalformedXmlException.class,
                () -> XML.readList(bytes("<computers><size>0</size></computers>"), "categories", "category",
                        ClassicCategoriesItem.class));
        assertEquals("expected <categories> but the answer's root is <computers>", error.getMessage());
    }

    @Test
    void createdIdIsReadFromAnyRoot() {
        assertEquals(7, XML.readCreatedId(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><computer><id>7</id></computer>")));
        assertEquals(9, XML.readCreatedId(bytes("<policy>\n  <other><id>1</id></other>\n  <id> 9 </id>\n</policy>")));
        assertTrue(assertThrows(MalformedXmlException.class, () -> XML.readCreatedId(bytes("<policy><id>x</id></policy>")))
                .getMessage().contains("not a number"));
        assertTrue(assertThrows(MalformedXmlException.class, () -> XML.readCreatedId(bytes("<policy/>")))
                .getMessage().contains("has no <id>"));
        assertThrows(MalformedXmlException.class, () -> XML.readCreatedId(bytes("")));
    }

    @Test
    void itemsCanBeWrittenUnderAnyElementName() {
        ClassicCategoriesItem item = new ClassicCategoriesItem();
        item.setId(4);
        assertTrue(XML.write(item, "category").endsWith("<category><id>4</id></category>"));
    }

    @Test
    void aDtdIsRefusedBeforeItsEntitiesAreRead(@TempDir Path temp) throws Exception {
        String secret = "SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(temp.resolve("passwd"), secret);
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE category [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>"
                + "<category><name>&xxe;</name></category>";
        for (Runnable read : List.<Runnable>of(
                () -> XML.read(bytes(xml), ClassicCategory.class),
                () -> XML.readList(bytes(xml), "category", "x", ClassicCategoriesItem.class),
                () -> XML.readCreatedId(bytes(xml)))) {
            MalformedXmlException error = assertThrows(MalformedXmlException.class, read::run);
            String trace = trace(error);
            assertTrue(trace.contains("DTD"), trace);
            assertFalse(trace.contains(secret), trace);
        }
    }

    @Test
    void safeReaderStopsAtTheDtdEvent() throws Exception {
        XMLStreamReader reader = SafeXml.reader(bytes("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>"));
        XMLStreamException error = assertThrows(XMLStreamException.class, () -> {
            while (reader.hasNext()) {
                reader.next();
            }
        });
        assertTrue(error.getMessage().contains("DTD"), error.getMessage());
    }

    @Test
    void predefinedAndCharacterEntitiesAreRead() {
        ClassicCategory category = XML.read(bytes("<category><name>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233;"
                + "</name></category>"), ClassicCategory.class);
        assertEquals("a & b <c> \"d\" 'e' é", category.getName());
    }

    private static String trace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
