package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.model.Building;
import dev.jamfpro.sdk.simulator.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eventual consistency (Jamf Cloud's nodes sync about once a minute): with {@code readAfterWriteWindow} set,
 * a GET that answers 404 moments after this client wrote the same record is read again after a backoff,
 * bounded by the window; without it, and for any other record, a 404 is final at once. Over real HTTP; the
 * clock is a {@link ManualClock} and the backoff is recorded (and the clock moved by it), never slept.
 */
class ReadAfterWriteTest {
    private static final Duration WINDOW = Duration.ofSeconds(60);

    /** Per path: how many more GETs answer 404 before the record "arrives" on the node that answers. */
    private final Map<String, Integer> missing = new ConcurrentHashMap<>();
    private RawHttpServer server;
    private final ManualClock clock = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final RecordingScheduler scheduler = new RecordingScheduler().beforeEachRetry(clock::advance);

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer((RawHttpServer.Handler) request -> {
            String path = request.path();
            switch (request.method()) {
                case "POST" -> {
                    if (path.equals("/api/v1/buildings")) {
                        return RawHttpServer.Answer.json(201, "{\"id\":\"7\",\"href\":\"/api/v1/buildings/7\"}");
                    }
                    if (path.equals("/JSSResource/computers/id/0")) {
                        return RawHttpServer.Answer.typed(201, "application/xml", "<computer><id>9</id></computer>");
                    }
                }
                case "PUT" -> {
                    return RawHttpServer.Answer.json(200, "{\"id\":\"8\",\"name\":\"Annex\"}");
                }
                case "DELETE" -> {
                    return RawHttpServer.Answer.of("HTTP/1.1 204 X\r\nContent-Length: 0\r\n\r\n");
                }
                case "GET" -> {
                    int left = missing.getOrDefault(path, 0);
                    if (left != 0) {
                        missing.put(path, left - 1); // a negative count: missing for ever
                        return path.startsWith("/JSSResource/")
                                ? RawHttpServer.Answer.typed(404, "text/html", "<html><body><p>Error: Not Found</p></body></html>")
                                : RawHttpServer.Answer.json(404, "{\"httpStatus\":404,\"errors\":[{\"code\":\"NOT_FOUND\"}]}");
                    }
                    if (path.startsWith("/JSSResource/")) {
                        return RawHttpServer.Answer.typed(200, "application/xml", "<computer><general><id>9</id></general></computer>");
                    }
                    return RawHttpServer.Answer.json(200, "{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1)
                            + "\",\"name\":\"HQ\"}");
                }
                default -> {
                    return null;
                }
            }
            return null;
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private AsyncJamfProClient client(Duration window) {
        return Stubs.client(server.port(), SessionConfig.builder().readAfterWriteWindow(window),
                new ApiClientCredentialsProvider("id", "secret")).clock(clock).delayScheduler(scheduler).build();
    }

    private int gets(String path) {
        return server.count("GET", path);
    }

    @Test
    void aReadRightAfterACreateThatAnswers404IsReadAgainUntilTheRecordArrives() {
        missing.put("/api/v1/buildings/7", 2);
        try (AsyncJamfProClient client = client(WINDOW)) {
            String id = client.proApi().postBuildingsV1(new Building().name("HQ")).join().getId();
            Building read = client.proApi().getBuildingsByIdV1(id).join();
            assertEquals("7", read.getId());
        }
        assertEquals(3, gets("/api/v1/buildings/7"), "404, 404, 200");
        assertEquals(2, scheduler.delays.size());
        assertTrue(scheduler.delays.stream().allMatch(d -> d.toMillis() >= 250 && d.toMillis() <= 1000),
                "backoff from retryBaseDelay (500 ms, jittered, doubling): " + scheduler.delays);
    }

    @Test
    void withoutTheWindowA404IsFinalAtOnce() {
        missing.put("/api/v1/buildings/7", 2);
        try (AsyncJamfProClient client = client(Duration.ZERO)) {
            client.proApi().postBuildingsV1(new Building().name("HQ")).join();
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApi().getBuildingsByIdV1("7").join());
            assertEquals(404, assertInstanceOf(JamfProApiException.class, failure.getCause()).statusCode());
        }
        assertEquals(1, gets("/api/v1/buildings/7"));
        assertEquals(0, scheduler.delays.size());
    }

    @Test
    void aRecordThisClientDidNotWriteIsNotReadAgain() {
        missing.put("/api/v1/departments/7", 2);
        missing.put("/api/v1/buildings/8", 2);
        try (AsyncJamfProClient client = client(WINDOW)) {
            client.proApi().postBuildingsV1(new Building().name("HQ")).join(); // marks /api/v1/buildings/* only
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("GET", "v1/departments/7", null, null).join());
            assertEquals(404, assertInstanceOf(JamfProApiException.class, failure.getCause()).statusCode());
            client.proApi().deleteBuildingsByIdV1("8").join(); // a delete marks nothing: 404 is its answer
            clock.advance(WINDOW.plusSeconds(1));              // and the create is now out of the window
            assertThrows(CompletionException.class, () -> client.proApi().getBuildingsByIdV1("8").join());
        }
        assertEquals(1, gets("/api/v1/departments/7"));
        assertEquals(1, gets("/api/v1/buildings/8"));
        assertEquals(0, scheduler.delays.size());
    }

    @Test
    void anUpdateMarksItsRecordAndAClassicCreateItsResource() {
        missing.put("/api/v1/buildings/8", 1);
        missing.put("/JSSResource/computers/id/9", 1);
        try (AsyncJamfProClient client = client(WINDOW)) {
            client.proApi().putBuildingsByIdV1("8", new Building().name("Annex")).join();
            assertEquals("8", client.proApi().getBuildingsByIdV1("8").join().getId());
            client.classicApiRequest("POST", "computers/id/0", "<computer><general><name>New</name></general></computer>")
                    .join();
            assertEquals(200, client.classicApiRequest("GET", "computers/id/9", null).join().statusCode());
        }
        assertEquals(2, gets("/api/v1/buildings/8"));
        assertEquals(2, gets("/JSSResource/computers/id/9"));
        assertEquals(2, scheduler.delays.size());
    }

    @Test
    void aRecordThatNeverArrivesIsReadAgainOnlyWithinTheWindow() {
        missing.put("/api/v1/buildings/7", -1);
        try (AsyncJamfProClient client = client(WINDOW)) {
            client.proApi().postBuildingsV1(new Building().name("HQ")).join();
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApi().getBuildingsByIdV1("7").join());
            assertEquals(404, assertInstanceOf(JamfProApiException.class, failure.getCause()).statusCode());
        }
        Duration waited = scheduler.delays.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(waited.compareTo(WINDOW) <= 0, "all retries end inside the window: " + scheduler.delays);
        assertTrue(scheduler.delays.size() >= 4, "backoff 0.5 s doubling to 30 s fits several reads: " + scheduler.delays);
        assertEquals(scheduler.delays.size() + 1, gets("/api/v1/buildings/7"));
    }

    @Test
    void theWindowIsCheckedWhenBuilt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SessionConfig.builder().readAfterWriteWindow(Duration.ofSeconds(-1)).build());
        assertTrue(error.getMessage().contains("readAfterWriteWindow"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SessionConfig.builder().readAfterWriteWindow(Duration.ofHours(1)).build());
    }
}
