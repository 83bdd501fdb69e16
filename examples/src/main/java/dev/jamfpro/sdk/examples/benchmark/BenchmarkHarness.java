package dev.jamfpro.sdk.examples.benchmark;

import com.google.gson.Gson;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventorySearchResultsV4;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.pro.model.JamfProVersion;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The benchmark harness: the SDK against the simulator, side by side with lower bounds and a plain
 * OkHttp baseline. Not a unit test: run it on a quiet machine and read the table.
 *
 * <pre>
 * mvn -q -B -pl examples -am package -DskipTests -Pbenchmark                      # all five
 * mvn -q -B -pl examples -am package -DskipTests -Pbenchmark -Dbenchmark.args="1 3"
 * </pre>
 *
 * <p>Every request is a current operation of Jamf Pro 11.30.1: the computer inventory is
 * {@code /v4/computers-inventory} (v1 to v3 are deprecated), the Classic calls read policies.
 *
 * <ol>
 *   <li>Full inventory, 20 000 computers, page size 100, 20 ms latency, concurrency 5: the SDK's
 *       {@code Pages.all()}, a sequential page loop, and the bound (1 + ceil(199/5)) x 20 ms.</li>
 *   <li>1 000 computer records read one by one ({@code GET /v4/computers-inventory/{id}}) through
 *       {@code concurrentApiRequests}, concurrency 5, 20 ms latency, against the bound 1000/5 x 20 ms.</li>
 *   <li>Requests per second at zero latency, concurrency 5: the SDK against plain OkHttp doing the
 *       same work (same requests, same parsing), both driven by the same closed loop.</li>
 *   <li>Peak heap while streaming 100 000 computers with {@code forEachPage}, in a forked JVM with a
 *       small -Xmx, against the heap the records need all at once (measured with {@code all()}).</li>
 *   <li>The simulator's start-up, 1 000 and 100 000 computers, in fresh JVMs: until {@code start()}
 *       returns, and until the first inventory page is answered (Jamf's documents loaded).</li>
 * </ol>
 */
public final class BenchmarkHarness {
    private static final String CLIENT_ID = "sim-client";
    private static final String CLIENT_SECRET = "sim-secret";
    private static final int CONCURRENCY = 5;
    private static final String STREAM_XMX = System.getProperty("benchmark.streamXmx", "64m");

    private final List<String[]> table = new ArrayList<>();

    private BenchmarkHarness() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 || Arrays.asList(args).contains("--all") ? List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")
                : Arrays.asList(args);
        BenchmarkHarness harness = new BenchmarkHarness();
        printMachine();
        if (which.contains("1")) {
            harness.fullInventory();
        }
        if (which.contains("2")) {
            harness.recordReads();
        }
        if (which.contains("3")) {
            harness.clientOverhead();
        }
        if (which.contains("4")) {
            harness.streamingHeap();
        }
        // Benchmarks 5-8 and 10 live in classes of their own and add their rows through harness::row.
        if (which.contains("5")) {
            LargeReadHeap.run(harness::row);
        }
        if (which.contains("6")) {
            TokenBurst.run(harness::row);
        }
        if (which.contains("7")) {
            ManyClients.run(harness::row);
        }
        if (which.contains("8")) {
            Startup.run(harness::row);
        }
        if (which.contains("9")) {
            harness.simulatorStartUp();
        }
        if (which.contains("10")) {
            AdaptiveConcurrency.run(harness::row);
        }
        harness.printTable();
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // ------------------------------------------------------------------ 1. full inventory

    private void fullInventory() throws Exception {
        System.out.println("\n[1] Full inventory: 20 000 computers, page size 100, 20 ms latency, concurrency 5");
        Duration latency = Duration.ofMillis(20);
        long bound = (1 + (199 + CONCURRENCY - 1) / CONCURRENCY) * latency.toMillis();
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(20_000).latency(latency).requestLogLimit(0)
                .start(); AsyncJamfProClient client = client(jamf)) {
            PageQuery query = PageQuery.builder().pageSize(100).build();
            for (int i = 0; i < 3; i++) { // warm-up: JIT, connections, token, the simulator's sorted view
                check(client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), query).all().join().size(), 20_000);
            }
            jamf.resetStats();
            List<Long> sdk = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                List<ComputerInventoryV4> all = client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), query)
                        .all().join();
                sdk.add(millis(System.nanoTime() - start));
                check(all.size(), 20_000);
            }
            int peak = jamf.stats().peakInFlight();
            long requests = jamf.stats().totalRequests();

            List<Long> sequential = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                long start = System.nanoTime();
                int records = 0;
                for (int page = 0; ; page++) {
                    ComputerInventorySearchResultsV4 answer = client.proApi()
                            .getComputersInventoryV4(List.of("GENERAL"), page, 100, null, null).join();
                    if (answer.getResults().isEmpty()) {
                        break;
                    }
                    records += answer.getResults().size();
                    if (records >= answer.getTotalCount()) {
                        break;
                    }
                }
                sequential.add(millis(System.nanoTime() - start));
                check(records, 20_000);
            }
            // The same pages with plain OkHttp and the SDK's own Gson (same models, same date adapters),
            // 5 at a time, knowing the page count up front: what any client can do on this machine.
            OkHttpClient okHttp = plainOkHttp();
            String token = client.getAccessToken().join().token(); // used in a header only, never printed
            List<Long> plain = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long nanos = plainPages(okHttp, jamf.baseUrl(), token, 200);
                if (i >= 2) { // two warm-up runs
                    plain.add(millis(nanos));
                }
            }
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();

            // The paging engine alone: the same 200 pages of 100 records, but records that cost nothing to
            // decode (section PRINTERS: id, udid and nulls).
            List<Long> small = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                long start = System.nanoTime();
                check(client.proApi().getComputersInventoryV4Pages(List.of("PRINTERS"), query).all().join().size(), 20_000);
                if (i >= 2) {
                    small.add(millis(System.nanoTime() - start));
                }
            }

            // The CPU floor: the same full read with no latency at all.
            jamf.setLatency(Duration.ZERO);
            List<Long> floor = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                check(client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), query).all().join().size(), 20_000);
                floor.add(millis(System.nanoTime() - start));
            }
            jamf.setLatency(latency);

            long median = median(sdk);
            System.out.printf(Locale.ROOT, "  plain OkHttp + Gson, 5 pages at a time: runs %s ms%n", plain);
            System.out.printf(Locale.ROOT, "  SDK Pages.all() at zero latency (CPU floor): runs %s ms%n", floor);
            System.out.printf(Locale.ROOT, "  SDK Pages.all(), records without sections (PRINTERS): runs %s ms%n", small);
            System.out.printf(Locale.ROOT, "  SDK Pages.all(): runs %s ms, median %d ms; %d requests over 7 runs, peak "
                    + "in flight at the server %d%n", sdk, median, requests, peak);
            System.out.printf(Locale.ROOT, "  sequential page loop: runs %s ms%n", sequential);
            System.out.printf(Locale.ROOT, "  lower bound (1 + ceil(199/5)) x 20 ms = %d ms%n", bound);
            row("1 full inventory 20k, SDK all()", median + " ms (best " + min(sdk) + ")", bound + " ms bound",
                    ratio(median, bound) + "x bound", median <= bound * 1.15 ? "met (<= 1.15x)" : "MISSED (<= 1.15x)");
            row("1 full inventory 20k, plain OkHttp+Gson x5", median(plain) + " ms (best " + min(plain) + ")",
                    bound + " ms bound", ratio(median(plain), bound) + "x bound", "reference: best client here");
            row("1 full inventory 20k, SDK, tiny records", median(small) + " ms (best " + min(small) + ")",
                    bound + " ms bound", ratio(median(small), bound) + "x bound", "reference: paging alone");
            row("1 full inventory 20k, SDK, zero latency", median(floor) + " ms", "-", "-", "reference: CPU floor");
            row("1 full inventory 20k, sequential loop", median(sequential) + " ms", bound + " ms bound",
                    ratio(median(sequential), bound) + "x bound", "reference");
        }
    }

    /** Pages 0..pages-1 of the inventory with plain OkHttp, 5 in flight, parsed with the SDK's Gson. */
    private static long plainPages(OkHttpClient okHttp, String base, String token, int pages) throws Exception {
        Gson gson = dev.jamfpro.sdk.internal.json.JamfGson.gson();
        java.util.concurrent.atomic.AtomicInteger nextPage = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong records = new java.util.concurrent.atomic.AtomicLong();
        long nanos = ClosedLoop.run(pages, CONCURRENCY, () -> {
            Request page = new Request.Builder().url(base + "/api/v4/computers-inventory?section=GENERAL&page="
                    + nextPage.getAndIncrement() + "&page-size=100").header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").build();
            return call(okHttp, page).thenAccept(body -> records.addAndGet(
                    gson.fromJson(body, ComputerInventorySearchResultsV4.class).getResults().size()));
        });
        check(records.get(), (long) pages * 100);
        return nanos;
    }

    // ------------------------------------------------------------------ 2. record reads

    private void recordReads() throws Exception {
        System.out.println("\n[2] 1 000 computer records read one by one (GET /v4/computers-inventory/{id}),"
                + " concurrentApiRequests, 20 ms latency, concurrency 5");
        Duration latency = Duration.ofMillis(20);
        long bound = 1000 / CONCURRENCY * latency.toMillis();
        List<String> ids = IntStream.rangeClosed(1, 1000).mapToObj(Integer::toString).toList();
        List<String> general = List.of("GENERAL");
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(2000).latency(latency).requestLogLimit(0)
                .start(); AsyncJamfProClient client = client(jamf)) {
            java.util.function.Function<String, CompletableFuture<ComputerInventoryV4>> read =
                    id -> client.proApi().getComputersInventoryByIdV4(id, general);
            check(client.concurrentApiRequests(read, ids.subList(0, 500)).all().join().size(), 500); // warm-up
            jamf.resetStats();
            List<Long> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                int done = client.concurrentApiRequests(read, ids).all().join().size();
                runs.add(millis(System.nanoTime() - start));
                check(done, 1000);
            }
            long median = median(runs);
            System.out.printf(Locale.ROOT, "  SDK: runs %s ms, median %d ms; bound 1000/5 x 20 ms = %d ms; peak in "
                    + "flight %d%n", runs, median, bound, jamf.stats().peakInFlight());
            row("2 record reads 1000 (v4 by id), SDK", median + " ms (best " + min(runs) + ")", bound + " ms bound",
                    ratio(median, bound) + "x bound", "reference (no target given)");
        }
    }

    // ------------------------------------------------------------------ 3. client overhead

    /**
     * Rounds of benchmark 3. On 2 shared cores (the simulator runs in this JVM) one round varies by
     * 20 %; each round measures every call back to back, and the ratio reported is the median of the
     * per-round ratios, so both sides of a ratio share the machine's state.
     */
    private static final int ROUNDS = 9;

    private void clientOverhead() throws Exception {
        System.out.println("\n[3] Client overhead: requests per second at zero latency, concurrency 5");
        int total = 20_000;
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(100).requestLogLimit(0).start();
             AsyncJamfProClient client = client(jamf)) {
            String token = client.getAccessToken().join().token(); // used in headers only, never printed
            OkHttpClient okHttp = plainOkHttp();
            Gson gson = new Gson();
            String base = jamf.baseUrl();
            Request version = new Request.Builder().url(base + "/api/v1/jamf-pro-version")
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
            Request classic = new Request.Builder().url(base + "/JSSResource/policies/id/1")
                    .header("Authorization", "Bearer " + token).header("Accept", "application/xml").build();

            Map<String, java.util.function.Supplier<CompletableFuture<?>>> calls = new LinkedHashMap<>();
            calls.put("Pro typed: SDK getJamfProVersionV1()", () -> client.proApi().getJamfProVersionV1());
            calls.put("Pro typed: OkHttp + Gson", () -> call(okHttp, version).thenApply(body ->
                    gson.fromJson(body, JamfProVersion.class)));
            calls.put("Classic raw: SDK classicApiRequest()", () -> client.classicApiRequest("GET", "policies/id/1", null));
            calls.put("Classic raw: OkHttp", () -> call(okHttp, classic));

            for (int warmUp = 0; warmUp < 2; warmUp++) { // the SDK's longer path needs the JIT's attention too
                for (var call : calls.entrySet()) {
                    ClosedLoop.run(total, CONCURRENCY, call.getValue());
                }
            }
            Map<String, List<Double>> rps = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) { // interleaved, so machine noise hits all alike
                for (var call : calls.entrySet()) {
                    long nanos = ClosedLoop.run(total, CONCURRENCY, call.getValue());
                    rps.computeIfAbsent(call.getKey(), k -> new ArrayList<>()).add(total / (nanos / 1e9));
                }
            }
            rps.forEach((name, values) -> System.out.printf(Locale.ROOT, "  %-40s %s req/s%n", name,
                    values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).collect(Collectors.joining(", "))));
            double sdkPro = medianD(rps.get("Pro typed: SDK getJamfProVersionV1()"));
            double okPro = medianD(rps.get("Pro typed: OkHttp + Gson"));
            double sdkClassic = medianD(rps.get("Classic raw: SDK classicApiRequest()"));
            double okClassic = medianD(rps.get("Classic raw: OkHttp"));
            List<Double> proRatios = pairedRatios(rps.get("Pro typed: SDK getJamfProVersionV1()"), rps.get("Pro typed: OkHttp + Gson"));
            List<Double> classicRatios = pairedRatios(rps.get("Classic raw: SDK classicApiRequest()"), rps.get("Classic raw: OkHttp"));
            System.out.printf(Locale.ROOT, "  per-round ratio SDK/OkHttp, Pro typed:   %s%n", twoDecimals(proRatios));
            System.out.printf(Locale.ROOT, "  per-round ratio SDK/OkHttp, Classic raw: %s%n", twoDecimals(classicRatios));
            double proRatio = medianD(proRatios);
            double classicRatio = medianD(classicRatios);
            row("3 req/s Pro typed (jamf-pro-version)", String.format(Locale.ROOT, "SDK %.0f/s", sdkPro),
                    String.format(Locale.ROOT, "OkHttp %.0f/s", okPro), String.format(Locale.ROOT, "%.2fx", proRatio),
                    proRatio >= 0.85 ? "met (>= 0.85x)" : "MISSED (>= 0.85x)");
            row("3 req/s Classic raw (policy XML)", String.format(Locale.ROOT, "SDK %.0f/s", sdkClassic),
                    String.format(Locale.ROOT, "OkHttp %.0f/s", okClassic), String.format(Locale.ROOT, "%.2fx", classicRatio),
                    classicRatio >= 0.85 ? "met (>= 0.85x)" : "MISSED (>= 0.85x)");
            okHttp.dispatcher().executorService().shutdown();
            okHttp.connectionPool().evictAll();
        }
    }

    /** SDK / OkHttp of each round; the two were measured back to back. */
    private static List<Double> pairedRatios(List<Double> sdk, List<Double> okHttp) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < sdk.size(); i++) {
            ratios.add(sdk.get(i) / okHttp.get(i));
        }
        return ratios;
    }

    private static String twoDecimals(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(", "));
    }

    private static OkHttpClient plainOkHttp() {
        Dispatcher dispatcher = new Dispatcher(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "plain-okhttp");
            thread.setDaemon(true);
            return thread;
        }));
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64); // the closed loop keeps 5 in flight
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(CONCURRENCY + 2, 5, TimeUnit.MINUTES)).build();
    }

    /** The body as a string, like the SDK reads it; fails on a non-2xx. */
    private static CompletableFuture<String> call(OkHttpClient okHttp, Request request) {
        CompletableFuture<String> future = new CompletableFuture<>();
        okHttp.newCall(request).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                future.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response; ResponseBody body = response.body()) {
                    String text = body.string();
                    if (!response.isSuccessful()) {
                        future.completeExceptionally(new IOException("HTTP " + response.code()));
                    } else {
                        future.complete(text);
                    }
                } catch (IOException e) {
                    future.completeExceptionally(e);
                }
            }
        });
        return future;
    }

    // ------------------------------------------------------------------ 4. memory

    private void streamingHeap() throws Exception {
        System.out.println("\n[4] Heap while streaming 100 000 computers (forked JVMs, GENERAL section, page size 100)");
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(100_000).requestLogLimit(0).start()) {
            Map<String, String> stream = fork("stream", jamf.port(), "-Xmx" + STREAM_XMX);
            Map<String, String> allSmall = fork("all", jamf.port(), "-Xmx" + STREAM_XMX, "-XX:+ExitOnOutOfMemoryError");
            Map<String, String> allBig = fork("all", jamf.port(), "-Xmx2g");
            System.out.println("  forEachPage -Xmx" + STREAM_XMX + ": " + stream);
            System.out.println("  all()       -Xmx" + STREAM_XMX + ": " + allSmall);
            System.out.println("  all()       -Xmx2g : " + allBig);
            boolean streamed = "ok".equals(stream.get("outcome")) && "100000".equals(stream.get("records"));
            row("4 forEachPage 100k, -Xmx" + STREAM_XMX, streamed ? "peak after GC " + stream.get("peakAfterGcMb")
                            + " MB (sampled max " + stream.get("peakSampledMb") + " MB)" : "FAILED: " + stream,
                    "all() retains " + allBig.get("retainedMb") + " MB",
                    "all() at -Xmx" + STREAM_XMX + ": " + allSmall.getOrDefault("outcome", "?"),
                    streamed ? "bounded" : "FAILED");
        }
    }

    private static Map<String, String> fork(String mode, int port, String... jvmOptions) throws Exception {
        return Fork.run(HeapProbe.class, List.of(jvmOptions), mode, Integer.toString(port), "100");
    }

    // ------------------------------------------------------------------ 9. simulator start-up

    /** Runs of benchmark 9 per fleet size, each in a fresh JVM. */
    private static final int START_UP_RUNS = 5;

    private void simulatorStartUp() throws Exception {
        System.out.println("\n[9] Simulator start-up in a fresh JVM: start() returned, first v4 inventory page answered");
        for (int computers : new int[] {1_000, 100_000}) {
            List<Long> started = new ArrayList<>();
            List<Long> firstPage = new ArrayList<>();
            for (int run = 0; run < START_UP_RUNS; run++) {
                Map<String, String> result = Fork.run(SimulatorStartupProbe.class, List.of("-Xmx2g"), Integer.toString(computers));
                if (!"ok".equals(result.get("outcome"))) {
                    throw new IllegalStateException("start-up probe failed: " + result);
                }
                started.add(Long.parseLong(result.get("startMs")));
                firstPage.add(Long.parseLong(result.get("firstPageMs")));
            }
            System.out.printf(Locale.ROOT, "  %,d computers: start() %s ms, first page %s ms%n", computers, started,
                    firstPage);
            row(String.format(Locale.ROOT, "9 simulator start-up, %,d computers", computers),
                    "start() " + median(started) + " ms, first page " + median(firstPage) + " ms",
                    "fresh JVM, median of " + START_UP_RUNS, "-", computers <= 1_000
                            ? (median(firstPage) < 1000 ? "met (< 1 s)" : "MISSED (< 1 s)") : "reference");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static AsyncJamfProClient client(JamfProSimulator jamf) {
        return AsyncJamfProClient.builder().server(jamf.host()).port(jamf.port())
                .credentials(new ApiClientCredentialsProvider(CLIENT_ID, CLIENT_SECRET))
                .sessionConfig(SessionConfig.builder().scheme("http").maxConcurrency(CONCURRENCY).build())
                .build();
    }

    private static void printMachine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        System.out.println("Jamf Pro SDK benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
        System.out.printf(Locale.ROOT, "machine: %s, %d CPUs (%s), %s %s %s%n", cpu, os.getAvailableProcessors(),
                os.getArch(), os.getName(), os.getVersion(), memory());
        System.out.printf(Locale.ROOT, "java: %s %s (%s), heap max %d MB, GC %s%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "load average at the start: %.2f (the simulator runs in this JVM, on the same CPUs)%n",
                os.getSystemLoadAverage());
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.1f GB RAM", os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return "";
    }

    private void row(String... cells) {
        table.add(cells);
    }

    private void printTable() {
        String[] header = {"benchmark", "measured", "compared with", "ratio", "target"};
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(table);
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        System.out.println();
        for (String[] r : all) {
            StringBuilder line = new StringBuilder("| ");
            for (int i = 0; i < r.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", r[i])).append(" | ");
            }
            System.out.println(line.toString().stripTrailing());
            if (r == header) {
                StringBuilder rule = new StringBuilder("|");
                for (int w : widths) {
                    rule.append("-".repeat(w + 2)).append('|');
                }
                System.out.println(rule);
            }
        }
    }

    private static void check(long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " records, got " + actual);
        }
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static double medianD(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String ratio(long measured, long bound) {
        return String.format(Locale.ROOT, "%.2f", (double) measured / bound);
    }
}
