package dev.jamfpro.sdk.classic;

import static dev.jamfpro.sdk.classic.ClassicXmlAssert.assertSameXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.classic.model.ClassicComputerGroup;
import dev.jamfpro.sdk.classic.model.ClassicPolicy;
import dev.jamfpro.sdk.classic.model.ClassicReference;
import dev.jamfpro.sdk.classic.model.ClassicScope;
import dev.jamfpro.sdk.classic.model.ClassicScript;
import dev.jamfpro.sdk.internal.xml.ClassicXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** What the models write: only what is set, empty lists as empty elements, unknown content unchanged. */
class ClassicModelsTest {
    private static final ClassicXml XML = ClassicApi.xml();

    private static <T> T read(String xml, Class<T> type) {
        return XML.read(xml.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void aNewModelWritesNothingButItsRoot() {
        assertSameXml("<policy/>", XML.write(new ClassicPolicy()));
        ClassicComputerGroup group = new ClassicComputerGroup();
        assertNull(group.getComputers(), "lists are null until set");
        assertNull(group.getCriteria());
        assertNull(group.getIsSmart(), "no primitives: unset booleans are null");
    }

    @Test
    void onlyTheFieldsSetAreWritten() {
        ClassicPolicy policy = new ClassicPolicy();
        policy.setGeneral(new ClassicPolicy.General());
        policy.getGeneral().setEnabled(false);
        assertSameXml("<policy><general><enabled>false</enabled></general></policy>", XML.write(policy));
    }

    @Test
    void anEmptyListIsWrittenAsAnEmptyElementSoItClears() {
        ClassicScope scope = new ClassicScope();
        scope.setComputerGroups(new ClassicScope.ComputerGroups());
        assertSameXml("<scope><computer_groups/></scope>", XML.write(scope, "scope"));

        ClassicPolicy read = read("<policy><scope><computers/></scope></policy>", ClassicPolicy.class);
        assertNotNull(read.getScope().getComputers(), "an empty element read is kept");
        assertTrue(read.getScope().getComputers().getItems().isEmpty());
        assertSameXml("<policy><scope><computers/></scope></policy>", XML.write(read));
    }

    @Test
    void listItemsAreLiveAndSizeIsKeptAsSent() {
        ClassicComputerGroup group = read("<computer_group><computers><size>1</size><computer><id>1</id></computer>"
                + "</computers></computer_group>", ClassicComputerGroup.class);
        group.getComputers().getItems().add(new ClassicComputerGroup.Computer(2, "Mac"));
        assertEquals(1, group.getComputers().getSize());
        assertSameXml("<computer_group><computers><size>1</size><computer><id>1</id></computer><computer><id>2</id>"
                + "<name>Mac</name></computer></computers></computer_group>", XML.write(group));
    }

    @Test
    void unknownElementsAndAttributesAreKeptAtEveryLevel() {
        String xml = "<policy version=\"2\"><general since=\"9.23\"><name>P</name><new_flag>true</new_flag>"
                + "<category><id>1</id><colour>red</colour></category></general>"
                + "<scope><computer_groups><computer_group><id>5</id><smart>true</smart></computer_group>"
                + "<paging>none</paging></computer_groups></scope><reboot><minutes_until_reboot>5</minutes_until_reboot>"
                + "</reboot></policy>";
        ClassicPolicy policy = read(xml, ClassicPolicy.class);
        assertEquals(Map.of(new QName("version"), "2"), policy.getOtherAttributes());
        assertEquals("9.23", policy.getGeneral().getOtherAttributes().get(new QName("since")));
        assertEquals("true", policy.getGeneral().getOtherElement("new_flag").getTextContent());
        ClassicReference category = policy.getGeneral().getCategory();
        assertEquals("red", category.getOtherElement("colour").getTextContent());
        ClassicScope.ComputerGroups groups = policy.getScope().getComputerGroups();
        assertEquals("none", groups.getOtherElement("paging").getTextContent());
        assertEquals(List.of(5), groups.getItems().stream().map(ClassicReference::getId).toList());
        assertNotNull(policy.getOtherElement("reboot"));
        assertSameXml(xml, XML.write(policy));
    }

    @Test
    void carriageReturnsSurviveTheRoundTrip() {
        ClassicScript script = read("<script><script_contents>line 1&#13;\nline 2</script_contents></script>",
                ClassicScript.class);
        assertEquals("line 1\r\nline 2", script.getScriptContents());
        String written = XML.write(script);
        assertTrue(written.contains("line 1&#13;\nline 2"), written);
        assertEquals("line 1\r\nline 2", read(written, ClassicScript.class).getScriptContents());
    }

    @Test
    void otherElementsCanBeReplaced() {
        ClassicPolicy policy = read("<policy><reboot><a>1</a></reboot></policy>", ClassicPolicy.class);
        policy.setOtherElements(List.of());
        assertSameXml("<policy/>", XML.write(policy));
    }
}
