package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Adaptive concurrency over real HTTP, against a server whose answers slow down when more than
 * {@link #CAPACITY} requests are in flight (as a Jamf Cloud node under parallel load): the client backs
 * off below {@code maxConcurrency}, and goes back up to it once the server is fast again. Against a fast
 * server it reaches {@code maxConcurrency}; with the setting off it keeps 5 in flight whatever the latency.
 */
class AdaptiveConcurrencyTest {
    private static final int CAPACITY = 2;
    private static final int FAST_MS = 15;
    private static final int SLOW_MS = 150;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    /** Requests that arrived with more than {@link #CAPACITY} in flight (and were slow). */
    private final AtomicInteger overloaded = new AtomicInteger();
    private volatile boolean slowsDown = true;
    private RawHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer((RawHttpServer.Handler) request -> {
            if (!request.path().startsWith("/api/v1/buildings/")) {
                return null;
            }
            int now = inFlight.incrementAndGet();
            peak.accumulateAndGet(now, Math::max);
            served.incrementAndGet();
            boolean slow = slowsDown && now > CAPACITY;
            if (slow) {
                overloaded.incrementAndGet();
            }
            try {
                Thread.sleep(slow ? SLOW_MS : FAST_MS); // the server's work, not the test waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            return RawHttpServer.Answer.json(200, "{\"id\":\"1\",\"name\":\"HQ\"}");
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private AsyncJamfProClient client(boolean adaptive) {
        return Stubs.client(server.port(), SessionConfig.builder().maxConcurrency(5).adaptiveConcurrency(adaptive),
                new ApiClientCredentialsProvider("id", "secret")).build();
    }

    private void reads(AsyncJamfProClient client, int count) {
        List<Integer> ids = IntStream.range(0, count).boxed().toList();
        client.concurrentApiRequests(id -> client.proApiRequest("GET", "v1/buildings/" + id, null, null), ids)
                .all().join();
    }

    /**
     * Batches of reads until the client's limit is 5 and the server saw 5 in flight; false after ten batches
     * (a loaded machine can stretch a few answers, so this does not count on one batch).
     */
    private boolean readsUntilFive(AsyncJamfProClient client) {
        for (int batch = 0; batch < 10; batch++) {
            resetCounts();
            reads(client, 40);
            if (client.concurrencyLimit() == 5 && peak.get() == 5) {
                return true;
            }
        }
        return false;
    }

    private void resetCounts() {
        peak.set(0);
        served.set(0);
        overloaded.set(0);
    }

    @Test
    void againstASlowingServerTheClientBacksOffAndRecoversWhenItIsFastAgain() {
        try (AsyncJamfProClient client = client(true)) {
            reads(client, 80);
            int slowShare = 100 * overloaded.get() / served.get();
            assertTrue(client.concurrencyLimit() < 5, "limit " + client.concurrencyLimit());
            assertTrue(slowShare < 50, slowShare + " % of requests found the server overloaded");

            slowsDown = false;
            assertTrue(readsUntilFive(client), "recovered to 5, limit " + client.concurrencyLimit());
            System.out.printf("[adaptive] slowing server: %d %% of requests overloaded it; fast again: limit %d%n",
                    slowShare, client.concurrencyLimit());
        }
    }

    @Test
    void withTheSettingOffTheClientKeepsFiveInFlightWhateverTheLatency() {
        try (AsyncJamfProClient client = client(false)) {
            reads(client, 40);
            assertEquals(5, client.concurrencyLimit());
            assertEquals(5, peak.get());
            assertTrue(100 * overloaded.get() / served.get() > 80, overloaded + " of " + served);
        }
    }

    @Test
    void againstAFastServerAnAdaptiveClientReachesMaxConcurrency() {
        slowsDown = false;
        try (AsyncJamfProClient client = client(true)) {
            assertTrue(readsUntilFive(client), "limit " + client.concurrencyLimit());
        }
    }

    @Test
    void theLimitIsAlwaysHonouredWhileItMoves() {
        try (AsyncJamfProClient client = client(true)) {
            List<CompletableFuture<JamfResponse>> calls = IntStream.range(0, 30)
                    .mapToObj(i -> client.proApiRequest("GET", "v1/buildings/" + i, null, null)).toList();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            assertTrue(client.peakInFlightRequests() <= 5);
            assertEquals(0, client.inFlightRequests());
        }
    }
}
