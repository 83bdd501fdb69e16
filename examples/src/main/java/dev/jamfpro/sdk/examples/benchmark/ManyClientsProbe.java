package dev.jamfpro.sdk.examples.benchmark;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProClientResources;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** The child JVM of benchmark 7: builds the clients, calls through each, and reports threads, heap and connections. */
public final class ManyClientsProbe {
    private ManyClientsProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean shared = args[0].equals("shared");
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        // Load the classes first (one throwaway client), so the baseline holds them.
        try (AsyncJamfProClient warm = client(null, port)) {
            warm.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            warm.proApi().getJamfProVersionV1().join();
        }
        Thread.sleep(200);
        long baseline = HeapProbe.usedAfterFullGc();
        int threadsBefore = Thread.activeCount();
        JamfProClientResources resources = shared ? JamfProClientResources.create() : null;
        List<AsyncJamfProClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(client(resources, port));
        }
        AtomicInteger next = new AtomicInteger();
        long nanos = ClosedLoop.run(count, 20, () -> clients.get(next.getAndIncrement()).proApi().getJamfProVersionV1());
        int liveThreads = Thread.activeCount();
        int sdkThreads = (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("jamf-pro-sdk-")).count();
        long idle = HeapProbe.usedAfterFullGc() - baseline;
        int connections = openConnections(port);
        System.out.printf(Locale.ROOT, "RESULT mode=%s clients=%d oneCallEachMs=%d liveThreadsBefore=%d liveThreadsAfterCalls=%d "
                        + "sdkThreadsAfterCalls=%d idleHeapPerClientKb=%.1f openConnections=%d%n", args[0], count,
                nanos / 1_000_000, threadsBefore, liveThreads, sdkThreads, idle / 1024.0 / count, connections);
        if (clients.size() != count) {
            throw new IllegalStateException(); // keeps the clients reachable until measured
        }
        clients.forEach(AsyncJamfProClient::close);
        if (resources != null) {
            resources.close();
        }
        System.exit(0);
    }

    private static AsyncJamfProClient client(JamfProClientResources resources, int port) {
        AsyncJamfProClient.Builder builder = AsyncJamfProClient.builder().server("localhost").port(port)
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build());
        return (resources == null ? builder : builder.resources(resources)).build();
    }

    /** Established TCP connections whose local port is {@code port} (the simulator's side), from /proc. */
    private static int openConnections(int port) {
        int count = 0;
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(file))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && f[1].endsWith(hexPort) && f[3].equals("01")) {
                        count++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return count;
    }

}
