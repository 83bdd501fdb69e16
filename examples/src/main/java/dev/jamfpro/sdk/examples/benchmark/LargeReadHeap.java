package dev.jamfpro.sdk.examples.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Benchmark 5: peak heap of one typed read of a large answer (default 50 MB), Pro (JSON, a page of
 * {@code GET /v4/computers-inventory}) and Classic (XML, the list of all policies, {@code GET
 * /JSSResource/policies}: the same {@code id} and {@code name} items as the deprecated Classic computer
 * list, records of the same length), each in a fresh JVM with a small heap
 * (default {@code -Xmx128m}), as a ratio to the answer's size. The answer is written by this JVM as it
 * is generated, so the child's heap holds only what the SDK keeps.
 *
 * <pre>
 * mvn -q -B -pl examples -am package -DskipTests -Pbenchmark -Dbenchmark.args="5"
 * </pre>
 */
final class LargeReadHeap {
    static final int MEGABYTES = Integer.getInteger("benchmark.largeReadMb", 50);
    static final String XMX = System.getProperty("benchmark.largeReadXmx", "128m");

    private LargeReadHeap() {
    }

    /**
     * Real-shaped Pro records: the simulator's own GENERAL records (strings, booleans, nulls, nested site
     * and management objects, dates), as Jamf Pro serves them, cycled to fill the answer.
     */
    private static List<String> simulatorRecords() throws Exception {
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(500).requestLogLimit(0).start();
             AsyncJamfProClient client = AsyncJamfProClient.builder().server(jamf.host()).port(jamf.port())
                     .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                     .sessionConfig(SessionConfig.builder().scheme("http").build()).build()) {
            String page = client.proApiRequest("GET", "v4/computers-inventory", Map.of("section", "GENERAL",
                    "page-size", "500"), null).join().body();
            List<String> records = new java.util.ArrayList<>();
            JsonParser.parseString(page).getAsJsonObject().getAsJsonArray("results").forEach(r -> records.add(r.toString()));
            return records;
        }
    }

    private static String classicItem(long i) {
        return "<policy><id>" + i + "</id><name>Fix Oscar's MacBook Air " + i + " (Design, 3rd floor)</name></policy>";
    }

    /** A body of about {@code bytes} made of {@code count} records; its exact length is computed first. */
    private record Generated(long length, long count, String head, String tail, String separator,
                             java.util.function.LongFunction<String> record) {
        static Generated of(long bytes, String head, String tail, String separator,
                            java.util.function.LongFunction<String> record) {
            long length = head.length() + tail.length();
            long count = 0;
            while (length < bytes) {
                length += record.apply(count + 1).getBytes(StandardCharsets.UTF_8).length + (count > 0 ? separator.length() : 0);
                count++;
            }
            return new Generated(length, count, head, tail, separator, record);
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long i = 1; i <= count; i++) {
                if (i > 1) {
                    out.write(separator.getBytes(StandardCharsets.UTF_8));
                }
                out.write(record.apply(i).getBytes(StandardCharsets.UTF_8));
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    static void run(Consumer<String[]> row) throws Exception {
        long bytes = MEGABYTES * 1024L * 1024;
        System.out.printf(Locale.ROOT, "%n[5] Peak heap of one typed read of a %d MB answer, fresh JVM at -Xmx%s%n",
                MEGABYTES, XMX);
        List<String> records = simulatorRecords();
        Generated pro = Generated.of(bytes, "{\"totalCount\":0,\"results\":[", "]}", ",",
                i -> records.get((int) (i % records.size())));
        Generated classic = Generated.of(bytes, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><policies><size>0</size>",
                "</policies>", "", LargeReadHeap::classicItem);
        try (RawServer server = new RawServer((method, path) -> {
            if (path.equals("/api/v4/computers-inventory")) {
                return new RawServer.Answer(200, "application/json", pro.length(), pro::writeTo);
            }
            if (path.equals("/JSSResource/policies")) {
                return new RawServer.Answer(200, "application/xml", classic.length(), classic::writeTo);
            }
            return null;
        })) {
            for (String mode : List.of("pro", "classic")) {
                Generated body = mode.equals("pro") ? pro : classic;
                Map<String, String> result = fork(mode, server.port(), body.count());
                System.out.println("  " + mode + ": " + result);
                double mb = body.length() / (1024.0 * 1024);
                boolean ok = "ok".equals(result.get("outcome"));
                String peak = result.getOrDefault("peakAboveBaselineMb", "?");
                String ratio = ok ? String.format(Locale.ROOT, "%.2fx", Double.parseDouble(peak) / mb) : "-";
                row.accept(new String[] {"5 typed read " + String.format(Locale.ROOT, "%.0f", mb) + " MB, " + mode
                        + ", -Xmx" + XMX, ok ? "peak " + peak + " MB above baseline (result alone "
                        + result.get("retainedMb") + " MB)" : "FAILED: " + result.get("outcome"),
                        String.format(Locale.ROOT, "answer %.1f MB, %d records", mb, body.count()), ratio + " the answer",
                        ok && Double.parseDouble(peak) <= 2.2 * mb ? "met (about 2x)" : "MISSED (about 2x)"});
            }
        }
    }

    private static Map<String, String> fork(String mode, int port, long records) throws Exception {
        return Fork.run(LargeReadProbe.class, List.of("-Xmx" + XMX, "-XX:+ExitOnOutOfMemoryError"), mode,
                Integer.toString(port), Long.toString(records));
    }
}
