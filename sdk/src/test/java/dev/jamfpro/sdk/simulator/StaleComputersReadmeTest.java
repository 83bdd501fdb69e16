package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.query.FilterField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's example of testing your own code against the simulated Jamf Pro (kept word for word there). */
class StaleComputersReadmeTest {
    /** The code under test: computers that have not checked in for 30 days, from the current inventory (v4). */
    static List<String> staleComputers(AsyncJamfProClient client, Instant now) {
        return client.proApi()
                .getComputersInventoryV4Pages(List.of("GENERAL"), PageQuery.builder()
                        .filter(FilterField.of("general.lastContact").lt(now.minus(Duration.ofDays(30))))
                        .build())
                .all().join()
                .stream().map(c -> c.getGeneral().getName()).toList();
    }

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-02T09:30:00Z"));
    private JamfProSimulator jamf;
    private AsyncJamfProClient client;

    @BeforeEach
    void start() {
        jamf = JamfProSimulator.builder().computers(0).clock(clock).start();    // an empty fleet, our clock
        client = AsyncJamfProClient.builder().server(jamf.host()).port(jamf.port()).clock(clock)
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        jamf.close();
    }

    @Test
    void findsTheComputersThatStoppedCheckingIn() {
        jamf.addComputer(ComputerSeed.named("Lab Mac 1").lastContactTime(clock.instant().minus(Duration.ofDays(2))));
        SimulatedComputer lab2 = jamf.addComputer(ComputerSeed.named("Lab Mac 2")
                .lastContactTime(clock.instant().minus(Duration.ofDays(45))));

        assertEquals(List.of("Lab Mac 2"), staleComputers(client, clock.instant()));
        RecordedRequest sent = jamf.recordedRequests().stream()
                .filter(r -> r.path().equals("/api/v4/computers-inventory")).findFirst().orElseThrow();
        assertEquals("general.lastContact<2026-10-03T09:30:00Z", sent.queryParameter("filter"));

        jamf.checkIn(lab2.id());               // it checks in now, by the test's clock
        clock.advance(Duration.ofHours(1));    // the 20-minute token expires: the client gets a new one
        assertEquals(List.of(), staleComputers(client, clock.instant()));
    }

    @Test
    void aServerErrorReachesTheCaller() {
        jamf.stub(RequestMatcher.pathStartsWith("/api/v4/computers-inventory"),
                StubAnswer.json(500, "{\"httpStatus\": 500, \"errors\": []}"));
        CompletionException failure = assertThrows(CompletionException.class,
                () -> staleComputers(client, clock.instant()));
        assertEquals(500, assertInstanceOf(JamfProApiException.class, failure.getCause()).statusCode());
    }

    @Test
    void classicRecordsCanBeSeededToo() {
        int id = jamf.classicStore("policies").add(
                "<policy><general><name>Install Zoom</name><enabled>true</enabled></general></policy>");
        assertEquals(id, client.classicApi().getPolicyByName("Install Zoom").join().getGeneral().getId());
    }
}
