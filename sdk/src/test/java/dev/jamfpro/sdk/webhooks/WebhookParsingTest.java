package dev.jamfpro.sdk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payloads as Jamf sends them, newer Jamf versions, and bodies that are not webhooks. */
class WebhookParsingTest {
    /** The shape of the sample in Jamf's developer guide (JSON keys in alphabetical order, as Jamf sends them). */
    private static final String PUSH_CAPABILITY_JSON = """
            {
                "event": {
                    "alternateMacAddress": "72:00:01:DD:A0:B9",
                    "building": "Block D",
                    "department": "Information Technology",
                    "deviceName": "Oscar's MacBook Pro",
                    "emailAddress": "oscar.nguyen@example.com",
                    "ipAddress": "10.1.2.3",
                    "jssID": 13,
                    "macAddress": "60:03:08:A3:64:9D",
                    "model": "MacBook Pro (14-inch, M3 Pro, Nov 2023)",
                    "osBuild": "24B83",
                    "osVersion": "15.1",
                    "phone": "555-472-9829",
                    "position": "Desktop Services Specialist",
                    "realName": "Oscar Nguyen",
                    "reportedIpAddress": "192.168.1.20",
                    "room": "487",
                    "serialNumber": "C02M23PJFH50",
                    "udid": "EBBFF74D-C6B7-5599-93A9-19E8BDDEFE32",
                    "userDirectoryID": "-1",
                    "username": "oscar.nguyen"
                },
                "webhook": {
                    "eventTimestamp": 1553550275590,
                    "id": 7,
                    "name": "Webhook Documentation",
                    "webhookEvent": "ComputerPushCapabilityChanged"
                }
            }""";

