package dev.jamfpro.sdk.examples.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
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
 * The child JVM of benchmark 5: one typed read of a large answer served by the parent, reporting on one
 * {@code RESULT} line the most heap in use right after any garbage collection during the read (an upper
 * bound of what was live at that moment) above the baseline, and the heap the result alone retains.
 */
public final class LargeReadProbe {
    private LargeReadProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        long expected = Long.parseLong(args[2]);
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        AtomicLong peakAfterGc = new AtomicLong();
        String outcome = "ok";
        long baseline;
        long retained = -1;
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().server("localhost").port(port)
                .credentials(new ApiClientCredentialsProvider("bench", "bench"))
                .sessionConfig(SessionConfig.builder().scheme("http").timeout(java.time.Duration.ofMinutes(3)).build())
                .build()) {
            // warm-up: token, connection, classes (a small answer from the same server would need another route)
            client.getAccessToken().join();
            if (mode.equals("pro")) {
                client.proApi();
            } else {
                client.classicApi();
            }
            baseline = HeapProbe.usedAfterFullGc();
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
                    peakAfterGc.accumulateAndGet(used, Math::max);
                }, null, null);
            }
            long records;
            try {
                // a typed page of the current inventory (v4), and a Classic list of a current resource (policies)
                List<?> result = mode.equals("pro")
                        ? client.proApi().getComputersInventoryV4(List.of("GENERAL"), 0, 2000, null, null).join().getResults()
                        : client.classicApi().listAllPolicies().join();
                records = result.size();
                retained = HeapProbe.usedAfterFullGc() - baseline;
                if (records != expected) {
                    outcome = "wrong-count(" + records + "/" + expected + ")";
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                outcome = cause instanceof OutOfMemoryError ? "OutOfMemoryError" : cause.toString().replace(' ', '_');
            }
        }
        long peak = Math.max(peakAfterGc.get(), retained + baseline);
        System.out.printf(Locale.ROOT, "RESULT mode=%s outcome=%s maxHeapMb=%.1f baselineMb=%.1f peakAboveBaselineMb=%.1f "
                        + "retainedMb=%.1f%n", mode, outcome, HeapProbe.mb(Runtime.getRuntime().maxMemory()), HeapProbe.mb(baseline),
                HeapProbe.mb(peak - baseline), retained < 0 ? -1.0 : HeapProbe.mb(retained));
        System.exit(0);
    }


}
