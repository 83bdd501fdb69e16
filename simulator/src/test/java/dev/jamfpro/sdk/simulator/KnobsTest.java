package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KnobsTest {

    /** Waits for a condition the server reaches on its own (not for time to pass); fails after 10 s. */
    private static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void latencyHoldsEveryAnswerAndCountsInFlight() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(10).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            sim.setLatency(Duration.ofMillis(400));
            sim.resetStats();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < 6; i++) {
                calls.add(http.getAsync("/api/v1/jamf-pro-version", token));
            }
            await(() -> sim.stats().inFlight() == 6, "6 requests in flight at the server");
            calls.forEach(c -> assertEquals(200, c.join().statusCode()));
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertTrue(elapsedMillis >= 400, "answers wait for the latency: " + elapsedMillis + " ms");
            await(() -> sim.stats().inFlight() == 0, "in-flight back to 0 once answers are written");
            SimulatorStats stats = sim.stats();
            assertEquals(6, stats.peakInFlight());
            assertEquals(6, stats.totalRequests());
            assertEquals(6, stats.requests("/api/v1/jamf-pro-version"));
        }
    }

    @Test
    void faultRateOneFaultsEveryApiCallButNeverTokenCalls() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(10).faultRate(1.0).faults(Fault.HTTP_503)
                .start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            for (int i = 0; i < 5; i++) {
                assertEquals(503, http.get("/api/v1/computers-inventory", token).statusCode());
            }
            assertEquals(503, http.get("/JSSResource/computers", token).statusCode());
            assertEquals(6, sim.stats().faultsInjected());
            assertEquals(1, sim.stats().tokenRequests());
            sim.setFaultRate(0);
            assertEquals(200, http.get("/api/v1/computers-inventory", token).statusCode());
        }
    }

    @Test
    void faultRateIsAShare() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(10).faultRate(0.3).faults(Fault.HTTP_503)
                .seed(5).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            int faults = 0;
            for (int i = 0; i < 400; i++) {
                if (http.get("/api/v1/jamf-pro-version", token).statusCode() == 503) {
                    faults++;
                }
            }
            assertEquals(faults, sim.stats().faultsInjected());
            assertTrue(faults > 80 && faults < 160, "about 30% of 400: " + faults);
        }
    }

    @Test
    void connectionResetAnswersNothing() throws Exception {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(10).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            sim.failNext(1, Fault.CONNECTION_RESET);
            // a raw socket: HTTP clients retry a reset GET on their own, which would hide the fault
            try (java.net.Socket socket = new java.net.Socket("localhost", sim.port())) {
                socket.getOutputStream().write(("GET /api/v1/jamf-pro-version HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                java.io.IOException reset = assertThrows(java.io.IOException.class, () -> {
                    int read = socket.getInputStream().read();
                    if (read < 0) {
                        throw new AssertionError("a FIN, not a reset");
                    }
                    throw new AssertionError("an answer, not a reset");
                });
                assertTrue(reset.getMessage().toLowerCase().contains("reset"), reset.getMessage());
            }
            assertEquals(200, http.get("/api/v1/jamf-pro-version", token).statusCode());
            RecordedRequest faulted = sim.recordedRequests().stream().filter(r -> r.fault() != null).findFirst()
                    .orElseThrow();
            assertEquals(Fault.CONNECTION_RESET, faulted.fault());
            assertEquals(0, faulted.status());
            assertEquals(1, sim.stats().faultsInjected());
        }
    }

    @Test
    void aimedFaultsHitOnlyMatchingRequests() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(300).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            sim.failNext(2, Fault.HTTP_503,
                    RequestMatcher.pathAndParameter("/api/v1/computers-inventory", "page", "1"));
            assertEquals(200, http.get("/api/v1/computers-inventory?page=0", token).statusCode());
            assertEquals(503, http.get("/api/v1/computers-inventory?page=1", token).statusCode());
            assertEquals(200, http.get("/api/v1/computers-inventory?page=2", token).statusCode());
            assertEquals(503, http.get("/api/v1/computers-inventory?page=1", token).statusCode());
            assertEquals(200, http.get("/api/v1/computers-inventory?page=1", token).statusCode());
            List<RecordedRequest> log = sim.recordedRequests();
            assertEquals("1", log.get(log.size() - 1).queryParameter("page"));
            assertEquals(2, log.stream().filter(r -> r.status() == 503).count());
        }
    }

    @Test
    void statsCountPathsAndReset() {
        try (JamfProSimulator sim = JamfProSimulator.builder().computers(10).start()) {
            TestHttp http = new TestHttp(sim);
            String token = http.oauthToken();
            http.get("/JSSResource/computers/id/1", token);
            http.get("/JSSResource/computers/id/1", token);
            http.get("/api/v1/computers-inventory?page=0&page-size=5&filter=id%3E%3D2", token);
            SimulatorStats stats = sim.stats();
            assertEquals(4, stats.totalRequests());
            assertEquals(1, stats.tokenRequests());
            assertEquals(2, stats.requests("/JSSResource/computers/id/1"));
            assertEquals(2, stats.requestsUnder("/JSSResource/"));
            assertEquals(1, stats.requests("/api/v1/oauth/token"));
            RecordedRequest last = sim.recordedRequests().get(3);
            assertEquals("id>=2", last.queryParameter("filter"));
            assertEquals("5", last.queryParameter("page-size"));
            assertTrue(stats.connectionsAccepted() >= 1);
            // The peak restarts from what is in flight at the reset: wait until the last answer is counted out
            // (the server counts it out before it flushes, but does not promise that for every answer size).
            await(() -> sim.stats().inFlight() == 0, "the last answer counted out");
            sim.resetStats();
            assertEquals(0, sim.stats().totalRequests());
            assertEquals(0, sim.stats().peakInFlight());
            assertTrue(sim.recordedRequests().isEmpty());
        }
    }

    @Test
    void sameSeedSameFleetAndRealisticValues() {
        try (JamfProSimulator a = JamfProSimulator.builder().computers(500).seed(9).start();
             JamfProSimulator b = JamfProSimulator.builder().computers(500).seed(9).start();
             JamfProSimulator c = JamfProSimulator.builder().computers(500).seed(10).start()) {
            assertEquals(a.computers(), b.computers());
            assertNotEquals(a.computers(), c.computers());
            assertEquals("Oscar's MacBook Air", a.computer(1).orElseThrow().name());
            assertEquals("Chip's MacBook Pro", a.computer(2).orElseThrow().name());
            Pattern udid = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
            Set<String> serials = new HashSet<>();
            for (SimulatedComputer computer : a.computers()) {
                assertTrue(udid.matcher(computer.udid()).matches(), computer.udid());
                assertTrue(computer.serialNumber().length() == 10 || computer.serialNumber().startsWith("C02"));
                assertTrue(serials.add(computer.serialNumber()), "serials are unique");
                assertTrue(computer.osName().equals("macOS") && computer.osVersion().matches("\\d+\\.\\d+(\\.\\d+)?"));
            }
            assertTrue(a.computers().stream().filter(x -> x.name().matches("\\p{L}[\\p{L}-]*'s (MacBook Air|MacBook Pro|iMac|Mac mini|Mac Studio)")).count() > 400);
        }
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> JamfProSimulator.builder().computers(-1));
        assertThrows(IllegalArgumentException.class, () -> JamfProSimulator.builder().faultRate(1.5));
        assertThrows(IllegalArgumentException.class, () -> JamfProSimulator.builder().latency(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> JamfProSimulator.builder().maxPageSize(0));
        assertThrows(IllegalArgumentException.class, () -> JamfProSimulator.builder().faults());
        assertThrows(IllegalArgumentException.class, () -> JamfProSimulator.builder().tokenLifetime(Duration.ZERO));
    }

    @Test
    void fixedPortAndClose() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        JamfProSimulator sim = JamfProSimulator.builder().computers(1).port(port).start();
        assertEquals(port, sim.port());
        assertEquals("http://localhost:" + port, sim.baseUrl());
        sim.close();
        sim.close();
        TestHttp http = new TestHttp(sim);
        assertThrows(UncheckedIOException.class, () -> http.get("/api/v1/jamf-pro-version", "x"));
    }
}