    /** The same event in Jamf's XML form (its own field order, indented). */
    private static final String PUSH_CAPABILITY_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <JSSEvent>
                <webhook>
                    <id>7</id>
                    <name>Webhook Documentation</name>
                    <webhookEvent>ComputerPushCapabilityChanged</webhookEvent>
                    <eventTimestamp>1553550275590</eventTimestamp>
                </webhook>
                <event>
                    <udid>EBBFF74D-C6B7-5599-93A9-19E8BDDEFE32</udid>
                    <deviceName>Oscar's MacBook Pro</deviceName>
                    <model>MacBook Pro (14-inch, M3 Pro, Nov 2023)</model>
                    <macAddress>60:03:08:A3:64:9D</macAddress>
                    <alternateMacAddress>72:00:01:DD:A0:B9</alternateMacAddress>
                    <serialNumber>C02M23PJFH50</serialNumber>
                    <osVersion>15.1</osVersion>
                    <osBuild>24B83</osBuild>
                    <userDirectoryID>-1</userDirectoryID>
                    <username>oscar.nguyen</username>
                    <realName>Oscar Nguyen</realName>
                    <emailAddress>oscar.nguyen@example.com</emailAddress>
                    <phone>555-472-9829</phone>
                    <position>Desktop Services Specialist</position>
                    <department>Information Technology</department>
                    <building>Block D</building>
                    <room>487</room>
                    <ipAddress>10.1.2.3</ipAddress>
                    <reportedIpAddress>192.168.1.20</reportedIpAddress>
                    <jssID>13</jssID>
                </event>
            </JSSEvent>
            """;

    @Test
    void jamfsJsonSampleReadsTyped() {
        ComputerPushCapabilityChanged event = assertInstanceOf(ComputerPushCapabilityChanged.class,
                WebhookEvent.fromJson(PUSH_CAPABILITY_JSON));
        assertEquals(7, event.webhook().id().getAsInt());
        assertEquals("Webhook Documentation", event.webhook().name().orElseThrow());
        assertEquals(Instant.parse("2019-03-25T21:44:35.590Z"), event.webhook().eventTimestamp().orElseThrow());
        WebhookComputer computer = event.computer();
        assertEquals(13, computer.jssId().getAsInt());
        assertEquals("Oscar's MacBook Pro", computer.deviceName().orElseThrow());
        assertEquals("C02M23PJFH50", computer.serialNumber().orElseThrow());
        assertEquals("-1", computer.userDirectoryId().orElseThrow());
        assertEquals("192.168.1.20", computer.reportedIpAddress().orElseThrow());
        assertEquals(Optional.empty(), computer.managementId(), "older versions do not send it");
        assertEquals(Map.of(), event.otherFields());
    }

    @Test
    void jamfsXmlFormReadsToTheSameEvent() {
        WebhookEvent xml = WebhookEvent.fromXml(PUSH_CAPABILITY_XML);
        assertEquals(WebhookEvent.fromJson(PUSH_CAPABILITY_JSON), xml, "indentation and field order do not matter");
        assertEquals(13, ((ComputerPushCapabilityChanged) xml).computer().jssId().getAsInt());
    }

    @Test
    void unknownEventsReadAsGenericEventsWithTheirRawBody() {
        String json = "{\"webhook\":{\"id\":3,\"name\":\"Future\",\"webhookEvent\":\"ComputerTeleported\","
                + "\"eventTimestamp\":1793611800000},\"event\":{\"jssID\":5,\"destination\":{\"planet\":\"Mars\"}}}";
        UnknownWebhookEvent unknown = assertInstanceOf(UnknownWebhookEvent.class, WebhookEvent.fromJson(json));
        assertEquals("ComputerTeleported", unknown.eventName());
        assertEquals(json, unknown.rawBody());
        assertEquals(WebhookFormat.JSON, unknown.format());
        assertEquals(Set.of("jssID", "destination"), unknown.otherFields().keySet());
        assertEquals("Mars", unknown.otherFields().get("destination").getAsJsonObject().get("planet").getAsString());
        assertEquals(JsonParser.parseString(json), JsonParser.parseString(unknown.toJson()), "written back whole");

        String xml = "<JSSEvent><webhook><id>3</id><webhookEvent>ComputerTeleported</webhookEvent></webhook>"
                + "<event><jssID>5</jssID><destination><planet>Mars</planet></destination></event></JSSEvent>";
        UnknownWebhookEvent fromXml = assertInstanceOf(UnknownWebhookEvent.class, WebhookEvent.fromXml(xml));
        assertEquals(xml, fromXml.rawBody());
        assertEquals(WebhookFormat.XML, fromXml.format());
        assertEquals("Mars", fromXml.eventField("destination").orElseThrow().getAsJsonObject().get("planet").getAsString());
        assertEquals(fromXml, WebhookEvent.fromXml(fromXml.toXml()));
        assertEquals(3, fromXml.webhook().id().getAsInt());
    }

    @Test
    void unknownFieldsSurviveAtEveryLevelAndInBothForms() {
        FakeWebhooks fakes = FakeWebhooks.seeded(11);
        JsonObject tree = JsonParser.parseString(fakes.computerCheckIn().build().toJson()).getAsJsonObject();
        tree.addProperty("deliveryAttempt", 2);                                             // beside webhook and event
        tree.getAsJsonObject("webhook").addProperty("tenant", "eu-central");                // in webhook
        tree.getAsJsonObject("event").addProperty("checkInDuration", 1.25);                 // in event
        tree.getAsJsonObject("event").getAsJsonObject("computer").add("declarativeStatus",  // in the nested computer
                JsonParser.parseString("{\"channel\":\"device\",\"ok\":true}"));

        ComputerCheckIn read = (ComputerCheckIn) WebhookEvent.fromJson(tree.toString());
        assertEquals("eu-central", read.webhook().otherFields().get("tenant").getAsString());
        assertEquals(1.25, read.otherFields().get("checkInDuration").getAsDouble());
        assertEquals(Set.of("checkInDuration"), read.otherFields().keySet());
        WebhookComputer computer = read.computer().orElseThrow();
        assertEquals(Set.of("declarativeStatus"), computer.otherFields().keySet());
        assertTrue(computer.raw("declarativeStatus").orElseThrow().getAsJsonObject().get("ok").getAsBoolean());
        assertEquals(tree, JsonParser.parseString(read.toJson()), "every unknown field is written back in JSON");

        ComputerCheckIn viaXml = (ComputerCheckIn) WebhookEvent.fromXml(read.toXml());
        assertEquals("2", JsonParser.parseString(viaXml.toJson()).getAsJsonObject().get("deliveryAttempt").getAsString());
        assertEquals("eu-central", viaXml.webhook().otherFields().get("tenant").getAsString());
        assertEquals("1.25", viaXml.otherFields().get("checkInDuration").getAsString(), "XML carries text");
        assertEquals("device", viaXml.computer().orElseThrow().otherFields().get("declarativeStatus").getAsJsonObject()
                .get("channel").getAsString());
        assertEquals(read.computer().orElseThrow().serialNumber(), viaXml.computer().orElseThrow().serialNumber());
        assertEquals(viaXml, WebhookEvent.fromXml(viaXml.toXml()), "and XML read back is stable");
    }

    @Test
    void copiesHandedOutCannotChangeTheEvent() {
        ComputerCheckIn checkIn = FakeWebhooks.seeded(2).computerCheckIn()
                .eventField("extra", JsonParser.parseString("{\"a\":1}")).build();
        String before = checkIn.toJson();
        checkIn.otherFields().get("extra").getAsJsonObject().addProperty("a", 2);
        checkIn.eventField("extra").orElseThrow().getAsJsonObject().addProperty("b", 3);
        assertThrows(UnsupportedOperationException.class, () -> checkIn.otherFields().clear());
        SmartGroupComputerMembershipChange change = FakeWebhooks.seeded(2).smartGroupComputerMembershipChange().build();
        assertThrows(UnsupportedOperationException.class, () -> change.groupAddedDevicesIds().clear());
        assertEquals(before, checkIn.toJson());
    }

    @Test
    void xmlListsReadInEveryFormJamfCouldUse() {
        String head = "<JSSEvent><webhook><webhookEvent>SmartGroupComputerMembershipChange</webhookEvent></webhook><event>"
                + "<name>Ada's Macs</name><jssid>4</jssid><smartGroup>true</smartGroup><computer>true</computer>";
        String repeated = head + "<groupAddedDevicesIds>1</groupAddedDevicesIds><groupAddedDevicesIds>2</groupAddedDevicesIds>"
                + "<groupAddedDevices><jssID>1</jssID><deviceName>A</deviceName></groupAddedDevices>"
                + "<groupAddedDevices><jssID>2</jssID><deviceName>B</deviceName></groupAddedDevices>"
                + "<groupRemovedDevicesIds>3</groupRemovedDevicesIds><groupRemovedDevices/></event></JSSEvent>";
        String wrapped = head + "<groupAddedDevicesIds><id>1</id><id>2</id></groupAddedDevicesIds>"
                + "<groupAddedDevices><computer><jssID>1</jssID><deviceName>A</deviceName></computer>"
                + "<computer><jssID>2</jssID><deviceName>B</deviceName></computer></groupAddedDevices>"
                + "<groupRemovedDevicesIds><id>3</id></groupRemovedDevicesIds></event></JSSEvent>";
        for (String xml : List.of(repeated, wrapped)) {
            SmartGroupComputerMembershipChange change = (SmartGroupComputerMembershipChange) WebhookEvent.fromXml(xml);
            assertEquals("Ada's Macs", change.groupName().orElseThrow());
            assertEquals(4, change.groupId().getAsInt());
            assertEquals(Optional.of(true), change.computerGroup());
            assertEquals(List.of(1, 2), change.groupAddedDevicesIds(), xml);
            assertEquals(List.of("A", "B"), change.groupAddedDevices().stream()
                    .map(d -> d.deviceName().orElseThrow()).toList(), xml);
            assertEquals(List.of(3), change.groupRemovedDevicesIds());
            assertEquals(List.of(), change.groupRemovedDevices());
        }
        assertEquals(WebhookEvent.fromXml(repeated).toJson().replace(",\"groupRemovedDevices\":[]", ""),
                WebhookEvent.fromXml(wrapped).toJson(), "both forms read to the same lists");
    }

    @Test
    void emptyXmlElementsReadAsAbsentValues() {
        String xml = "<JSSEvent><webhook><id/><webhookEvent>ComputerPolicyFinished</webhookEvent><eventTimestamp></eventTimestamp>"
                + "</webhook><event><computer/><policyId> </policyId><successful/></event></JSSEvent>";
        ComputerPolicyFinished finished = (ComputerPolicyFinished) WebhookEvent.fromXml(xml);
        assertEquals(OptionalInt.empty(), finished.webhook().id());
        assertEquals(Optional.empty(), finished.webhook().eventTimestamp());
        assertEquals(OptionalInt.empty(), finished.policyId());
        assertEquals(Optional.empty(), finished.successful());
        assertEquals(Map.of(), finished.computer().orElseThrow().otherFields(), "<computer/> is an empty record");
    }

    @Test
    void aValueOfTheWrongKindKeepsTheEventReadableAndFailsOnlyItsAccessorClearly() {
        String json = "{\"webhook\":{\"webhookEvent\":\"ComputerPolicyFinished\",\"eventTimestamp\":\"soon\"},"
                + "\"event\":{\"policyId\":\"abc\",\"successful\":\"yes\",\"computer\":{\"jssID\":12.5,\"deviceName\":\"Mac\"}}}";
        ComputerPolicyFinished event = (ComputerPolicyFinished) WebhookEvent.fromJson(json);
        InvalidWebhookException policy = assertThrows(InvalidWebhookException.class, event::policyId);
        assertEquals("event.policyId is \"abc\", not a whole number (the value as sent: raw(\"policyId\"))",
                policy.getMessage());
        assertTrue(assertThrows(InvalidWebhookException.class, event::successful).getMessage().contains("\"yes\""));
        assertTrue(assertThrows(InvalidWebhookException.class, () -> event.webhook().eventTimestamp()).getMessage()
                .startsWith("webhook.eventTimestamp is \"soon\""));
        WebhookComputer computer = event.computer().orElseThrow();
        assertTrue(assertThrows(InvalidWebhookException.class, computer::jssId).getMessage()
                .startsWith("event.computer.jssID is 12.5"));
        assertEquals("Mac", computer.deviceName().orElseThrow());
        assertEquals(new JsonPrimitive("abc"), event.eventField("policyId").orElseThrow());
        assertEquals(JsonParser.parseString(json), JsonParser.parseString(event.toJson()), "nothing was changed or lost");
    }

    @Test
    void numbersAndBooleansMaySendAsTextAndStillRead() {
        String json = "{\"webhook\":{\"id\":\"9\",\"webhookEvent\":\"RestAPIOperation\",\"eventTimestamp\":\"1793611800000\"},"
                + "\"event\":{\"objectID\":\"77\",\"operationSuccessful\":\"TRUE\",\"restAPIOperationType\":\"PUT\"}}";
        RestApiOperation operation = (RestApiOperation) WebhookEvent.fromJson(json);
        assertEquals(9, operation.webhook().id().getAsInt());
        assertEquals(FakeWebhooks.REFERENCE, operation.webhook().eventTimestamp().orElseThrow());
        assertEquals(77, operation.objectId().getAsInt());
        assertEquals(Optional.of(true), operation.operationSuccessful());
        assertEquals(RestApiOperation.builder().webhookId(9).eventTimestamp(FakeWebhooks.REFERENCE).objectId(77)
                .operationSuccessful(true).restApiOperationType("PUT").build(), operation);
    }

    @Test
    void textWithXmlSpecialCharactersSurvivesBothForms() {
        String name = "O'Brien & <Sons> \"Mac\" \u00e9\u00e8 \u2603 \ud83c\udf4f";
        ComputerAdded added = FakeWebhooks.seeded(1).computerAdded()
                .computer(FakeWebhooks.seeded(2).computer().deviceName(name).room("").build()).build();
        assertTrue(added.toXml().contains("O'Brien &amp; &lt;Sons&gt;"), added.toXml());
        for (WebhookEvent read : List.of(WebhookEvent.fromXml(added.toXml()), WebhookEvent.fromJson(added.toJson()))) {
            assertEquals(name, ((ComputerAdded) read).computer().deviceName().orElseThrow());
            assertEquals(Optional.of(""), ((ComputerAdded) read).computer().room());
        }
    }

    @Test
    void bodiesThatAreNotWebhooksFailWithAMessageNamingTheProblem() {
        Map<String, String> json = Map.of(
                "{\"webhook\":", "not valid JSON",
                "{\"webhook\":{\"webhookEvent\":\"ComputerAdded\"}} trailing", "not valid JSON",
                "{'webhook':{'webhookEvent':'ComputerAdded'}}", "not valid JSON",
                "[1,2]", "the JSON is an array, not an object",
                "{\"event\":{}}", "no \"webhook\" object",
                "{\"webhook\":{\"id\":1}}", "webhook.webhookEvent is missing",
                "{\"webhook\":{\"webhookEvent\":\"\"}}", "webhook.webhookEvent is \"\"",
                "{\"webhook\":{\"webhookEvent\":\"ComputerAdded\"},\"event\":[1]}", "ComputerAdded: \"event\" is [1], not an object");
        json.forEach((body, message) -> {
            InvalidWebhookException e = assertThrows(InvalidWebhookException.class, () -> WebhookEvent.fromJson(body), body);
            assertTrue(e.getMessage().contains(message), body + " -> " + e.getMessage());
        });
        Map<String, String> xml = Map.of(
                "<JSSEvent><webhook>", "not well-formed XML",
                "<JSSEvent>text only</JSSEvent>", "holds only text",
                "<JSSEvent><event/></JSSEvent>", "no \"webhook\" object",
                "<JSSEvent><webhook><webhookEvent>X</webhookEvent></webhook></JSSEvent><extra/>", "not well-formed XML");
        xml.forEach((body, message) -> {
            InvalidWebhookException e = assertThrows(InvalidWebhookException.class, () -> WebhookEvent.fromXml(body), body);
            assertTrue(e.getMessage().contains(message), body + " -> " + e.getMessage());
        });
        assertTrue(assertThrows(InvalidWebhookException.class, () -> WebhookEvent.parse("hello".getBytes(), null))
                .getMessage().contains("neither JSON nor XML (it starts with 'h')"));
        assertTrue(assertThrows(InvalidWebhookException.class, () -> WebhookEvent.parse(" \n".getBytes(), null))
                .getMessage().contains("empty"));
        byte[] latin1 = "{\"webhook\":{\"webhookEvent\":\"Caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(InvalidWebhookException.class, () -> WebhookEvent.parse(latin1, "application/json"))
                .getMessage().contains("not valid UTF-8"));
        assertEquals("Caf\u00e9", WebhookEvent.parse(latin1, "application/json; charset=ISO-8859-1").eventName());
    }

    @Test
    void xmlWithADtdOrEntitiesIsRefusedBeforeAnythingIsRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE JSSEvent [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<JSSEvent><webhook><webhookEvent>X</webhookEvent><name>&x;</name></webhook></JSSEvent>";
        InvalidWebhookException e = assertThrows(InvalidWebhookException.class, () -> WebhookEvent.fromXml(xxe));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<JSSEvent><webhook><webhookEvent>&b;</webhookEvent></webhook></JSSEvent>";
        assertThrows(InvalidWebhookException.class, () -> WebhookEvent.fromXml(laughs));
        String undeclared = "<JSSEvent><webhook><webhookEvent>&nbsp;</webhookEvent></webhook></JSSEvent>";
        assertThrows(InvalidWebhookException.class, () -> WebhookEvent.fromXml(undeclared));
        String deep = "<JSSEvent><webhook><webhookEvent>X</webhookEvent></webhook><event>" + "<a>".repeat(100)
                + "</a>".repeat(100) + "</event></JSSEvent>";
        assertTrue(assertThrows(InvalidWebhookException.class, () -> WebhookEvent.fromXml(deep)).getMessage()
                .contains("deeper than 64"));
    }

    @Test
    void buildersCheckTheirArguments() {
        assertThrows(NullPointerException.class, () -> ComputerCheckIn.builder().trigger(null));
        assertThrows(NullPointerException.class, () -> WebhookComputer.builder().deviceName(null));
        assertThrows(IllegalArgumentException.class, () -> UnknownWebhookEvent.builder("ComputerAdded"));
        assertThrows(IllegalArgumentException.class, () -> UnknownWebhookEvent.builder(" "));
        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
                () -> SmartGroupComputerMembershipChange.builder().members(List.of(WebhookComputer.builder().build()), List.of()));
        assertTrue(noId.getMessage().contains("jssID"));
        UnknownWebhookEvent built = UnknownWebhookEvent.builder("ComputerTeleported").webhookId(4)
                .eventField("planet", new JsonPrimitive("Mars")).build();
        assertEquals(built, WebhookEvent.fromJson(built.toJson()));
        assertEquals(built.toJson(), built.rawBody());
        assertThrows(IllegalArgumentException.class, () -> ComputerAdded.builder()
                .eventField("not an xml name", new JsonPrimitive(1)).build().toXml());
    }

    @Test
    void eventTypesAreKnownByTheirExactJamfNames() {
        assertEquals(23, WebhookEventType.values().length);
        assertEquals(Optional.of(WebhookEventType.DEVICE_ADDED_TO_DEP), WebhookEventType.of("DeviceAddedToDEP"));
        assertEquals(Optional.of(WebhookEventType.REST_API_OPERATION), WebhookEventType.of("RestAPIOperation"));
        assertEquals(Optional.empty(), WebhookEventType.of("computeradded"));
        assertEquals(Optional.of(WebhookFormat.JSON), WebhookFormat.ofContentType("Application/JSON; charset=utf-8"));
        assertEquals(Optional.of(WebhookFormat.XML), WebhookFormat.ofContentType("application/xml"));
        assertEquals(Optional.empty(), WebhookFormat.ofContentType("text/plain"));
    }
}
