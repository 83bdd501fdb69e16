package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a test of user code does with the simulator: seed, stub, read what was sent, move time. */
class TestApiTest {
    private static final Instant NOW = Instant.parse("2026-11-02T09:30:00Z");

    @Test
    void seededComputersShowInEveryInventoryVersionAndInClassic() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(0).start()) {
            SimulatedComputer lab = sim.addComputer(ComputerSeed.named("Lab Mac 1").serialNumber("C02LAB0001")
                    .lastContactTime(NOW.minus(Duration.ofDays(40))).building("Warehouse").username("ava"));
            assertEquals(1, lab.id());
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            for (String version : List.of("v1", "v2", "v3", "v4")) {
                JsonObject page = TestHttp.json(http.get("/api/" + version + "/computers-inventory?section=GENERAL"
                        + "&section=USER_AND_LOCATION", token));
                assertEquals(1, page.get("totalCount").getAsInt(), version);
                JsonObject record = page.getAsJsonArray("results").get(0).getAsJsonObject();
                assertEquals("Lab Mac 1", record.getAsJsonObject("general").get("name").getAsString(), version);
                assertEquals("3", record.getAsJsonObject("userAndLocation").get("buildingId").getAsString(), version);
            }
            JsonObject v4 = TestHttp.json(http.get("/api/v4/computers-inventory/1", token)).getAsJsonObject("general");
            assertEquals("2026-09-23T09:30:00.000Z", v4.get("lastContact").getAsString());
            assertFalse(v4.has("lastContactTime"), "v4 shows its own fields only");
            String classic = http.get("/JSSResource/computers/serialnumber/C02LAB0001", token).body();
            assertTrue(classic.contains("<building>Warehouse</building>") && classic.contains("<username>ava</username>"),
                    classic);
            assertThrows(IllegalArgumentException.class, () -> sim.addComputer(ComputerSeed.named("x").building("Moon")));
        }
    }

    @Test
    void v4FilterFindsStaleComputersAndACheckInMovesThemOnTheClock() {
        ManualClock clock = new ManualClock(NOW);
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(0).clock(clock).start()) {
            List<FleetEvent> events = new ArrayList<>();
            sim.addFleetListener(events::add);
            sim.addComputer(ComputerSeed.named("Fresh").lastContactTime(NOW.minus(Duration.ofDays(1))));
            SimulatedComputer stale = sim.addComputer(ComputerSeed.named("Stale").lastContactTime(NOW.minus(
                    Duration.ofDays(45))));
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            String query = "/api/v4/computers-inventory?filter=" + java.net.URLEncoder.encode(
                    "general.lastContact<2026-10-03T09:30:00Z", java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> found = http.get(query, token);
            assertEquals(200, found.statusCode(), found.body());
            JsonArray staleOnes = TestHttp.json(found).getAsJsonArray("results");
            assertEquals(1, staleOnes.size());
            assertEquals("Stale", staleOnes.get(0).getAsJsonObject().getAsJsonObject("general").get("name").getAsString());

            clock.advance(Duration.ofHours(2));
            sim.checkIn(stale.id());
            assertEquals(NOW.plus(Duration.ofHours(2)), sim.computer(stale.id()).orElseThrow().lastContactTime());
            assertEquals(401, http.get(query, token).statusCode(), "two hours on, the 20-minute token has expired");
            token = http.oauthToken();
            assertEquals(0, TestHttp.json(http.get(query, token)).get("totalCount").getAsInt());
            assertEquals(List.of(FleetEvent.Type.COMPUTER_ADDED, FleetEvent.Type.COMPUTER_ADDED,
                    FleetEvent.Type.COMPUTER_CHECKED_IN), events.stream().map(FleetEvent::type).toList());
            assertEquals(NOW.plus(Duration.ofHours(2)), events.get(2).at());

            // the same clock ends tokens: a token 21 minutes old is refused
            clock.advance(Duration.ofMinutes(21));
            assertEquals(401, http.get("/api/v4/computers-inventory", token).statusCode());
        }
    }

    @Test
    void computersAddedThroughTheApisAreTold() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(2).start()) {
            List<FleetEvent> events = new ArrayList<>();
            sim.addFleetListener(events::add);
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            HttpResponse<String> pro = http.send(HttpRequest.newBuilder(http.uri("/api/v4/computers-inventory"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"general\": {\"name\": \"Enrolled via Pro\"}}")).build());
            assertEquals(201, pro.statusCode(), pro.body());
            assertEquals("3", TestHttp.json(pro).get("id").getAsString());
            HttpResponse<String> classic = http.send(HttpRequest.newBuilder(http.uri("/JSSResource/computers/id/0"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<computer><general><name>Enrolled via Classic</name>"
                            + "</general></computer>")).build());
            assertEquals(201, classic.statusCode(), classic.body());
            assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><computer><id>4</id></computer>", classic.body());
            assertEquals(List.of("Enrolled via Pro", "Enrolled via Classic"), events.stream()
                    .filter(e -> e.type() == FleetEvent.Type.COMPUTER_ADDED).map(e -> e.computer().name()).toList());
            assertEquals(4, sim.computers().size());
        }
    }

    @Test
    void stubsAnswerInsteadOfTheSimulationThenGo() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(3).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            Stub error = sim.stub(RequestMatcher.request("GET", "/api/v1/buildings"),
                    StubAnswer.json(500, "{\"httpStatus\":500,\"errors\":[]}").header("Retry-After", "3"), 1);
            HttpResponse<String> stubbed = http.get("/api/v1/buildings", token);
            assertEquals(500, stubbed.statusCode());
            assertEquals("3", stubbed.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(200, http.get("/api/v1/buildings", token).statusCode(), "used up after one answer");
            assertEquals(1, error.hits());

            Stub page = sim.stub(RequestMatcher.pathStartsWith("/JSSResource/policies"),
                    StubAnswer.jamfErrorPage(409, "Error: Duplicate name"));
            HttpResponse<String> conflict = http.get("/JSSResource/policies/id/1", token);
            assertEquals(409, conflict.statusCode());
            assertTrue(conflict.body().contains("<p style=\"font-size:1.2em;font-face:sans-serif;\">Error: Duplicate name</p>"));
            page.remove();
            assertEquals(200, http.get("/JSSResource/policies/id/1", token).statusCode());

            sim.resetStats();
            Stub reset = sim.stub(RequestMatcher.any(), StubAnswer.fault(Fault.CONNECTION_RESET), 3);
            assertThrows(java.io.UncheckedIOException.class, () -> http.get("/api/v1/departments", token));
            assertTrue(reset.hits() >= 1);
            assertEquals(Fault.CONNECTION_RESET, sim.recordedRequests().get(0).fault());
            reset.remove();
            sim.stub(RequestMatcher.path("/api/v1/oauth/token"), StubAnswer.json(503, "{}"));
            assertEquals(503, http.postForm("/api/v1/oauth/token", "grant_type=client_credentials").statusCode(),
                    "stubs reach the authentication endpoints too");
            sim.clearStubs();
            assertEquals(200, http.get("/api/v1/departments", token).statusCode());
        }
    }

    @Test
    void recordedRequestsKeepBodiesAndHideCredentials() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(3).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            http.put("/JSSResource/computers/id/2", token, "application/xml",
                    "<computer><location><room>4.01</room></location></computer>");
            RecordedRequest put = sim.recordedRequests().get(1);
            assertEquals("PUT", put.method());
            assertEquals("<computer><location><room>4.01</room></location></computer>", put.bodyText());
            assertEquals("application/xml", put.header("content-type"));
            assertEquals("Bearer ***", put.header("Authorization"));
            assertFalse(put.headers().toString().contains(token));
            RecordedRequest tokenRequest = sim.recordedRequests().get(0);
            assertTrue(tokenRequest.bodyText().contains("grant_type=client_credentials"));
        }
    }

    @Test
    void proAndClassicStoresAreSeededAndReadBack() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(1).recordsPerCollection(2).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            ProRecords groups = sim.proStore("/api/v2/computer-groups/static-groups");
            assertEquals(2, groups.size());
            String id = groups.add("{\"name\": \"Lab Macs\", \"description\": \"the lab\"}");
            assertEquals("3", id);
            JsonObject read = TestHttp.json(http.get("/api/v2/computer-groups/static-groups/3", token));
            assertEquals("Lab Macs", read.get("name").getAsString());
            JsonObject listed = TestHttp.json(http.get("/api/v2/computer-groups/static-groups?filter=name%3D%3D%22Lab"
                    + "%20Macs%22", token));
            assertEquals(1, listed.get("totalCount").getAsInt());
            assertTrue(groups.remove(id));
            assertEquals(404, http.get("/api/v2/computer-groups/static-groups/3", token).statusCode());
            assertThrows(IllegalArgumentException.class, () -> sim.proStore("/v1/jamf-pro-version"));

            ClassicRecords policies = sim.classicStore("policies");
            int policy = policies.add("<policy><general><name>Install Zoom</name></general><x>kept</x></policy>");
            assertEquals("policies/id/" + policy, policies.readPath(policy));
            String byName = http.get("/JSSResource/policies/name/Install%20Zoom", token).body();
            assertTrue(byName.contains("<x>kept</x>"), byName);
            assertThrows(IllegalArgumentException.class, () -> policies.add("<building/>"));
            assertThrows(IllegalArgumentException.class, () -> sim.classicStore("computers"));
            assertThrows(IllegalArgumentException.class, () -> sim.classicStore("logflush"));
            assertEquals(79, sim.classicResources().size());
        }
    }
}
