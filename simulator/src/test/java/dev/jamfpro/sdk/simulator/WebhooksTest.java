package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The simulator posts Jamf Pro's webhooks, in Jamf's shapes and in order, when its state changes. */
class WebhooksTest {
    private static final Instant START = Instant.parse("2026-11-02T09:30:00Z");

    private record Received(String contentType, String authorization, String secretHeader, String body) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ManualClock clock = new ManualClock(START);
    private HttpServer receiver;
    private JamfProSimulator jamf;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            try (exchange) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("X-Jamf-Secret"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        receiver.start();
        jamf = JamfProSimulator.builder().computers(20).clock(clock).start();
    }

    @AfterEach
    void stop() {
        jamf.close();
        receiver.stop(0);
    }

    private String url() {
        return "http://localhost:" + receiver.getAddress().getPort() + "/hooks";
    }

    private Received next() throws InterruptedException {
        Received r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no webhook arrived within 10 s");
        }
        return r;
    }

    @Test
    void addingThenCheckingInPostsComputerAddedThenComputerCheckInInJson() throws Exception {
        int webhookId = jamf.webhooks().register(SimulatedWebhook.builder(url())
                .events("ComputerAdded", "ComputerCheckIn").name("Inventory sync")
                .basicAuthentication("jamf", "s3cret").build());

        SimulatedComputer added = jamf.addComputer(ComputerSeed.named("Ada's MacBook Pro"));
        clock.advance(Duration.ofMinutes(15));
        SimulatedComputer checkedIn = jamf.checkIn(added.id());

        assertEquals(21, added.id(), "the next id after the seeded 20");
        assertEquals(START.plus(Duration.ofMinutes(15)), checkedIn.lastContactTime());
        assertEquals(checkedIn, jamf.computer(added.id()).orElseThrow());

        Received first = next();
        assertEquals("application/json; charset=UTF-8", first.contentType());
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("jamf:s3cret".getBytes(StandardCharsets.UTF_8)),
                first.authorization());
        JsonObject addedJson = JsonParser.parseString(first.body()).getAsJsonObject();
        JsonObject webhook = addedJson.getAsJsonObject("webhook");
        assertEquals(webhookId, webhook.get("id").getAsInt());
        assertEquals("Inventory sync", webhook.get("name").getAsString());
        assertEquals("ComputerAdded", webhook.get("webhookEvent").getAsString());
        assertEquals(START.toEpochMilli(), webhook.get("eventTimestamp").getAsLong());
        assertComputerRecord(added, addedJson.getAsJsonObject("event"));

        Received second = next();
        JsonObject checkInJson = JsonParser.parseString(second.body()).getAsJsonObject();
        assertEquals("ComputerCheckIn", checkInJson.getAsJsonObject("webhook").get("webhookEvent").getAsString());
        assertEquals(START.plus(Duration.ofMinutes(15)).toEpochMilli(),
                checkInJson.getAsJsonObject("webhook").get("eventTimestamp").getAsLong());
        JsonObject event = checkInJson.getAsJsonObject("event");
        assertEquals(Set.of("computer", "trigger", "username"), event.keySet());
        assertEquals("CLIENT_CHECKIN", event.get("trigger").getAsString());
        assertComputerRecord(checkedIn, event.getAsJsonObject("computer"));

        assertTrue(jamf.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        List<WebhookDelivery> deliveries = jamf.webhooks().deliveries();
        assertEquals(List.of("ComputerAdded", "ComputerCheckIn"), deliveries.stream().map(WebhookDelivery::eventName).toList());
        assertTrue(deliveries.stream().allMatch(WebhookDelivery::delivered), deliveries.toString());
    }

    private static void assertComputerRecord(SimulatedComputer c, JsonObject record) {
        assertEquals(Set.of("udid", "deviceName", "model", "macAddress", "alternateMacAddress", "serialNumber",
                "osVersion", "osBuild", "userDirectoryID", "username", "realName", "emailAddress", "phone", "position",
                "department", "building", "room", "ipAddress", "reportedIpAddress", "jssID", "managementId"),
                record.keySet(), "Jamf's computer record, every field present");
        assertEquals(c.id(), record.get("jssID").getAsInt());
        assertEquals(c.name(), record.get("deviceName").getAsString());
        assertEquals(c.serialNumber(), record.get("serialNumber").getAsString());
        assertEquals(c.udid(), record.get("udid").getAsString());
        assertEquals(c.model(), record.get("model").getAsString());
        assertEquals(c.osVersion(), record.get("osVersion").getAsString());
        assertEquals(c.lastReportedIp(), record.get("reportedIpAddress").getAsString());
    }

    @Test
    void xmlWebhooksCarryTheSameNamesUnderJssEventWithTheHeaderAuthentication() throws Exception {
        jamf.webhooks().register(SimulatedWebhook.builder(url()).events("ComputerAdded").xml()
                .headerAuthentication("X-Jamf-Secret", "shared-value").build());

        SimulatedComputer added = jamf.addComputer(ComputerSeed.named("O'Brien & <Sons> Mac"));

        Received r = next();
        assertEquals("text/xml; charset=UTF-8", r.contentType());
        assertEquals("shared-value", r.secretHeader());
        assertNull(r.authorization());
        assertTrue(r.body().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><JSSEvent><webhook>"), r.body());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("JSSEvent", root.getTagName());
        assertEquals("ComputerAdded", text(root, "webhook", "webhookEvent"));
        assertEquals(String.valueOf(START.toEpochMilli()), text(root, "webhook", "eventTimestamp"));
        assertEquals(String.valueOf(added.id()), text(root, "event", "jssID"));
        assertEquals("O'Brien & <Sons> Mac", text(root, "event", "deviceName"));
        assertEquals(added.serialNumber(), text(root, "event", "serialNumber"));
    }

    private static String text(Element root, String parent, String child) {
        Element p = (Element) root.getElementsByTagName(parent).item(0);
        return p.getElementsByTagName(child).item(0).getTextContent();
    }

    @Test
    void smartGroupMembershipChangesFollowTheEventThatCausedThem() throws Exception {
        int group = jamf.addSmartComputerGroup("Ada's Macs", c -> c.name().startsWith("Ada"));
        assertEquals(Set.of(), jamf.smartComputerGroupMembers(group));
        jamf.webhooks().register(url(), "ComputerAdded", "SmartGroupComputerMembershipChange");

        SimulatedComputer ada = jamf.addComputer(ComputerSeed.named("Ada's iMac"));
        jamf.addComputer(ComputerSeed.named("Grace's iMac")); // not a member: ComputerAdded only

        JsonObject added = JsonParser.parseString(next().body()).getAsJsonObject();
        assertEquals("ComputerAdded", added.getAsJsonObject("webhook").get("webhookEvent").getAsString());
        JsonObject change = JsonParser.parseString(next().body()).getAsJsonObject();
        assertEquals("SmartGroupComputerMembershipChange", change.getAsJsonObject("webhook").get("webhookEvent").getAsString());
        JsonObject event = change.getAsJsonObject("event");
        assertEquals("Ada's Macs", event.get("name").getAsString());
        assertEquals(group, event.get("jssid").getAsInt());
        assertTrue(event.get("smartGroup").getAsBoolean());
        assertTrue(event.get("computer").getAsBoolean());
        assertEquals(List.of(ada.id()), ints(event.getAsJsonArray("groupAddedDevicesIds")));
        assertEquals(ada.id(), event.getAsJsonArray("groupAddedDevices").get(0).getAsJsonObject().get("jssID").getAsInt());
        assertEquals(List.of(), ints(event.getAsJsonArray("groupRemovedDevicesIds")));
        JsonObject grace = JsonParser.parseString(next().body()).getAsJsonObject();
        assertEquals("Grace's iMac", grace.getAsJsonObject("event").get("deviceName").getAsString());
        assertEquals(Set.of(ada.id()), jamf.smartComputerGroupMembers(group));

        // a Classic DELETE takes Ada's iMac out of the group: the simulator's HTTP API changes state too
        TestHttp http = new TestHttp(jamf);
        assertEquals(200, http.delete("/JSSResource/computers/id/" + ada.id(), http.oauthToken()).statusCode());
        JsonObject removed = JsonParser.parseString(next().body()).getAsJsonObject().getAsJsonObject("event");
        assertEquals(List.of(ada.id()), ints(removed.getAsJsonArray("groupRemovedDevicesIds")));
        assertEquals(List.of(), ints(removed.getAsJsonArray("groupAddedDevicesIds")));
        assertEquals(Set.of(), jamf.smartComputerGroupMembers(group));
    }

    @Test
    void theProAndClassicApisChangeTheFleetThroughTheSameHookAsTheTestApi() throws Exception {
        int group = jamf.addSmartComputerGroup("Ada's Macs", c -> c.name().startsWith("Ada"));
        jamf.webhooks().register(url(), "ComputerAdded", "SmartGroupComputerMembershipChange");
        List<FleetEvent> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        jamf.addFleetListener(told::add);
        TestHttp http = new TestHttp(jamf);
        String token = http.oauthToken();

        // Pro POST: a new computer, in the group from the start
        java.net.http.HttpResponse<String> created = http.send(java.net.http.HttpRequest.newBuilder(
                        http.uri("/api/v3/computers-inventory")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"general\": {\"name\": \"Ada's Mac Pro\"}}"))
                .build());
        assertEquals(201, created.statusCode(), created.body());
        int id = TestHttp.json(created).get("id").getAsInt();
        assertEquals("ComputerAdded " + id, summary(next()));
        assertEquals("SmartGroupComputerMembershipChange +[" + id + "] -[]", summary(next()));

        // Pro PATCH renames it out of the group, a Classic PUT back in
        java.net.http.HttpResponse<String> patched = http.send(java.net.http.HttpRequest.newBuilder(
                        http.uri("/api/v3/computers-inventory-detail/" + id)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"general\": {\"name\": \"Grace's Mac Pro\"}}"))
                .build());
        assertTrue(patched.statusCode() / 100 == 2, patched.statusCode() + " " + patched.body());
        assertEquals("SmartGroupComputerMembershipChange +[] -[" + id + "]", summary(next()));
        assertEquals(Set.of(), jamf.smartComputerGroupMembers(group));
        assertEquals(201, http.put("/JSSResource/computers/id/" + id, token, "application/xml",
                "<computer><general><name>Ada's Mac Pro again</name></general></computer>").statusCode());
        assertEquals("SmartGroupComputerMembershipChange +[" + id + "] -[]", summary(next()));
        assertEquals(Set.of(id), jamf.smartComputerGroupMembers(group));

        // a Classic create is a ComputerAdded too
        java.net.http.HttpResponse<String> classic = http.send(java.net.http.HttpRequest.newBuilder(
                        http.uri("/JSSResource/computers/id/0")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "<computer><general><name>Lab Mac</name></general></computer>")).build());
        assertEquals(201, classic.statusCode(), classic.body());
        int labId = jamf.computers().get(jamf.computers().size() - 1).id();
        assertEquals("ComputerAdded " + labId, summary(next()));

        assertEquals(List.of(FleetEvent.Type.COMPUTER_ADDED, FleetEvent.Type.COMPUTER_CHANGED,
                FleetEvent.Type.COMPUTER_CHANGED, FleetEvent.Type.COMPUTER_ADDED),
                told.stream().map(FleetEvent::type).toList(), "a listener of the test hears the same changes");
        assertTrue(jamf.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        assertTrue(received.isEmpty(), "nothing else was posted: " + received);
    }

    @Test
    void aDeleteMultipleNamesTheTypeOfTheRecordsItDeletes() throws Exception {
        jamf.webhooks().register(url(), "RestAPIOperation");
        TestHttp http = new TestHttp(jamf);
        String token = http.oauthToken();
        java.net.http.HttpResponse<String> deleted = http.post("/api/v1/departments/delete-multiple", token,
                "application/json", "{\"ids\": [\"1\", \"2\"]}");
        assertTrue(deleted.statusCode() / 100 == 2, deleted.statusCode() + " " + deleted.body());
        JsonObject event = JsonParser.parseString(next().body()).getAsJsonObject().getAsJsonObject("event");
        assertEquals("Department", event.get("objectTypeName").getAsString(), event.toString());
        assertEquals("POST", event.get("restAPIOperationType").getAsString());
        assertEquals(0, event.get("objectID").getAsInt(), "no one object: the ids are many");
    }

    @Test
    void aWebhookRegisteredWhileADeleteIsUnderWayGetsNoEventOfItRatherThanOneWithoutItsName() throws Exception {
        // the registration comes in after the delete began (deterministically: from a fleet listener, which the
        // delete tells of the computer it removed): the delete did not read the name of what it was removing
        java.util.concurrent.atomic.AtomicBoolean registered = new java.util.concurrent.atomic.AtomicBoolean();
        jamf.addFleetListener(event -> {
            if (event.type() == FleetEvent.Type.COMPUTER_DELETED && registered.compareAndSet(false, true)) {
                jamf.webhooks().register(url(), "RestAPIOperation");
            }
        });
        TestHttp http = new TestHttp(jamf);
        String token = http.oauthToken();
        int id = jamf.computers().get(0).id();
        assertEquals(200, http.delete("/JSSResource/computers/id/" + id, token).statusCode());
        assertTrue(registered.get());
        assertEquals(201, http.post("/api/v1/departments", token, "application/json",
                "{\"name\": \"Registered Before\"}").statusCode());

        JsonObject event = JsonParser.parseString(next().body()).getAsJsonObject().getAsJsonObject("event");
        assertEquals("POST", event.get("restAPIOperationType").getAsString(), "no event of the delete: " + event);
        assertEquals("Registered Before", event.get("objectName").getAsString());
        assertTrue(jamf.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        assertTrue(received.isEmpty(), "nothing else was posted: " + received);
    }

    /** {@code ComputerAdded 21}, or {@code SmartGroupComputerMembershipChange +[21] -[]}. */
    private static String summary(Received received) {
        JsonObject payload = JsonParser.parseString(received.body()).getAsJsonObject();
        String name = payload.getAsJsonObject("webhook").get("webhookEvent").getAsString();
        JsonObject event = payload.getAsJsonObject("event");
        return name.equals("ComputerAdded") ? name + " " + event.get("jssID").getAsInt()
                : name + " +" + ints(event.getAsJsonArray("groupAddedDevicesIds"))
                + " -" + ints(event.getAsJsonArray("groupRemovedDevicesIds"));
    }

    @Test
    void changesFromManyThreadsArriveInTheOrderTheFleetMadeThem() throws Exception {
        jamf.webhooks().register(url(), "ComputerCheckIn");
        List<Integer> fleetOrder = new java.util.concurrent.CopyOnWriteArrayList<>();
        jamf.addFleetListener(e -> fleetOrder.add(e.computer().id()));
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t * 5 + 1;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    jamf.checkIn(first + i % 5);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Integer> arrived = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            arrived.add(JsonParser.parseString(next().body()).getAsJsonObject().getAsJsonObject("event")
                    .getAsJsonObject("computer").get("jssID").getAsInt());
        }
        assertEquals(fleetOrder, arrived, "posted in the order the listeners were told");
    }

    private static List<Integer> ints(JsonArray array) {
        List<Integer> ints = new ArrayList<>();
        array.forEach(e -> ints.add(e.getAsInt()));
        return ints;
    }

    @Test
    void manyChangesArriveInTheOrderTheyHappened() throws Exception {
        jamf.webhooks().register(url(), "ComputerAdded", "ComputerCheckIn");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            SimulatedComputer c = jamf.addComputer(ComputerSeed.named("Mac " + i));
            expected.add("ComputerAdded " + c.id());
            jamf.checkIn(i + 1);
            expected.add("ComputerCheckIn " + (i + 1));
        }
        List<String> arrived = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonObject payload = JsonParser.parseString(next().body()).getAsJsonObject();
            JsonObject event = payload.getAsJsonObject("event");
            int id = (event.has("computer") ? event.getAsJsonObject("computer") : event).get("jssID").getAsInt();
            arrived.add(payload.getAsJsonObject("webhook").get("webhookEvent").getAsString() + " " + id);
        }
        assertEquals(expected, arrived);
    }

    @Test
    void onlyRegisteredEventsArePostedAndAnUnreachableReceiverIsRecordedNotThrown() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        jamf.webhooks().register("http://localhost:" + port + "/nobody", "ComputerAdded");
        jamf.webhooks().register(url(), "ComputerCheckIn");

        jamf.addComputer(ComputerSeed.named("Lonely Mac"));
        jamf.checkIn(3);

        assertTrue(jamf.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        List<WebhookDelivery> deliveries = jamf.webhooks().deliveries();
        assertEquals(2, deliveries.size(), deliveries.toString());
        assertFalse(deliveries.get(0).delivered());
        assertTrue(deliveries.get(0).failure().isPresent(), deliveries.get(0).toString());
        assertTrue(deliveries.get(0).statusCode().isEmpty());
        assertEquals(200, deliveries.get(1).statusCode().orElseThrow());
        assertEquals("ComputerCheckIn", JsonParser.parseString(next().body()).getAsJsonObject()
                .getAsJsonObject("webhook").get("webhookEvent").getAsString());
        assertTrue(received.isEmpty(), "ComputerAdded went only to its own registration");
    }

    @Test
    void badRegistrationsAndCheckInsFailClearly() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SimulatedWebhook.builder(url()).events("ComputerCheckedIn"));
        assertTrue(unknown.getMessage().contains("ComputerCheckedIn"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatedWebhook.builder(url()).build());
        assertThrows(IllegalArgumentException.class, () -> SimulatedWebhook.builder("ftp://example.com/x"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> jamf.checkIn(999));
        assertTrue(missing.getMessage().contains("999"), missing.getMessage());
        assertEquals(23, SimulatedWebhook.JAMF_EVENTS.size());
        assertFalse(SimulatedWebhook.builder(url()).events("ComputerAdded").basicAuthentication("u", "p").build()
                .toString().contains("dTpw"), "the credentials are not in toString");
    }
}
