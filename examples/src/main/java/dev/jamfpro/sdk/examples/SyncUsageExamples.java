package dev.jamfpro.sdk.examples;

import static dev.jamfpro.sdk.examples.AsyncUsageExamples.GENERAL;

import dev.jamfpro.sdk.JamfHttpException;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProClient;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.Outcome;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.classic.model.ClassicPoliciesItem;
import dev.jamfpro.sdk.classic.model.ClassicPolicy;
import dev.jamfpro.sdk.examples.AsyncUsageExamples.ListAndGet;
import dev.jamfpro.sdk.examples.AsyncUsageExamples.RawCall;
import dev.jamfpro.sdk.pro.Page;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.Building;
import dev.jamfpro.sdk.pro.model.ComputerInventoryUpdateRequest;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.pro.model.ComputerUserAndLocation;
import dev.jamfpro.sdk.pro.query.FilterField;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The examples of {@link AsyncUsageExamples} (the Python SDK's async guide), example for example, in
 * synchronous form with {@link JamfProClient}: the same calls returning values, the SDK's exceptions
 * caught directly (never a {@code CompletionException}), pages iterated with {@code for}. The Python SDK's
 * synchronous {@code JamfProClient} is the same client for scripts and sequential code.
 *
 * <p>Like the asynchronous examples, every one is on Jamf Pro 11.30.1's current operations, and each
 * says which deprecated endpoint of the guide it replaces: {@code get_computer_inventory_v1} is
 * {@code GET /v4/computers-inventory} (v1, v2 and v3 are deprecated), and the Classic {@code /computers}
 * endpoints (deprecated since 2025-02-11) are the same v4 inventory: a computer is
 * {@code GET /v4/computers-inventory/{id}}, its location changes with
 * {@code PATCH /v4/computers-inventory-detail/{id}}. The Classic API itself is current for its other
 * resources: {@link #classicPolicies()} shows it. Every method prints what it did to {@code out} and
 * returns its result, so that a test can check it.
 */
public final class SyncUsageExamples {
    private final String server;
    private final int port;
    private final String scheme;
    private final String clientId;
    private final String clientSecret;
    private final PrintStream out;

    /**
     * @param scheme {@code https} for a real Jamf Pro, {@code http} for the simulator
     */
    public SyncUsageExamples(String server, int port, String scheme, String clientId, String clientSecret, PrintStream out) {
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

    /** A client like the guide's {@code JamfProClient(server=..., credentials=...)}. */
    public JamfProClient newClient() {
        return newClient(config().build());
    }

    private JamfProClient newClient(SessionConfig sessionConfig) {
        return JamfProClient.builder()
                .server(server)                       // a host name: no "https://", no path
                .port(port)
                .credentials(new ApiClientCredentialsProvider(clientId, clientSecret))
                .sessionConfig(sessionConfig)
                .build();
    }

    // ------------------------------------------------------------------ Creating a Client

    /** "Creating a Client": make a client, use it, close it. */
    public List<ComputerInventoryV4> createClient() {
        JamfProClient client = newClient();
        try {
            // the guide's get_computer_inventory_v1(): v1 is deprecated, GET /v4/computers-inventory is current
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())
                    .all();
            out.printf("  %d computers; the first is id %s, %s%n", computers.size(), computers.get(0).getId(),
                    computers.get(0).getGeneral().getName());
            return computers;
        } finally {
            client.close();
        }
    }

    /** The note of that section: {@code server("https://jamf.my.org")} is a clear error here too. */
    public IllegalArgumentException schemeInServerIsRefused() {
        try {
            JamfProClient.builder().server("https://jamf.my.org")
                    .credentials(new ApiClientCredentialsProvider("client_id", "client_secret")).build();
            throw new IllegalStateException("the builder accepted a server with a scheme");
        } catch (IllegalArgumentException expected) {
            out.println("  server(\"https://jamf.my.org\") -> IllegalArgumentException: " + expected.getMessage());
            return expected;
        }
    }

    /** "Using Context Managers": try-with-resources closes the client (threads, connections). */
    public List<ComputerInventoryV4> tryWithResources() {
        try (JamfProClient client = newClient()) {
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())   // get_computer_inventory_v1's successor
                    .all();
            out.printf("  %d computers, client closed by try-with-resources%n", computers.size());
            return computers;
        }
    }

    // ------------------------------------------------------------------ Basic patterns

    /**
     * "Classic API Operations": list all computers, get one by id, one after the other. The guide's
     * Classic {@code list_all_computers()} and {@code get_computer_by_id(1)} are deprecated (Classic
     * {@code /computers}, since 2025-02-11); their successors are {@code GET /v4/computers-inventory} and
     * {@code GET /v4/computers-inventory/{id}}.
     */
    public ListAndGet listAndGet(String id) {
        try (JamfProClient client = newClient()) {
            List<ComputerInventoryV4> computers = client.proApi().getComputersInventoryV4Pages(GENERAL, PageQuery.defaults()).all();
            ComputerInventoryV4 computer = client.proApi().getComputersInventoryByIdV4(id, List.of("GENERAL", "HARDWARE"));
            out.printf("  GET /v4/computers-inventory: %d computers, first: id=%s name=%s%n", computers.size(),
                    computers.get(0).getId(), computers.get(0).getGeneral().getName());
            out.printf("  GET /v4/computers-inventory/%s: %s, serial %s%n", id, computer.getGeneral().getName(),
                    computer.getHardware().getSerialNumber());
            return new ListAndGet(computers, computer);
        }
    }

    /** The Classic API, on a resource that is current: every policy, and the first one's record. */
    public ClassicPolicy classicPolicies() {
        try (JamfProClient client = newClient()) {
            List<ClassicPoliciesItem> policies = client.classicApi().listAllPolicies();
            ClassicPolicy first = client.classicApi().getPolicyById(policies.get(0).getId());
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
        try (JamfProClient client = newClient()) {
            PageQuery query = PageQuery.builder().filter(FilterField.of("general.name").eq(name)).build();
            List<ComputerInventoryV4> computers = client.proApi().getComputersInventoryV4Pages(GENERAL, query).all();
            out.printf("  filter %s -> %d computers: ids %s%n", query.filter(), computers.size(),
                    computers.stream().map(ComputerInventoryV4::getId).collect(Collectors.joining(", ")));
            return computers;
        }
    }

    /** "Pagination": every page (of v4, the guide's v1 successor), fetched concurrently, in server order. */
    public List<ComputerInventoryV4> allPages() {
        try (JamfProClient client = newClient()) {
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.builder().pageSize(100).build())
                    .all();
            out.printf("  pageSize(100).all(): %d computers%n", computers.size());
            return computers;
        }
    }

    /**
     * "Pagination", page by page: a plain {@code for} loop over the pages, later ones fetched while this
     * one is processed, memory bounded by a few pages. ({@code stream()} gives the records lazily.)
     */
    public int pageByPage(int printFirst) {
        int processed = 0;
        try (JamfProClient client = newClient()) {
            for (Page<ComputerInventoryV4> page : client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.builder().pageSize(100).build())) {
                for (ComputerInventoryV4 computer : page.results()) {
                    if (processed++ < printFirst) {
                        out.println("  Processing " + computer.getGeneral().getName());
                    }
                }
            }
        }
        out.printf("  ... %d computers processed page by page%n", processed);
        return processed;
    }

    // ------------------------------------------------------------------ Concurrent operations

    /**
     * "Concurrent Reads": every computer's record, a blocking handler per id, at most maxConcurrency
     * requests at once, results in argument order. The guide reads Classic {@code get_computer_by_id}
     * (deprecated); its successor is {@code GET /v4/computers-inventory/{id}}.
     */
    public List<ComputerInventoryV4> concurrentReads(int printFirst) {
        try (JamfProClient client = newClient()) {
            List<String> computerIds = client.proApi().getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())
                    .all().stream()
                    .map(ComputerInventoryV4::getId)
                    .toList();
            List<ComputerInventoryV4> computers = new ArrayList<>();
            for (ComputerInventoryV4 computer : client.concurrentApiRequests(
                    (String id) -> client.proApi().getComputersInventoryByIdV4(id, GENERAL), computerIds)) {
                if (Integer.parseInt(computer.getId()) <= printFirst) {
                    out.println("  " + computer.getId() + ": " + computer.getGeneral().getName());
                }
                computers.add(computer);
            }
            out.printf("  ... %d records read concurrently%n", computers.size());
            return computers;
        }
    }

    /**
     * "Concurrent Operations with Multiple Arguments": raw calls fanned out. The guide's raw Classic
     * {@code computers/id/{id}} is deprecated; the raw Pro call {@code v4/computers-inventory/{id}} is
     * its successor.
     */
    public List<JamfResponse> concurrentRawRequests(List<Integer> ids) {
        try (JamfProClient client = newClient()) {
            List<RawCall> args = ids.stream()
                    .map(id -> new RawCall("GET", "v4/computers-inventory/" + id))
                    .toList();
            List<JamfResponse> responses = client.concurrentApiRequests(
                    (RawCall call) -> client.proApiRequest(call.method(), call.resourcePath(), Map.of(), null), args).all();
            responses.forEach(response -> out.println("  Response: " + response.statusCode()));
            return responses;
        }
    }

    /** The id of the building named {@code name} ({@code GET /v1/buildings} with a filter). */
    static String buildingId(JamfProClient client, String name) {
        return client.proApi().getBuildingsV1Pages(PageQuery.builder().filter(FilterField.of("name").eq(name)).build())
                .all().stream()
                .map(Building::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no building named " + name));
    }

    /**
     * "Custom Functions": read a computer's location, change its building if it differs; plain blocking
     * code. The guide reads and updates the Classic computer (deprecated); the successors are
     * {@code GET /v4/computers-inventory/{id}} and {@code PATCH /v4/computers-inventory-detail/{id}},
     * which name the building by id.
     */
    static String updateComputerBuilding(JamfProClient client, String computerId, String newBuildingId) {
        ComputerInventoryV4 current = client.proApi().getComputersInventoryByIdV4(computerId, List.of("USER_AND_LOCATION"));
        String building = current.getUserAndLocation() == null ? null : current.getUserAndLocation().getBuildingId();
        if (Objects.equals(building, newBuildingId)) {
            return "Skipped computer " + computerId;
        }
        ComputerInventoryUpdateRequest update = new ComputerInventoryUpdateRequest();
        update.setUserAndLocation(new ComputerUserAndLocation());
        update.getUserAndLocation().setBuildingId(newBuildingId);   // only userAndLocation.buildingId is sent
        client.proApi().patchComputersInventoryDetailByIdV4(computerId, update);
        return "Updated computer " + computerId;
    }

    /**
     * Fans {@link #updateComputerBuilding} out over {@code computerIds} (the asynchronous twin is
     * {@code customAsyncFunction}).
     */
    public List<String> customFunction(List<String> computerIds, String newBuilding) {
        try (JamfProClient client = newClient()) {
            String buildingId = buildingId(client, newBuilding);
            List<String> results = client.concurrentApiRequests(
                    (String id) -> updateComputerBuilding(client, id, buildingId), computerIds).all();
            results.forEach(result -> out.println("  " + result));
            return results;
        }
    }

    // ------------------------------------------------------------------ Error handling

    /**
     * "Basic Error Handling": a missing computer throws {@link JamfProApiException} itself, no unwrapping
     * ({@code GET /v4/computers-inventory/{id}}, the successor of the guide's Classic read).
     */
    public JamfProApiException errorHandling(String missingId) {
        try (JamfProClient client = newClient()) {
            ComputerInventoryV4 computer = client.proApi().getComputersInventoryByIdV4(missingId, GENERAL);
            throw new IllegalStateException("computer " + missingId + " exists: " + computer.getGeneral().getName());
        } catch (JamfProApiException error) {
            out.printf("  API Error: HTTP %d %s (%s %s)%n", error.statusCode(), error.errors(), error.method(), error.path());
            return error;
        }
    }

    /**
     * One {@code catch} of the shared base, {@link JamfHttpException}, for a Pro 404 (a computer,
     * {@code GET /v4/computers-inventory/{id}}) and a Classic 404 (a policy, {@code GET
     * /JSSResource/policies/id/{id}}, a current Classic resource).
     */
    public List<JamfHttpException> oneCatchForProAndClassic(String missingComputerId, int missingPolicyId) {
        List<JamfHttpException> caught = new ArrayList<>();
        try (JamfProClient client = newClient()) {
            List<Runnable> calls = List.of(
                    () -> client.proApi().getComputersInventoryByIdV4(missingComputerId, GENERAL),
                    () -> client.classicApi().getPolicyById(missingPolicyId));
            for (Runnable call : calls) {
                try {
                    call.run();
                } catch (JamfHttpException e) {
                    out.printf("  %s: HTTP %d on %s %s%n", e.getClass().getSimpleName(), e.statusCode(), e.method(), e.path());
                    caught.add(e);
                }
            }
        }
        return caught;
    }

    /**
     * "Handling Errors in Concurrent Operations": with {@code returnExceptions(true)} every request gets
     * its {@link Outcome}, failures included, in argument order, each naming its argument.
     */
    public List<Outcome<ComputerInventoryV4>> collectErrors(List<String> computerIds) {
        try (JamfProClient client = newClient(config().returnExceptions(true).build())) {
            List<Outcome<ComputerInventoryV4>> outcomes = client
                    .concurrentApiRequests((String id) -> client.proApi().getComputersInventoryByIdV4(id, GENERAL),
                            computerIds)
                    .outcomes();
            for (Outcome<ComputerInventoryV4> outcome : outcomes) {
                if (outcome.isFailure()) {
                    out.println("  Error for " + outcome.argument() + ": " + outcome.error().getMessage());
                } else {
                    out.println("  Success for " + outcome.argument() + ": " + outcome.value().getGeneral().getName());
                }
            }
            return outcomes;
        }
    }

    /**
     * The other setting, and the "Logging" section: with {@code returnExceptions(false)},
     * {@code stream()} skips failures and the SDK logs each at WARN through SLF4J.
     */
    public List<ComputerInventoryV4> skipErrorsAndLog(List<String> computerIds) {
        try (JamfProClient client = newClient(config().returnExceptions(false).build())) {
            // collect(toList()), not toList(): see AsyncUsageExamples.skipErrorsAndLog
            List<ComputerInventoryV4> found = client.concurrentApiRequests(
                            (String id) -> client.proApi().getComputersInventoryByIdV4(id, GENERAL), computerIds)
                    .stream()
                    .collect(Collectors.toList());
            out.printf("  %d of %d read; the failure was logged by the SDK and skipped%n", found.size(), computerIds.size());
            return found;
        }
    }

    // ------------------------------------------------------------------ Tokens and configuration

    /** "Access Tokens": the cached token, refreshed when needed. Its {@code toString()} hides the token. */
    public AccessToken accessToken() {
        try (JamfProClient client = newClient()) {
            AccessToken token = client.getAccessToken();
            out.println("  " + token);     // AccessToken{type=oauth, token=***, expires=..., scope=[...]}
            return token;
        }
    }

    /** "Configuring the Client": timeout, maxConcurrency, TLS verification. */
    public List<ComputerInventoryV4> configured() {
        SessionConfig sessionConfig = config()
                .timeout(Duration.ofSeconds(30))
                .maxConcurrency(10)
                .verify(true)
                .build();
        try (JamfProClient client = newClient(sessionConfig)) {
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.defaults())   // get_computer_inventory_v1's successor
                    .all();
            out.printf("  timeout 30 s, maxConcurrency 10: %d computers%n", computers.size());
            return computers;
        }
    }
}
