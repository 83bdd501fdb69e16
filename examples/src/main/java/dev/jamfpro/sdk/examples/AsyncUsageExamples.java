package dev.jamfpro.sdk.examples;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.Outcome;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.classic.model.ClassicPoliciesItem;
import dev.jamfpro.sdk.classic.model.ClassicPolicy;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.Building;
import dev.jamfpro.sdk.pro.model.ComputerInventoryUpdateRequest;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.pro.model.ComputerUserAndLocation;
import dev.jamfpro.sdk.pro.query.FilterField;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The examples of the Python SDK's async guide ("Async Usage"), one method each, in Java, on Jamf Pro
 * 11.30.1's current operations. Each method is what a user would write against their Jamf Pro; the
 * only difference is where the client points: {@code server}, {@code port} and {@code scheme} come
 * from the constructor (the demo passes a simulator's). Every method prints what it did to {@code out}
 * and returns its result, so that a test can check it.
 *
 * <p>The guide was written for endpoints Jamf has since deprecated; each example uses the current
 * successor and says so: {@code get_computer_inventory_v1} is {@code GET /v4/computers-inventory}
 * ({@code getComputersInventoryV4Pages}; v1, v2 and v3 are deprecated), and the Classic
 * {@code /computers} endpoints (deprecated since 2025-02-11) are the same v4 inventory: a computer is
 * {@code GET /v4/computers-inventory/{id}}, its location changes with
 * {@code PATCH /v4/computers-inventory-detail/{id}}. The Classic API itself is current for its other
 * resources: {@link #classicPolicies()} shows it.
 */
public final class AsyncUsageExamples {
    /** The section the examples read: a computer's name and identity (shared with {@link SyncUsageExamples}). */
    static final List<String> GENERAL = List.of("GENERAL");
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
    public List<ComputerInventoryV4> createClient() {
        AsyncJamfProClient client = newClient();
        try {
            // the guide's get_computer_inventory_v1(): v1 is deprecated, GET /v4/computers-inventory is current
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())
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
    public List<ComputerInventoryV4> tryWithResources() {
        try (AsyncJamfProClient client = newClient()) {
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())   // get_computer_inventory_v1's successor
                    .all()
                    .join();
            out.printf("  %d computers, client closed by try-with-resources%n", computers.size());
            return computers;
        }
    }

    // ------------------------------------------------------------------ Basic patterns

    /** The list and the one computer, read together: the two requests run at the same time. */
    public record ListAndGet(List<ComputerInventoryV4> computers, ComputerInventoryV4 computer) {
    }

    /**
     * "Classic API Operations": list all computers, get one by id. The guide's Classic
     * {@code list_all_computers()} and {@code get_computer_by_id(1)} are deprecated (Classic
     * {@code /computers}, since 2025-02-11); their successors are {@code GET /v4/computers-inventory} and
     * {@code GET /v4/computers-inventory/{id}}.
     */
    public ListAndGet listAndGet(String id) {
        try (AsyncJamfProClient client = newClient()) {
            CompletableFuture<List<ComputerInventoryV4>> list = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.defaults()).all();
            CompletableFuture<ComputerInventoryV4> one = client.proApi()
                    .getComputersInventoryByIdV4(id, List.of("GENERAL", "HARDWARE"));
            ListAndGet result = new ListAndGet(list.join(), one.join());
            out.printf("  GET /v4/computers-inventory: %d computers, first: id=%s name=%s%n", result.computers().size(),
                    result.computers().get(0).getId(), result.computers().get(0).getGeneral().getName());
            out.printf("  GET /v4/computers-inventory/%s: %s, serial %s%n", id, result.computer().getGeneral().getName(),
                    result.computer().getHardware().getSerialNumber());
            return result;
        }
    }

    /** The Classic API, on a resource that is current: every policy, and the first one's record. */
    public ClassicPolicy classicPolicies() {
        try (AsyncJamfProClient client = newClient()) {
            List<ClassicPoliciesItem> policies = client.classicApi().listAllPolicies().join();
            ClassicPolicy first = client.classicApi().getPolicyById(policies.get(0).getId()).join();
            out.printf("  listAllPolicies(): %d policies; getPolicyById(%d): %s%n", policies.size(), policies.get(0).getId(),
                    first.getGeneral().getName());
            return first;
        }
    }

    /**
     * "Pro API Operations": computer inventory with an RSQL filter (quoted and escaped by the SDK), on
     * {@code /v4/computers-inventory}, the successor of the guide's v1.
     */
    public List<ComputerInventoryV4> proApiFiltered(String name) {
        try (AsyncJamfProClient client = newClient()) {
            PageQuery query = PageQuery.builder().filter(FilterField.of("general.name").eq(name)).build();
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, query)
                    .all()
                    .join();
            out.printf("  filter %s -> %d computers: ids %s%n", query.filter(), computers.size(),
                    computers.stream().map(ComputerInventoryV4::getId).collect(Collectors.joining(", ")));
            return computers;
        }
    }

    /** "Async Pagination": every page (of v4, the guide's v1 successor), fetched concurrently, in server order. */
    public List<ComputerInventoryV4> allPages() {
        try (AsyncJamfProClient client = newClient()) {
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.builder().pageSize(100).build())
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
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.builder().pageSize(100).build())
                    .forEachPage(page -> {
                        for (ComputerInventoryV4 computer : page.results()) {
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

    /**
     * "Concurrent Reads": every computer's record, at most maxConcurrency requests at once. The guide
     * reads Classic {@code get_computer_by_id} (deprecated); its successor is
     * {@code GET /v4/computers-inventory/{id}}.
     */
    public List<ComputerInventoryV4> concurrentReads(int printFirst) {
        try (AsyncJamfProClient client = newClient()) {
            List<String> computerIds = client.proApi().getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())
                    .all().join().stream()
                    .map(ComputerInventoryV4::getId)
                    .toList();
            List<ComputerInventoryV4> computers = client.concurrentApiRequests(
                            (String id) -> client.proApi().getComputersInventoryByIdV4(id, GENERAL), computerIds)
                    .stream()
                    .peek(computer -> {
                        if (Integer.parseInt(computer.getId()) <= printFirst) {
                            out.println("  " + computer.getId() + ": " + computer.getGeneral().getName());
                        }
                    })
                    .toList();
            out.printf("  ... %d records read concurrently%n", computers.size());
            return computers;
        }
    }

    /** The arguments of one raw call: what the guide passes as a dictionary. */
    public record RawCall(String method, String resourcePath) {
    }

    /**
     * "Concurrent Operations with Multiple Arguments": raw calls fanned out. The guide's raw Classic
     * {@code computers/id/{id}} is deprecated; the raw Pro call {@code v4/computers-inventory/{id}} is
     * its successor.
     */
    public List<JamfResponse> concurrentRawRequests(List<Integer> ids) {
        try (AsyncJamfProClient client = newClient()) {
            List<RawCall> args = ids.stream()
                    .map(id -> new RawCall("GET", "v4/computers-inventory/" + id))
                    .toList();
            List<JamfResponse> responses = client.concurrentApiRequests(
                            (RawCall call) -> client.proApiRequest(call.method(), call.resourcePath(), Map.of(), null), args)
                    .stream()
                    .peek(response -> out.println("  Response: " + response.statusCode()))
                    .toList();
            return responses;
        }
    }

    /** The id of the building named {@code name} ({@code GET /v1/buildings} with a filter). */
    static CompletableFuture<String> buildingId(AsyncJamfProClient client, String name) {
        return client.proApi().getBuildingsV1Pages(PageQuery.builder().filter(FilterField.of("name").eq(name)).build())
                .all()
                .thenApply(buildings -> buildings.stream().map(Building::getId).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no building named " + name)));
    }

    /**
     * "Custom Async Functions": read a computer's location, change its building if it differs. The
     * guide reads and updates the Classic computer (deprecated); the successors are
     * {@code GET /v4/computers-inventory/{id}} and {@code PATCH /v4/computers-inventory-detail/{id}},
     * which name the building by id.
     */
    static CompletableFuture<String> updateComputerBuilding(AsyncJamfProClient client, String computerId,
                                                            String newBuildingId) {
        return client.proApi().getComputersInventoryByIdV4(computerId, List.of("USER_AND_LOCATION")).thenCompose(current -> {
            String building = current.getUserAndLocation() == null ? null : current.getUserAndLocation().getBuildingId();
            if (Objects.equals(building, newBuildingId)) {
                return CompletableFuture.completedFuture("Skipped computer " + computerId);
            }
            ComputerInventoryUpdateRequest update = new ComputerInventoryUpdateRequest();
            update.setUserAndLocation(new ComputerUserAndLocation());
            update.getUserAndLocation().setBuildingId(newBuildingId);   // only userAndLocation.buildingId is sent
            return client.proApi().patchComputersInventoryDetailByIdV4(computerId, update)
                    .thenApply(ignored -> "Updated computer " + computerId);
        });
    }

    /** Fans {@link #updateComputerBuilding} out over {@code computerIds}. */
    public List<String> customAsyncFunction(List<String> computerIds, String newBuilding) {
        try (AsyncJamfProClient client = newClient()) {
            String buildingId = buildingId(client, newBuilding).join();
            List<String> results = client.concurrentApiRequests(
                            (String id) -> updateComputerBuilding(client, id, buildingId), computerIds)
                    .stream()
                    .peek(result -> out.println("  " + result))
                    .toList();
            return results;
        }
    }

    // ------------------------------------------------------------------ Error handling

    /**
     * "Basic Error Handling": a missing computer fails the future with {@link JamfProApiException}
     * ({@code GET /v4/computers-inventory/{id}}, the successor of the guide's Classic read).
     */
    public JamfProApiException errorHandling(String missingId) {
        try (AsyncJamfProClient client = newClient()) {
            try {
                ComputerInventoryV4 computer = client.proApi().getComputersInventoryByIdV4(missingId, GENERAL).join();
                throw new IllegalStateException("computer " + missingId + " exists: " + computer.getGeneral().getName());
            } catch (CompletionException e) {
                if (e.getCause() instanceof JamfProApiException error) {
                    out.printf("  API Error: HTTP %d %s (%s %s)%n", error.statusCode(), error.errors(), error.method(),
                            error.path());
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
    public List<Outcome<ComputerInventoryV4>> collectErrors(List<String> computerIds) {
        SessionConfig sessionConfig = config().returnExceptions(true).build();
        try (AsyncJamfProClient client = newClient(sessionConfig)) {
            List<Outcome<ComputerInventoryV4>> outcomes = client
                    .concurrentApiRequests((String id) -> client.proApi().getComputersInventoryByIdV4(id, GENERAL),
                            computerIds)
                    .outcomes()
                    .join();
            for (Outcome<ComputerInventoryV4> outcome : outcomes) {
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
    public List<ComputerInventoryV4> skipErrorsAndLog(List<String> computerIds) {
        SessionConfig sessionConfig = config().returnExceptions(false).build();
        try (AsyncJamfProClient client = newClient(sessionConfig)) {
            // collect(toList()), not toList(): ConcurrentResults.stream() reports a fixed size although it
            // skips failures, which Stream.toList() rejects (an SDK defect, reported).
            List<ComputerInventoryV4> found = client.concurrentApiRequests(
                            (String id) -> client.proApi().getComputersInventoryByIdV4(id, GENERAL), computerIds)
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
    public List<ComputerInventoryV4> configured() {
        SessionConfig sessionConfig = config()
                .timeout(Duration.ofSeconds(30))
                .maxConcurrency(10)
                .verify(true)
                .build();
        try (AsyncJamfProClient client = newClient(sessionConfig)) {
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())   // get_computer_inventory_v1's successor
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

    /** Ids 1..n as the Pro API writes them. */
    public static List<String> textIds(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
    }
}
