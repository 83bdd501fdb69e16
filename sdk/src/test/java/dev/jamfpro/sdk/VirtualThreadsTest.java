package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/**
 * 1,000 virtual threads calling one synchronous client at {@code maxConcurrency} 5: the server sees at
 * most 5 requests in flight, and exactly 5 at the peak although the JVM runs this test with ONE carrier
 * thread ({@code -Djdk.virtualThreadScheduler.parallelism=1}, see the {@code virtual-threads} surefire
 * execution): a waiting call that pinned its carrier would leave no carrier for the others, and the
 * peak would be 1. JFR's {@code jdk.VirtualThreadPinned} events are counted too (none allowed), over the
 * same calls made again once the classes they use are loaded: a virtual thread that needs a class another
 * one is loading waits for it pinned inside the JVM's class loading, whatever the client does, so a first,
 * unrecorded round of the same calls takes that out of the count.
 *
 * <p>Needs Java 21 or later: the build runs it on the JDK named by {@code -DvirtualThreads.jvm}
 * (by default the Temurin 25 of this kind of machine when the build itself runs on Java 17).
 */
class VirtualThreadsTest {
    private static final int CALLS = 1000;
    private static final int MAX_CONCURRENCY = 5;

    @Test
    void aThousandVirtualThreadsSeeAtMostMaxConcurrencyInFlight() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21 or later; this JVM is "
                + Runtime.version() + " (set -DvirtualThreads.jvm=/path/to/jdk21+/bin/java)");
        Path jfr = Files.createTempFile("virtual-threads", ".jfr");
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(200).latency(Duration.ofMillis(5)).start();
             JamfProClient client = JamfProClient.builder().server(jamf.host()).port(jamf.port())
                     .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                     .sessionConfig(SessionConfig.builder().scheme("http").maxConcurrency(MAX_CONCURRENCY).build())
                     .build();
             Recording recording = new Recording()) {
            for (Future<String> warmUp : callOnVirtualThreads(client, 4 * MAX_CONCURRENCY)) {
                warmUp.get();
            }
            Await.until("the warm-up's answers are counted out", () -> jamf.stats().inFlight() == 0);
            jamf.resetStats();
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();
            long start = System.nanoTime();
            List<Future<String>> results = callOnVirtualThreads(client, CALLS);
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            for (int i = 0; i < CALLS; i++) {
                int id = 1 + i % 200;
                assertEquals(id % 2 == 0 ? "11.30.1-t1762214160" : jamf.computer(id).orElseThrow().name(), results.get(i).get());
            }
            recording.stop();
            recording.dump(jfr);
            List<RecordedEvent> pinned = RecordingFile.readAllEvents(jfr);
            int peak = jamf.stats().peakInFlight();
            System.out.printf("VirtualThreadsTest: %d synchronous calls on %d virtual threads, carrier parallelism %s,"
                    + " Java %s: peak %d requests in flight at the server (maxConcurrency %d), %d ms, %d pinned events%n",
                    CALLS, CALLS, System.getProperty("jdk.virtualThreadScheduler.parallelism", "default"),
                    Runtime.version(), peak, MAX_CONCURRENCY, millis, pinned.size());
            assertTrue(peak <= MAX_CONCURRENCY, "at most maxConcurrency in flight: " + peak);
            assertEquals(MAX_CONCURRENCY, peak, "waiting virtual threads release their carrier, so the limit is reached");
            assertEquals(List.of(), pinned.stream().map(e -> e.getStackTrace() == null ? e.toString()
                    : e.getStackTrace().getFrames().toString()).toList(), "virtual threads pinned while waiting");
        } finally {
            Files.deleteIfExists(jfr);
        }
    }

    /** {@code calls} calls, each on a virtual thread of its own, alternately Pro and Classic; returns once all have. */
    private static List<Future<String>> callOnVirtualThreads(JamfProClient client, int calls) throws Exception {
        List<Future<String>> results = new ArrayList<>();
        ExecutorService threads = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        try {
            for (int i = 0; i < calls; i++) {
                int id = 1 + i % 200;
                results.add(threads.submit(() -> id % 2 == 0
                        ? client.proApi().getJamfProVersionV1().getVersion()
                        : client.classicApi().getComputerById(id).getGeneral().getName()));
            }
        } finally {
            threads.shutdown();
            assertTrue(threads.awaitTermination(2, TimeUnit.MINUTES), "every call returned");
        }
        return results;
    }
}
