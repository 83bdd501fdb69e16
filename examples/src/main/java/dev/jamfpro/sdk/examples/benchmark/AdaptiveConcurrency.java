package dev.jamfpro.sdk.examples.benchmark;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Benchmark 10: adaptive concurrency against fixed concurrency 5, over {@value #READS} record reads
 * ({@code concurrentApiRequests}, {@code maxConcurrency} 5), against three servers whose latency depends on
 * the requests in flight {@code n} when a request arrives (base {@value #BASE_MS} ms):
 *
 * <ul>
 *   <li>healthy: {@code 50 ms} whatever {@code n};</li>
 *   <li>saturating (a server with 2 workers): {@code 50 ms x max(1, n / 2)}; its throughput is the same at
 *       2 in flight as at 5, so more concurrency only queues;</li>
 *   <li>slowing (contention: locks, a shared database): {@code 50 ms x max(1, (n / 2)^2)}, 312 ms at 5 in
 *       flight; its throughput falls as load rises.</li>
 * </ul>
 *
 * For each server and each mode, {@value #RUNS} fresh clients each make two batches: the first ("cold":
 * token, connections, and for adaptive the start at 1) and the second ("warm"). Reported: the median total
 * time of each batch, and the p95 of the latency the server saw (arrival to answer written) over the warm
 * batches. Then a fresh client's first {@value #BURST} reads against the healthy server (where the start at
 * 1 costs round trips), and the cost of the bookkeeping itself: requests per second against the same server at zero
 * latency, fixed and adaptive clients measured in interleaved rounds of {@value #ZERO_LATENCY_CALLS} calls
 * (5 outstanding), the ratio taken per round. The server is a {@link RawServer} of this package, so the
 * simulator is not needed.
 */
final class AdaptiveConcurrency {
    static final int READS = Integer.getInteger("benchmark.adaptiveReads", 150);
    static final int RUNS = 3;
    static final int BASE_MS = 50;
    static final int BURST = 10;
    static final int ZERO_LATENCY_CALLS = 20_000;
    static final int ZERO_LATENCY_ROUNDS = 7;
    private static final byte[] RECORD = "{\"id\":\"1\",\"name\":\"HQ\",\"city\":\"Minneapolis\"}"
            .getBytes(StandardCharsets.UTF_8);

    private record Profile(String name, IntToDoubleFunction factor) {
    }

    /** Medians of one server and mode. */
    private record Figures(long coldMs, long warmMs, long p95Ms, int peak, String limits) {
    }

    private AdaptiveConcurrency() {
    }

    static void run(Consumer<String[]> row) throws Exception {
        System.out.printf(Locale.ROOT, "%n[9] Adaptive concurrency against fixed 5: %d reads, %d clients per mode, base "
                + "latency %d ms%n", READS, RUNS, BASE_MS);
        List<Profile> profiles = List.of(
                new Profile("healthy", n -> 1),
                new Profile("saturating", n -> Math.max(1, n / 2.0)),
                new Profile("slowing", n -> Math.max(1, (n / 2.0) * (n / 2.0))));
        for (Profile profile : profiles) {
            LoadServer server = new LoadServer(profile.factor());
            try (RawServer raw = new RawServer(server::answer)) {
                Figures fixed = measure(raw, server, false);
                Figures adaptive = measure(raw, server, true);
                System.out.printf(Locale.ROOT, "  %-10s fixed 5:  cold %5d ms, warm %5d ms, server p95 %4d ms, peak %d%n",
                        profile.name(), fixed.coldMs(), fixed.warmMs(), fixed.p95Ms(), fixed.peak());
                System.out.printf(Locale.ROOT, "  %-10s adaptive: cold %5d ms, warm %5d ms, server p95 %4d ms, peak %d, "
                        + "limit after each client %s%n", profile.name(), adaptive.coldMs(), adaptive.warmMs(),
                        adaptive.p95Ms(), adaptive.peak(), adaptive.limits());
                String name = "10 " + profile.name() + " server, " + READS + " reads";
                row.accept(new String[] {name + ", fixed 5", "warm " + fixed.warmMs() + " ms, p95 " + fixed.p95Ms()
                        + " ms", "cold " + fixed.coldMs() + " ms", "-", "reference"});
                double warm = (double) adaptive.warmMs() / fixed.warmMs();
                double cold = (double) adaptive.coldMs() / fixed.coldMs();
                row.accept(new String[] {name + ", adaptive", "warm " + adaptive.warmMs() + " ms, p95 " + adaptive.p95Ms()
                        + " ms", "cold " + adaptive.coldMs() + " ms", String.format(Locale.ROOT, "%.2fx warm, %.2fx cold",
                        warm, cold), profile.name().equals("healthy")
                        ? (warm <= 1.05 ? "met (not slower warm)" : "MISSED (not slower warm)")
                        : (adaptive.p95Ms() < fixed.p95Ms() ? "met (lower p95)" : "MISSED (lower p95)")});
            }
        }
        firstBurst(row);
        zeroLatency(row);
    }

    /** A fresh client's first {@value #BURST} reads against the healthy server: where starting at 1 shows. */
    private static void firstBurst(Consumer<String[]> row) throws Exception {
        LoadServer server = new LoadServer(n -> 1);
        try (RawServer raw = new RawServer(server::answer)) {
            List<Long> fixed = new ArrayList<>();
            List<Long> adaptive = new ArrayList<>();
            for (int i = 0; i < 2 * RUNS + 1; i++) { // interleaved
                for (boolean mode : new boolean[] {false, true}) {
                    try (AsyncJamfProClient client = client(raw, mode)) {
                        client.getAccessToken().join(); // the token is not what this measures
                        long start = System.nanoTime();
                        List<Integer> ids = IntStream.range(0, BURST).boxed().toList();
                        client.concurrentApiRequests(id -> client.proApiRequest("GET", "v1/buildings/" + id, null, null),
                                ids).all().join();
                        (mode ? adaptive : fixed).add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    }
                }
            }
            System.out.printf(Locale.ROOT, "  healthy, a fresh client's first %d reads: fixed %s ms, adaptive %s ms%n",
                    BURST, fixed, adaptive);
            double ratio = (double) median(adaptive) / median(fixed);
            row.accept(new String[] {"10 healthy server, fresh client's first " + BURST + " reads", "adaptive "
                    + median(adaptive) + " ms", "fixed " + median(fixed) + " ms", String.format(Locale.ROOT, "%.2fx", ratio),
                    ratio <= 1.05 ? "met (not slower)" : "MISSED (not slower): why adaptive is off by default"});
        }
    }

    /** Requests per second at zero latency, fixed against adaptive, interleaved rounds. */
    private static void zeroLatency(Consumer<String[]> row) throws Exception {
        LoadServer server = new LoadServer(n -> 0);
        server.keep = false;
        try (RawServer raw = new RawServer(server::answer); AsyncJamfProClient fixed = client(raw, false);
             AsyncJamfProClient adaptive = client(raw, true)) {
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                ClosedLoop.run(ZERO_LATENCY_CALLS, 5, () -> fixed.proApiRequest("GET", "v1/buildings/1", null, null));
                ClosedLoop.run(ZERO_LATENCY_CALLS, 5, () -> adaptive.proApiRequest("GET", "v1/buildings/1", null, null));
            }
            List<Double> fixedRps = new ArrayList<>();
            List<Double> adaptiveRps = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Integer> limits = new ArrayList<>();
            for (int round = 0; round < ZERO_LATENCY_ROUNDS; round++) {
                double f = ZERO_LATENCY_CALLS / (ClosedLoop.run(ZERO_LATENCY_CALLS, 5,
                        () -> fixed.proApiRequest("GET", "v1/buildings/1", null, null)) / 1e9);
                double a = ZERO_LATENCY_CALLS / (ClosedLoop.run(ZERO_LATENCY_CALLS, 5,
                        () -> adaptive.proApiRequest("GET", "v1/buildings/1", null, null)) / 1e9);
                fixedRps.add(f);
                adaptiveRps.add(a);
                ratios.add(a / f);
                limits.add(adaptive.concurrencyLimit());
            }
            double ratio = medianRate(ratios);
            System.out.printf(Locale.ROOT, "  zero latency, fixed:    %s req/s%n", whole(fixedRps));
            System.out.printf(Locale.ROOT, "  zero latency, adaptive: %s req/s, limit after each round %s%n",
                    whole(adaptiveRps), limits);
            System.out.printf(Locale.ROOT, "  per-round ratio adaptive/fixed: %s%n", ratios.stream()
                    .map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
            row.accept(new String[] {"10 zero latency, " + ZERO_LATENCY_CALLS + " calls, adaptive vs fixed",
                    String.format(Locale.ROOT, "adaptive %.0f/s", medianRate(adaptiveRps)),
                    String.format(Locale.ROOT, "fixed %.0f/s", medianRate(fixedRps)), String.format(Locale.ROOT, "%.2fx", ratio),
                    ratio >= 0.97 ? "met (bookkeeping costs < 3 %)" : "MISSED (bookkeeping costs < 3 %)"});
        }
    }

    private static AsyncJamfProClient client(RawServer raw, boolean adaptive) {
        return AsyncJamfProClient.builder().baseUrl(raw.baseUrl())
                .credentials(new ApiClientCredentialsProvider("bench", "bench"))
                .sessionConfig(SessionConfig.builder().maxConcurrency(5).adaptiveConcurrency(adaptive)
                        .timeout(Duration.ofSeconds(30)).build()).build();
    }

    private static String whole(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private static double medianRate(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static Figures measure(RawServer raw, LoadServer server, boolean adaptive) throws Exception {
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        List<Long> warmLatencies = new ArrayList<>();
        List<Integer> limits = new ArrayList<>();
        int peak = 0;
        for (int run = 0; run < RUNS; run++) {
            try (AsyncJamfProClient client = client(raw, adaptive)) {
                server.reset();
                cold.add(reads(client));
                server.reset();
                warm.add(reads(client));
                warmLatencies.addAll(server.latencies);
                peak = Math.max(peak, server.peak.get());
                limits.add(client.concurrencyLimit());
            }
        }
        return new Figures(median(cold), median(warm), percentile(warmLatencies, 0.95), peak, limits.toString());
    }

    /** Milliseconds for {@link #READS} reads through {@code concurrentApiRequests}. */
    private static long reads(AsyncJamfProClient client) {
        List<Integer> ids = IntStream.range(0, READS).boxed().toList();
        long start = System.nanoTime();
        int read = client.concurrentApiRequests(id -> client.proApiRequest("GET", "v1/buildings/" + id, null, null), ids)
                .all().join().size();
        if (read != READS) {
            throw new IllegalStateException("expected " + READS + " reads, got " + read);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long percentile(List<Long> nanos, double p) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return TimeUnit.NANOSECONDS.toMillis(sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)));
    }

    /** A server whose latency is {@code BASE_MS x factor(n)}, n the requests in flight when one arrives. */
    private static final class LoadServer {
        private final IntToDoubleFunction factor;
        private final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        volatile boolean keep = true;

        LoadServer(IntToDoubleFunction factor) {
            this.factor = factor;
        }

        void reset() {
            peak.set(0);
            latencies.clear();
        }

        RawServer.Answer answer(String method, String path) {
            if (!path.startsWith("/api/v1/buildings/")) {
                return null;
            }
            long start = System.nanoTime();
            int n = inFlight.incrementAndGet();
            peak.accumulateAndGet(n, Math::max);
            long until = start + (long) (TimeUnit.MILLISECONDS.toNanos(BASE_MS) * factor.applyAsDouble(n));
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(left); // the server's work
            }
            return new RawServer.Answer(200, "application/json", RECORD.length, out -> {
                out.write(RECORD);
                if (keep) {
                    latencies.add(System.nanoTime() - start);
                }
                inFlight.decrementAndGet();
            });
        }
    }
}
