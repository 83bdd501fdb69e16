package dev.jamfpro.sdk.examples.benchmark;

import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Benchmark 9's probe, run in a fresh JVM by {@link BenchmarkHarness}: starts a simulator with the
 * fleet size given, and prints how long {@code start()} took and how long until the first
 * {@code /v4/computers-inventory} page was answered (the first request that needs Jamf's documents).
 * Prints {@code RESULT outcome=ok startMs=... firstPageMs=...}.
 */
public final class SimulatorStartupProbe {
    private SimulatorStartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        int computers = Integer.parseInt(args[0]);
        long begin = System.nanoTime();
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(computers).requestLogLimit(0).start()) {
            long started = System.nanoTime();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = http.send(HttpRequest.newBuilder(URI.create(jamf.baseUrl() + "/api/v1/oauth/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(jamf.baseUrl()
                            + "/api/v4/computers-inventory?page-size=100")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            long firstPage = System.nanoTime();
            if (page.statusCode() != 200 || !page.body().startsWith("{\"totalCount\":" + computers)) {
                System.out.println("RESULT outcome=bad-page(" + page.statusCode() + ")");
                return;
            }
            System.out.printf(Locale.ROOT, "RESULT outcome=ok startMs=%d firstPageMs=%d%n", (started - begin) / 1_000_000,
                    (firstPage - begin) / 1_000_000);
        }
    }
}
