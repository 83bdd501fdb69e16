package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.api.ComputerInventoryApi;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import dev.jamfpro.sdk.pro.model.ComputerInventorySearchResults;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a JVM of its own with a small heap by {@link PagesHeapTest}: the SDK client alone (the
 * server runs in the test's JVM), so this heap holds only what the client keeps.
 *
 * <p>Arguments: {@code forEachPage|all port records pageSize maxConcurrency}. Prints one line
 * {@code HEAP-FIGURES key=value ...} and exits 0, or exits 1 naming what went wrong; an
 * OutOfMemoryError ends the JVM (run with {@code -XX:+ExitOnOutOfMemoryError}).
 *
 * <p>Measured, not estimated: {@code bytesPerRecord} is the retained heap of a 2000-record page
 * held after full collections (Serial GC), divided by 2000; {@code maxLiveMb} is the heap in use
 * right after full collections taken during the run (every 10 pages), above the baseline measured
 * before it.
 */
public final class HeapProbeMain {
    private static final int SAMPLE = 2000;

    private HeapProbeMain() {
    }

    @SuppressWarnings("deprecation")
    /** The User-Agent of the probe's client in {@code mode}, so the server counts its requests apart. */
    static String userAgent(String mode) {
        return "heap-probe/" + mode;
    }

    public static void main(String[] args) {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        long records = Long.parseLong(args[2]);
        int pageSize = Integer.parseInt(args[3]);
        int maxConcurrency = Integer.parseInt(args[4]);
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().server("localhost").port(port)
                .credentials(new ApiClientCredentialsProvider(PagedServer.CLIENT_ID, PagedServer.CLIENT_SECRET))
                .sessionConfig(SessionConfig.builder().scheme("http").maxConcurrency(maxConcurrency).maxRetries(0)
                        .userAgent(userAgent(mode)).build())
                .build()) {
            ComputerInventoryApi api = client.proApi();
            api.getComputersInventoryV1(null, 0, 1, null, null).join(); // token, classes, connections
            long baseline = usedAfterFullGc();

            ComputerInventorySearchResults sample = api.getComputersInventoryV1(null, 0, SAMPLE, null, null).join();
            long withSample = usedAfterFullGc();
            if (sample.getResults().size() != SAMPLE) {
                fail("sample page has " + sample.getResults().size() + " records");
            }
            Reference.reachabilityFence(sample);
            long bytesPerRecord = (withSample - baseline) / SAMPLE;
            sample = null;
            baseline = usedAfterFullGc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

            PageQuery query = PageQuery.builder().pageSize(pageSize).build();
            AtomicLong next = new AtomicLong(1);
            AtomicLong pages = new AtomicLong();
            AtomicLong maxLive = new AtomicLong();
            long started = System.nanoTime();
            if (mode.equals("forEachPage")) {
                long base = baseline;
                api.getComputersInventoryV1Pages(null, query).forEachPage(page -> {
                    for (ComputerInventory record : page.results()) {
                        long id = Long.parseLong(record.getId());
                        if (id != next.get()) {
                            fail("record " + id + " where " + next.get() + " was due");
                        }
                        next.incrementAndGet();
                    }
                    if (pages.incrementAndGet() % 10 == 0) {
                        maxLive.accumulateAndGet(usedAfterFullGc() - base, Math::max);
                    }
                }).join();
            } else {
                List<ComputerInventory> all = api.getComputersInventoryV1Pages(null, query).all().join();
                next.addAndGet(all.size());
                pages.set((all.size() + pageSize - 1) / pageSize);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (next.get() - 1 != records) {
                fail((next.get() - 1) + " records where " + records + " were due");
            }
            long peakUsed = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            long mb = 1024 * 1024;
            System.out.printf("HEAP-FIGURES mode=%s records=%d pages=%d pageSize=%d maxConcurrency=%d xmxMb=%d"
                            + " bytesPerRecord=%d allRecordsMb=%d baselineMb=%d maxLiveMb=%d peakUsedMb=%d millis=%d%n",
                    mode, records, pages.get(), pageSize, maxConcurrency, Runtime.getRuntime().maxMemory() / mb,
                    bytesPerRecord, bytesPerRecord * records / mb, baseline / mb, maxLive.get() / mb, peakUsed / mb, millis);
        }
        System.exit(0);
    }

    private static long usedAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc(); // a full, stop-the-world collection with the Serial GC the test runs us with
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void fail(String why) {
        System.out.println("HEAP-PROBE-FAILED " + why);
        System.out.flush();
        Runtime.getRuntime().halt(1);
    }
}
