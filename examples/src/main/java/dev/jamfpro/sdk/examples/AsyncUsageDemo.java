package dev.jamfpro.sdk.examples;

import dev.jamfpro.sdk.examples.spring.ComputersApplication;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README demo: starts a simulated Jamf Pro (1000 computers, 5 ms per request) and runs every
 * example of the Python SDK's async guide in Java against it, on the current computer inventory
 * ({@code /v4/computers-inventory}), printing what each did.
 *
 * <pre>
 * mvn -q -B -pl examples -am package -DskipTests -Pdemo
 * </pre>
 *
 * <p>Options: {@code --computers=N} (default 1000), {@code --latency-ms=M} (default 5).
 */
public final class AsyncUsageDemo {
    private AsyncUsageDemo() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        int computers = 1000;
        int latencyMillis = 5;
        for (String arg : args) {
            if (arg.startsWith("--computers=")) {
                computers = Integer.parseInt(arg.substring("--computers=".length()));
            } else if (arg.startsWith("--latency-ms=")) {
                latencyMillis = Integer.parseInt(arg.substring("--latency-ms=".length()));
            } else {
                throw new IllegalArgumentException("unknown option " + arg + " (--computers=N, --latency-ms=M)");
            }
        }
        try (JamfProSimulator jamf = JamfProSimulator.builder()
                .computers(computers)
                .latency(Duration.ofMillis(latencyMillis))
                .start()) {
            out.printf("Simulated Jamf Pro at %s: %d computers, %d ms per request, API client sim-client%n%n",
                    jamf.baseUrl(), jamf.computers().size(), latencyMillis);
            AsyncUsageExamples examples = new AsyncUsageExamples(jamf.host(), jamf.port(), "http", "sim-client",
                    "sim-secret", out);
            String oscar = jamf.computer(1).orElseThrow().name();

            section(out, "Creating an Async Client", examples::createClient);
            section(out, "  (the server name has no scheme)", examples::schemeInServerIsRefused);
            section(out, "Using Context Managers (try-with-resources)", examples::tryWithResources);
            section(out, "Classic API Operations (their successor: v4 inventory list and get)",
                    () -> examples.listAndGet("1"));
            section(out, "  (the Classic API on a current resource: policies)", examples::classicPolicies);
            section(out, "Pro API Operations (filter)", () -> examples.proApiFiltered(oscar));
            section(out, "Async Pagination: all pages", examples::allPages);
            section(out, "Async Pagination: page by page", () -> examples.pageByPage(3));
            jamf.resetStats();
            section(out, "Concurrent Reads (concurrentApiRequests)", () -> examples.concurrentReads(3));
            out.printf("  the simulator saw at most %d requests at once (maxConcurrency 5)%n%n",
                    jamf.stats().peakInFlight());
            section(out, "Concurrent Operations with Multiple Arguments (raw proApiRequest, v4)",
                    () -> examples.concurrentRawRequests(AsyncUsageExamples.ids(5)));
            section(out, "Custom Async Functions (read, then update the building)",
                    () -> examples.customAsyncFunction(AsyncUsageExamples.textIds(5), "Main Office"));
            section(out, "  ... again: nothing left to update",
                    () -> examples.customAsyncFunction(AsyncUsageExamples.textIds(5), "Main Office"));
            section(out, "Basic Error Handling", () -> examples.errorHandling("999999"));
            section(out, "Handling Errors in Concurrent Operations (returnExceptions true: outcomes)",
                    () -> examples.collectErrors(List.of("1", "2", "999999", "4", "5")));
            section(out, "Logging (returnExceptions false: failures skipped, logged at WARN via SLF4J)",
                    () -> examples.skipErrorsAndLog(List.of("1", "2", "999999", "4", "5")));
            section(out, "Access Tokens", examples::accessToken);
            jamf.resetStats();
            section(out, "Configuring the Async Client", examples::configured);
            out.printf("  the simulator saw at most %d requests at once (maxConcurrency 10)%n%n",
                    jamf.stats().peakInFlight());
            section(out, "Integration with Async Frameworks (Spring Boot instead of FastAPI)",
                    () -> webApp(jamf.host(), jamf.port(), out));
            out.printf("Done: the simulator answered %d requests since the last reset.%n", jamf.stats().totalRequests());
        }
    }

    /** The Spring Boot counterpart of the guide's FastAPI app, asked for a list, a computer and a missing one. */
    private static Object webApp(String server, int port, PrintStream out) {
        try (ConfigurableApplicationContext app = ComputersApplication.start(server, port, "http", "sim-client", "sim-secret")) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/computers", "/computers/1", "/computers/999999")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ComputersApplication.port(app) + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String body = response.body();
                out.printf("  GET %s -> %d %s%n", path, response.statusCode(),
                        body.length() > 110 ? body.substring(0, 110) + "..." : body);
            }
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void section(PrintStream out, String title, Supplier<?> example) {
        out.println("== " + title);
        long start = System.nanoTime();
        example.get();
        out.printf("   (%d ms)%n%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
    }
}
