package dev.jamfpro.sdk.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.examples.DeprecatedOperations;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot app over real HTTP, in front of the simulated Jamf Pro. */
class ComputersApplicationTest {

    private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesComputersFromJamfThroughOneSharedClient() throws Exception {
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(40).seed(9).start()) {
            AsyncJamfProClient client;
            try (ConfigurableApplicationContext app = ComputersApplication.start(jamf.host(), jamf.port(), "http",
                    "sim-client", "sim-secret")) {
                int port = ComputersApplication.port(app);
                client = app.getBean(AsyncJamfProClient.class);
                HttpClient http = HttpClient.newHttpClient();

                HttpResponse<String> list = get(http, port, "/computers");
                assertEquals(200, list.statusCode());
                JsonArray computers = JsonParser.parseString(list.body()).getAsJsonArray();
                List<String> idsAndNames = new ArrayList<>();
                computers.forEach(c -> idsAndNames.add(c.getAsJsonObject().get("id").getAsString() + " "
                        + c.getAsJsonObject().get("name").getAsString()));
                assertEquals(jamf.computers().stream().map(c -> c.id() + " " + c.name()).toList(), idsAndNames);

                HttpResponse<String> second = get(http, port, "/computers/2");
                assertEquals(200, second.statusCode(), second.body());
                JsonObject one = JsonParser.parseString(second.body()).getAsJsonObject();
                SimulatedComputer two = jamf.computer(2).orElseThrow();
                assertEquals("2", one.get("id").getAsString(), second.body());
                assertEquals(two.name(), one.get("name").getAsString(), second.body());
                assertEquals(two.serialNumber(), one.get("serial_number").getAsString(), second.body());
                assertEquals(two.udid(), one.get("udid").getAsString(), second.body());
                assertEquals(two.buildingId(), one.get("building_id").getAsString(), second.body());

                HttpResponse<String> missing = get(http, port, "/computers/999999");
                assertEquals(404, missing.statusCode());
                assertEquals("Computer not found", JsonParser.parseString(missing.body()).getAsJsonObject().get("detail").getAsString());
                DeprecatedOperations.assertNoneCalled(jamf.recordedRequests());   // the v4 inventory, not Classic /computers

                // 20 requests at once: one token for all of them, never more than maxConcurrency at Jamf Pro
                jamf.setLatency(Duration.ofMillis(20));
                jamf.resetStats();
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (int id = 1; id <= 20; id++) {
                    answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/computers/" + id))
                            .build(), HttpResponse.BodyHandlers.ofString()));
                }
                for (CompletableFuture<HttpResponse<String>> answer : answers) {
                    assertEquals(200, answer.join().statusCode());
                }
                assertEquals(0, jamf.stats().tokenRequests(), "the bean's token serves every request");
                DeprecatedOperations.assertNoneCalled(jamf.recordedRequests());
                assertTrue(jamf.stats().peakInFlight() <= 5, "peak " + jamf.stats().peakInFlight());
            }
            AsyncJamfProClient closed = client;
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> closed.getAccessToken().join());
            assertTrue(String.valueOf(e.getMessage()).contains("closed"), "the context closed the client: " + e);
        }
    }
}
