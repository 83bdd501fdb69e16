package dev.jamfpro.sdk.examples;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.ClassicApiException;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.Outcome;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.classic.ComputerSubset;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.classic.model.ClassicLocation;
import dev.jamfpro.sdk.classic.model.ClassicComputersItem;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import dev.jamfpro.sdk.pro.query.FilterField;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The examples of the Python SDK's async guide ("Async Usage"), one method each, in Java. Each
 * method is what a user would write against their Jamf Pro; the only difference is where the client
 * points: {@code server}, {@code port} and {@code scheme} come from the constructor (the demo
 * passes a simulator's). Every method prints what it did to {@code out} and returns its result, so
 * that a test can check it.
 *
 * <p>The inventory examples use {@code getComputersInventoryV1Pages}, the Java name of the guide's
 * {@code get_computer_inventory_v1}. Jamf has deprecated v1 (and v2) of that operation in favour of
 * {@code getComputersInventoryV3Pages}, which works the same way.
 */
@SuppressWarnings("deprecation")
public final class AsyncUsageExamples {
    private final String server;
    private final int port;
    private final String scheme;
    private final String clientId;
    private final String clientSecret;
    private final PrintStream out;

    /**
     * @param scheme {@code https} for a real Jamf Pro, {@code http} for the simulator
     */
    public AsyncUsageExamples(String server, int port, String scheme, String clientId, String clientSecret,
                              PrintStream out) {
        this.server = Objects.requireNonNull(server, "server == null");
        this.port = port;
        this.scheme = Objects.requireNonNull(scheme, "scheme == null");
        this.clientId = Objects.requireNonNull(clientId, "clientId == null");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
        this.out = Objects.requireNonNull(out, "out == null");
    }

    /** The session configuration every example starts from: the scheme, otherwise SDK defaults. */
    private SessionConfig.Builder config() {
        return SessionConfig.builder().scheme(scheme);
    }

    /** A client like the guide's: {@code AsyncJamfProClient(server=..., credentials=...)}. */
    public AsyncJamfProClient newClient() {
        return newClient(config().build());
    }

    private AsyncJamfProClient newClient(SessionConfig sessionConfig) {
        return AsyncJamfProClient.builder()
                .server(server)                       // a host name: no "https://", no path
                .port(port)
                .credentials(new ApiClientCredentialsProvider(clientId, clientSecret))
                .sessionConfig(sessionConfig)
                .build();
    }

    // ------------------------------------------------------------------ Creating an Async Client

    /**
     * "Creating an Async Client": make a client, use it, close it. The server name has no scheme; the
     * builder refuses one.
     */
    public List<ComputerInventory> createClient() {
        AsyncJamfProClient client = newClient();
        try {
            List<ComputerInventory> computers = client.proApi()
                    .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.defaults())
                    .all()
                    .join();
            out.printf("  %d computers; the first is id %s, %s%n", computers.size(), computers.get(0).getId(),
                    computers.get(0).getGeneral().getName());
            return computers;
        } finally {
            client.close();
        }
    }

    /** The note of that section: {@code server("https://jamf.my.org")} is a clear error. */
    public IllegalArgumentException schemeInServerIsRefused() {
        try {
            AsyncJamfProClient.builder().server("https://jamf.my.org")
                    .credentials(new ApiClientCredentialsProvider("client_id", "client_secret")).build();
            throw new IllegalStateException("the builder accepted a server with a scheme");
        } catch (IllegalArgumentException expected) {
            out.println("  server(\"https://jamf.my.org\") -> IllegalArgumentException: " + expected.getMessage());
            return expected;
        }
    }

    /** "Using Context Managers": try-with-resources closes the client (threads, connections). */
    public List<ComputerInventory> tryWithResources() {
        try (AsyncJamfProClient client = newClient()) {
            List<ComputerInventory> computers = client.proApi()
                    .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.defaults())
                    .all()
                    .join();
            out.printf("  %d computers, client closed by try-with-resources%n", computers.size());
            return computers;
        }
    }

    // ------------------------------------------------------------------ Basic patterns

    /** Classic list and get, together: the two requests run at the same time. */
    public record ClassicListAndGet(List<ClassicComputersItem> computers, ClassicComputer computer) {
    }

    /** "Classic API Operations": list all computers, get one by id. */
    public ClassicListAndGet classicListAndGet(int id) {
        try (AsyncJamfProClient client = newClient()) {
            CompletableFuture<List<ClassicComputersItem>> list = client.classicApi().listAllComputers();
            CompletableFuture<ClassicComputer> one = client.classicApi().getComputerById(id);
            ClassicListAndGet result = new ClassicListAndGet(list.join(), one.join());
            out.printf("  listAllComputers(): %d items, first: id=%d name=%s%n", result.computers().size(),
                    result.computers().get(0).getId(), result.computers().get(0).getName());
            out.printf("  getComputerById(%d): %s, serial %s%n", id, result.computer().getGeneral().getName(),
                    result.computer().getGeneral().getSerialNumber());
            return result;
        }
    }

    /** "Pro API Operations": computer inventory with an RSQL filter (quoted and escaped by the SDK). */
    public List<ComputerInventory> proApiFiltered(String name) {
        try (AsyncJamfProClient client = newClient()) {
            PageQuery query = PageQuery.builder().filter(FilterField.of("general.name").eq(name)).build();
            List<ComputerInventory> computers = client.proApi()
                    .getComputersInventoryV1Pages(List.of("GENERAL"), query)
                    .all()
                    .join();
            out.printf("  filter %s -> %d computers: ids %s%n", query.filter(), computers.size(),
                    computers.stream().map(ComputerInventory::getId).collect(Collectors.joining(", ")));
            return computers;
        }
    }

    /** "Async Pagination": every page, fetched concurrently, in server order. */
    public List<ComputerInventory> allPages() {
        try (AsyncJamfProClient client = newClient()) {
            List<ComputerInventory> computers = client.proApi()
                    .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.builder().pageSize(100).build())
                    .all()
                    .join();
            out.printf("  pageSize(100).all(): %d computers%n", computers.size());
            return computers;
        }
    }

    /**
     * "Async Pagination", page by page: {@code forEachPage} hands over pages in order while later ones
     * are fetched, memory bounded by a few pages. ({@code stream()} is the blocking equivalent,
     * {@code publisher()} the reactive one.)
     */
    public int pageByPage(int printFirst) {
        AtomicInteger processed = new AtomicInteger();
        try (AsyncJamfProClient client = newClient()) {
            client.proApi()
                    .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.builder().pageSize(100).build())
                    .forEachPage(page -> {
                        for (ComputerInventory computer : page.results()) {
                            if (processed.getAndIncrement() < printFirst) {
                                out.println("  Processing " + computer.getGeneral().getName());
                            }
                        }
                    })
                    .join();
        }
        out.printf("  ... %d computers processed page by page%n", processed.get());
        return processed.get();
    }

    // ------------------------------------------------------------------ Concurrent operations

    /** "Concurrent Reads": every computer's Classic record, at most maxConcurrency requests at once. */
    public List<ClassicComputer> concurrentReads(int printFirst) {
        try (AsyncJamfProClient client = newClient()) {
            List<Integer> computerIds = client.classicApi().listAllComputers().join().stream()
                    .map(ClassicComputersItem::getId)
                    .toList();
            List<ClassicComputer> computers = client.concurrentApiRequests(client.classicApi()::getComputerById, computerIds)
                    .stream()
                    .peek(computer -> {
                        if (computer.getGeneral().getId() <= printFirst) {
                            out.println("  " + computer.getGeneral().getId() + ": " + computer.getGeneral().getName());
                        }
                    })
                    .toList();
            out.printf("  ... %d Classic records read concurrently%n", computers.size());
            return computers;
        }
    }

    /** The arguments of one raw Classic call: what the guide passes as a dictionary. */
    public record ClassicCall(String method, String resourcePath) {
    }

    /** "Concurrent Operations with Multiple Arguments": raw {@code classicApiRequest} calls fanned out. */
    public List<JamfResponse> concurrentRawRequests(List<Integer> ids) {
        try (AsyncJamfProClient client = newClient()) {
            List<ClassicCall> args = ids.stream()
                    .map(id -> new ClassicCall("GET", "computers/id/" + id))
                    .toList();
            List<JamfResponse> responses = client.concurrentApiRequests(
                            (ClassicCall call) -> client.classicApiRequest(call.method(), call.resourcePath(), null), args)
                    .stream()
                    .peek(response -> out.println("  Response: " + response.statusCode()))
                    .toList();
            return responses;
        }
    }

    /** "Custom Async Functions": read a computer's location, update its building if it differs. */
    static CompletableFuture<String> updateComputerBuilding(AsyncJamfProClient client, int computerId, String newBuilding) {
        return client.classicApi().getComputerById(computerId, ComputerSubset.LOCATION).thenCompose(current -> {
            String building = current.getLocation() == null ? null : current.getLocation().getBuilding();
            if (Objects.equals(building, newBuilding)) {
                return CompletableFuture.completedFuture("Skipped computer " + computerId);
            }
            ClassicComputer update = new ClassicComputer();
            update.setLocation(new ClassicLocation());
            update.getLocation().setBuilding(newBuilding);       // only <location><building> is sent
            return client.classicApi().updateComputerById(computerId, update)
                    .thenApply(ignored -> "Updated computer " + computerId);
        });
    }

    /** Fans {@link #updateComputerBuilding} out over {@code computerIds}. */
    public List<String> customAsyncFunction(List<Integer> computerIds, String newBuilding) {
        try (AsyncJamfProClient client = newClient()) {
            List<String> results = client.concurrentApiRequests(
                            (Integer id) -> updateComputerBuilding(client, id, newBuilding), computerIds)
                    .stream()
                    .peek(result -> out.println("  " + result))
                    .toList();
            return results;
        }
    }

    // ------------------------------------------------------------------ Error handling

    /** "Basic Error Handling": a missing computer fails the future with {@link ClassicApiException}. */
    public ClassicApiException errorHandling(int missingId) {
        try (AsyncJamfProClient client = newClient()) {
            try {
                ClassicComputer computer = client.classicApi().getComputerById(missingId).join();
                throw new IllegalStateException("computer " + missingId + " exists: " + computer.getGeneral().getName());
            } catch (CompletionException e) {
                if (e.getCause() instanceof ClassicApiException error) {
                    out.printf("  API Error: HTTP %d %s (%s %s)%n", error.statusCode(), error.errorMessage(),
                            error.method(), error.path());
                    return error;
                }
                throw e;
            }
        }
    }

    /**
     * "Handling Errors in Concurrent Operations": with {@code returnExceptions(true)} every request
     * gets its {@link Outcome}, failures included, in argument order.
     */
    public List<Outcome<ClassicComputer>> collectErrors(List<Integer> computerIds) {
        SessionConfig sessionConfig = config().returnExceptions(true).build();
        try (AsyncJamfProClient client = newClient(sessionConfig)) {
            List<Outcome<ClassicComputer>> outcomes = client
                    .concurrentApiRequests(client.classicApi()::getComputerById, computerIds)
                    .outcomes()
                    .join();
            for (Outcome<ClassicComputer> outcome : outcomes) {
                if (outcome.isFailure()) {
                    out.println("  Error: " + outcome.error().getMessage());
                } else {
                    out.println("  Success: " + outcome.value().getGeneral().getName());
                }
            }
            return outcomes;
        }
    }

    /**
     * The other setting, and the "Logging" section: with {@code returnExceptions(false)},
     * {@code stream()} skips failures and the SDK logs each at WARN through SLF4J (here
     * slf4j-simple; {@code -Dorg.slf4j.simpleLogger.log.dev.jamfpro.sdk=debug} shows retries and
     * token refreshes too).
     */
    public List<ClassicComputer> skipErrorsAndLog(List<Integer> computerIds) {
        SessionConfig sessionConfig = config().returnExceptions(false).build();
        try (AsyncJamfProClient client = newClient(sessionConfig)) {
            // collect(toList()), not toList(): ConcurrentResults.stream() reports a fixed size although it
            // skips failures, which Stream.toList() rejects (an SDK defect, reported).
            List<ClassicComputer> found = client.concurrentApiRequests(client.classicApi()::getComputerById, computerIds)
                    .stream()
                    .collect(Collectors.toList());
            out.printf("  %d of %d read; the failure was logged by the SDK and skipped%n", found.size(),
                    computerIds.size());
            return found;
        }
    }

    // ------------------------------------------------------------------ Tokens and configuration

    /** "Access Tokens": the cached token, refreshed when needed. Its {@code toString()} hides the token. */
    public AccessToken accessToken() {
        try (AsyncJamfProClient client = newClient()) {
            AccessToken token = client.getAccessToken().join();
            out.println("  " + token);     // AccessToken{type=oauth, token=***, expires=..., scope=[...]}
            return token;
        }
    }

    /** "Configuring the Async Client": timeout, maxConcurrency, TLS verification. */
    public List<ComputerInventory> configured() {
        SessionConfig sessionConfig = config()
                .timeout(Duration.ofSeconds(30))
                .maxConcurrency(10)
                .verify(true)
                .build();
        try (AsyncJamfProClient client = newClient(sessionConfig)) {
            List<ComputerInventory> computers = client.proApi()
                    .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.defaults())
                    .all()
                    .join();
            out.printf("  timeout 30 s, maxConcurrency 10: %d computers%n", computers.size());
            return computers;
        }
    }

    /** Ids 1..n, for the examples that take a handful of computers. */
    public static List<Integer> ids(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }
}
