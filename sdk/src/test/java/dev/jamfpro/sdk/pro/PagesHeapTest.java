package dev.jamfpro.sdk.pro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.SmallHeapJvm;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code forEachPage} over 100 000 records runs in a heap far smaller than the records need all at
 * once. The client runs in a JVM of its own ({@link HeapProbeMain}) with a fixed small heap and the
 * Serial GC; the server runs here. The probe measures what one record retains, so the claim is
 * checked against a measured size, and the control run shows the same heap cannot hold the records:
 * {@code all()} over them dies of OutOfMemoryError.
 */
class PagesHeapTest {
    private static final long RECORDS = 100_000;
    private static final int PAGE_SIZE = 500;
    private static final int MAX_CONCURRENCY = 5;
    private static final int HEAP_MB = 64;
    /** Characters of padding per record: enough that all records need well over three times the heap. */
    private static final int PADDING = 1500;
    private static PagedServer server;

    @BeforeAll
    static void start() {
        server = new PagedServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void forEachPageOver100000RecordsFitsInASmallHeap() throws Exception {
        server.reset(RECORDS).padding(PADDING).noLog();
        SmallHeapJvm.Result probe = probe("forEachPage");
        assertEquals(0, probe.exit(), probe.output());
        Map<String, Long> f = probe.figures();
        assertEquals(RECORDS, f.get("records"));
        assertEquals(RECORDS / PAGE_SIZE, f.get("pages"));
        assertTrue(f.get("xmxMb") <= HEAP_MB, probe.output());
        assertTrue(f.get("allRecordsMb") >= 3 * HEAP_MB,
                "the records must need at least three times the heap for this to prove anything: " + probe.output());
        assertTrue(server.peakInFlight() <= MAX_CONCURRENCY, "peak in flight " + server.peakInFlight());
        assertEquals(RECORDS / PAGE_SIZE + 2, server.requests(HeapProbeMain.userAgent("forEachPage")),
                "every page once, plus the warm-up and the sample");
        System.out.println("[paging figures] " + probe.line() + " serverPeakInFlight=" + server.peakInFlight()
                + " serverRequests=" + server.requests());
    }

    @Test
    void allOverTheSameRecordsDoesNotFitInThatHeap() throws Exception {
        server.reset(RECORDS).padding(PADDING).noLog();
        SmallHeapJvm.Result probe = probe("all");
        assertEquals(3, probe.exit(), "all() was expected to run out of heap (exit 3): " + probe.output());
        assertTrue(probe.output().contains("OutOfMemoryError"), probe.output());
        System.out.println("[paging figures] control: all() over " + RECORDS + " records in -Xmx" + HEAP_MB
                + "m ended with OutOfMemoryError after " + server.requests() + " requests");
    }

    private static SmallHeapJvm.Result probe(String mode) throws IOException, InterruptedException {
        try {
            return SmallHeapJvm.run(HEAP_MB, HeapProbeMain.class, "HEAP-FIGURES ", mode, Integer.toString(server.port()),
                    Long.toString(RECORDS), Integer.toString(PAGE_SIZE), Integer.toString(MAX_CONCURRENCY));
        } finally {
            server.release();
        }
    }
}
