package dev.jamfpro.sdk.examples.benchmark;

import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Benchmark 8: start-up. A fresh JVM builds a client and makes one Pro call (token, then
 * {@code GET /api/v1/jamf-pro-version} into its model), against a fresh JVM doing the same with plain
 * OkHttp and Gson; wall time (process start to exit, seen from here) and CPU time (the child's own), as
 * ratios, median of interleaved runs. One more run of each with class-load logging counts the Pro model,
 * Classic model and JAXB classes loaded for that one call.
 */
final class Startup {
    static final int RUNS = Integer.getInteger("benchmark.startupRuns", 9);

    private Startup() {
    }

    static void run(Consumer<String[]> row) throws Exception {
        System.out.printf(Locale.ROOT, "%n[8] Start-up: fresh JVM, build a client, one Pro call (median of %d)%n", RUNS);
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(10).requestLogLimit(0).start()) {
            String port = Integer.toString(jamf.port());
            List<Double> wallRatios = new ArrayList<>();
            List<Double> cpuRatios = new ArrayList<>();
            List<Long> sdkWall = new ArrayList<>();
            List<Long> plainWall = new ArrayList<>();
            Fork.run(StartupProbe.class, List.of(), "plain", port); // warm the file cache
            Fork.run(StartupProbe.class, List.of(), "sdk", port);
            for (int i = 0; i < RUNS; i++) {
                long[] sdk = once("sdk", port);
                long[] plain = once("plain", port);
                sdkWall.add(sdk[0]);
                plainWall.add(plain[0]);
                wallRatios.add((double) sdk[0] / plain[0]);
                cpuRatios.add((double) sdk[1] / plain[1]);
                System.out.printf(Locale.ROOT, "  run %d: SDK wall %d ms cpu %d ms; plain wall %d ms cpu %d ms%n", i + 1,
                        sdk[0], sdk[1], plain[0], plain[1]);
            }
            double wall = median(wallRatios);
            double cpu = median(cpuRatios);
            Map<String, Integer> sdkClasses = classes("sdk", port);
            Map<String, Integer> plainClasses = classes("plain", port);
            System.out.printf(Locale.ROOT, "  classes loaded: SDK %s; plain %s%n", sdkClasses, plainClasses);
            row.accept(new String[] {"8 start-up, build + one Pro call", String.format(Locale.ROOT,
                    "SDK %d ms wall (median)", median(sdkWall)), String.format(Locale.ROOT, "OkHttp + Gson %d ms",
                    median(plainWall)), String.format(Locale.ROOT, "wall %.2fx, CPU %.2fx", wall, cpu),
                    wall <= 1.3 && cpu <= 1.3 ? "met (<= 1.3x)" : "MISSED (<= 1.3x)"});
            row.accept(new String[] {"8 classes loaded for one Pro call", "SDK " + sdkClasses,
                    "plain " + plainClasses, "-", "nothing Classic or JAXB before a Classic call"});
        }
    }

    /** {wall ms, cpu ms} of one fresh JVM. */
    private static long[] once(String mode, String port) throws Exception {
        long start = System.nanoTime();
        Map<String, String> result = Fork.run(StartupProbe.class, List.of(), mode, port);
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (!"ok".equals(result.get("outcome"))) {
            throw new IllegalStateException(mode + " failed: " + result);
        }
        return new long[] {wall, Long.parseLong(result.get("cpuMs"))};
    }

    private static Map<String, Integer> classes(String mode, String port) throws Exception {
        AtomicInteger total = new AtomicInteger();
        AtomicInteger proModel = new AtomicInteger();
        AtomicInteger proApi = new AtomicInteger();
        AtomicInteger classic = new AtomicInteger();
        AtomicInteger jaxb = new AtomicInteger();
        Fork.run(StartupProbe.class, List.of("-Xlog:class+load=info"), line -> {
            if (!line.contains("[class,load]")) {
                return;
            }
            total.incrementAndGet();
            if (line.contains(" dev.jamfpro.sdk.pro.model.")) {
                proModel.incrementAndGet();
            } else if (line.contains(" dev.jamfpro.sdk.pro.api.")) {
                proApi.incrementAndGet();
            } else if (line.contains(" dev.jamfpro.sdk.classic.")) {
                classic.incrementAndGet();
            } else if (line.contains(" jakarta.xml.bind.") || line.contains(" org.glassfish.jaxb.")
                    || line.contains(" com.sun.xml.bind.")) {
                jaxb.incrementAndGet();
            }
        }, mode, port);
        return new java.util.LinkedHashMap<>(Map.of("all", total.get(), "proModel", proModel.get(), "proApi", proApi.get(),
                "classic", classic.get(), "jaxb", jaxb.get()));
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
