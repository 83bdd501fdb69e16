package dev.jamfpro.sdk.examples.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The child JVM of the memory benchmark: reads every computer of a simulator (started by the parent)
 * and reports heap figures on one {@code RESULT} line. Modes: {@code stream} (forEachPage, keep
 * nothing) and {@code all} (all(), keep the list: what the records need at once).
 *
 * <p>Heap is measured two ways: the most heap in use right after any garbage collection (an upper
 * bound of the live set at that moment), from GC notifications; and the most heap in use at all,
 * sampled every 5 ms (live plus garbage not yet collected, bounded by -Xmx).
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        int pageSize = Integer.parseInt(args[2]);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong peakAfterGc = new AtomicLong();
        AtomicLong gcCount = new AtomicLong();
        AtomicLong peakSampled = new AtomicLong();
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().server("localhost").port(port)
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").maxConcurrency(5).build()).build()) {
            // warm-up: load classes, open connections, get the token
            client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), PageQuery.builder().pageSize(pageSize)
                    .endPage(9).build()).forEachPage(page -> { }).join();
            long baseline = usedAfterFullGc();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (heapPools.contains(pool.getKey())) {
                            used += pool.getValue().getUsed();
                        }
                    }
                    gcCount.incrementAndGet();
                    peakAfterGc.accumulateAndGet(used, Math::max);
                }, null, null);
            }
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakSampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();

            long start = System.nanoTime();
            long records;
            long retained = -1;
            String outcome = "ok";
            try {
                if (mode.equals("stream")) {
                    AtomicLong count = new AtomicLong();
                    client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), PageQuery.builder()
                            .pageSize(pageSize).build()).forEachPage(page -> count.addAndGet(page.results().size())).join();
                    records = count.get();
                } else {
                    List<ComputerInventoryV4> all = client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"),
                            PageQuery.builder().pageSize(pageSize).build()).all().join();
                    records = all.size();
                    retained = usedAfterFullGc() - baseline;
                    if (all.isEmpty()) {
                        throw new IllegalStateException("no records"); // keeps the list reachable until here
                    }
                }
            } catch (OutOfMemoryError | RuntimeException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                outcome = cause instanceof OutOfMemoryError ? "OutOfMemoryError" : cause.toString().replace(' ', '_');
                records = -1;
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            sampler.interrupt();
            System.out.printf(Locale.ROOT, "RESULT mode=%s outcome=%s records=%d elapsedMs=%d maxHeapMb=%.1f baselineMb=%.1f "
                            + "peakAfterGcMb=%.1f peakSampledMb=%.1f retainedMb=%.1f gcs=%d gc=%s%n",
                    mode, outcome, records, elapsed, mb(Runtime.getRuntime().maxMemory()), mb(baseline),
                    mb(peakAfterGc.get()), mb(peakSampled.get()), retained < 0 ? -1.0 : mb(retained), gcCount.get(),
                    ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                            .collect(Collectors.joining("+")).replace(' ', '_'));
        }
        System.exit(0);
    }

    /** Heap in use after three full collections (the least seen). */
    static long usedAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
