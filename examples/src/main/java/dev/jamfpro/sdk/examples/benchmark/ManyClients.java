package dev.jamfpro.sdk.examples.benchmark;

import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Benchmark 7: 500 clients (one per tenant) in one JVM against one simulator, each built on one shared
 * {@code JamfProClientResources} or each the default way (private resources): live threads, heap per
 * idle client, open connections, and the time for one call through every client (20 in flight at a
 * time). Each way runs in a fresh JVM ({@link ManyClientsProbe}). The simulator knows one set of
 * credentials, so the tenants share it; each client still gets its own token, cookies and limit. All
 * tenants are one host here, so a shared pool can also share connections between them, which distinct
 * Jamf Pro servers would not.
 */
final class ManyClients {
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 500);

    private ManyClients() {
    }

    static void run(Consumer<String[]> row) throws Exception {
        System.out.printf(Locale.ROOT, "%n[7] %d clients in one JVM: shared resources against default-built%n", CLIENTS);
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(10).requestLogLimit(0).start()) {
            for (String mode : List.of("default", "shared")) {
                int accepted = jamf.stats().connectionsAccepted();
                Map<String, String> r = Fork.run(ManyClientsProbe.class, List.of("-Xmx1g"), mode,
                        Integer.toString(jamf.port()), Integer.toString(CLIENTS));
                System.out.println("  " + mode + ": " + r + ", connections accepted by the simulator "
                        + (jamf.stats().connectionsAccepted() - accepted));
                row.accept(new String[] {"7 " + CLIENTS + " clients, " + mode, "threads " + r.get("liveThreadsAfterCalls")
                        + " (sdk " + r.get("sdkThreadsAfterCalls") + "), idle " + r.get("idleHeapPerClientKb") + " KB/client, "
                        + r.get("openConnections") + " connections", "one call each: " + r.get("oneCallEachMs") + " ms",
                        "-", mode.equals("shared") ? (Double.parseDouble(r.get("idleHeapPerClientKb")) < 16
                        ? "met (< 16 KB/client, fixed threads)" : "MISSED (< 16 KB/client)") : "reference"});
            }
        }
    }
}
