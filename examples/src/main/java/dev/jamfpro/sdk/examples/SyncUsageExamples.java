package dev.jamfpro.sdk.examples;

import dev.jamfpro.sdk.ClassicApiException;
import dev.jamfpro.sdk.JamfHttpException;
import dev.jamfpro.sdk.JamfProClient;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.Outcome;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.classic.ComputerSubset;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.classic.model.ClassicComputersItem;
import dev.jamfpro.sdk.classic.model.ClassicLocation;
import dev.jamfpro.sdk.pro.Page;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.pro.query.FilterField;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The examples of {@link AsyncUsageExamples} (the Python SDK's async guide), each in synchronous form
 * with {@link JamfProClient}: the same calls returning values, exceptions caught directly, pages
 * iterated with {@code for}. Inventory is read with {@code getComputersInventoryV4Pages}, the current
 * version of the operation (v1 to v3 are deprecated). Every method prints what it did to {@code out}
 * and returns its result, so that a test can check it.
 */
public final class SyncUsageExamples {
    private static final List<String> GENERAL = List.of("GENERAL");

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

    private SessionConfig.Builder config() {
        return SessionConfig.builder().scheme(scheme);
    }

    /** A client like the guide's {@code JamfProClient(server=..., credentials=...)}. */
    public JamfProClient newClient() {
        return newClient(config().build());
    }

    private JamfProClient newClient(SessionConfig sessionConfig) {
        return JamfProClient.builder()
                .server(server)
                .port(port)
                .credentials(new ApiClientCredentialsProvider(clientId, clientSecret))
                .sessionConfig(sessionConfig)
                .build();
    }

    /** "Creating a Client": make it, use it, close it. */
    public List<ComputerInventoryV4> createClient() {
        JamfProClient client = newClient();
        try {
            List<ComputerInventoryV4> computers = client.proApi().getComputersInventoryV4Pages(GENERAL, PageQuery.defaults()).all();
            out.printf("  %d computers; the first is id %s, %s%n", computers.size(), computers.get(0).getId(),
                    computers.get(0).getGeneral().getName());
            return computers;
        } finally {
            client.close();
        }
    }

    /** {@code server("https://jamf.my.org")} is a clear error here too. */
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

    /** "Using Context Managers": try-with-resources. */
    public List<ComputerInventoryV4> tryWithResources() {
        try (JamfProClient client = newClient()) {
            List<ComputerInventoryV4> computers = client.proApi().getComputersInventoryV4Pages(GENERAL, PageQuery.defaults()).all();
            out.printf("  %d computers, client closed by try-with-resources%n", computers.size());
            return computers;
        }
    }

    /** The Classic list and the one Classic computer record. */
    public record ClassicListAndGet(List<ClassicComputersItem> computers, ClassicComputer computer) {
    }

    /** "Classic API Operations": list all computers, get one by id, one after the other. */
    public ClassicListAndGet classicListAndGet(int id) {
        try (JamfProClient client = newClient()) {
            List<ClassicComputersItem> computers = client.classicApi().listAllComputers();
            ClassicComputer computer = client.classicApi().getComputerById(id);
            out.printf("  listAllComputers(): %d items; getComputerById(%d): %s%n", computers.size(), id,
                    computer.getGeneral().getName());
            return new ClassicListAndGet(computers, computer);
        }
    }

    /** "Pro API Operations": inventory with an RSQL filter. */
    public List<ComputerInventoryV4> proApiFiltered(String name) {
        try (JamfProClient client = newClient()) {
            PageQuery query = PageQuery.builder().filter(FilterField.of("general.name").eq(name)).build();
            List<ComputerInventoryV4> computers = client.proApi().getComputersInventoryV4Pages(GENERAL, query).all();
            out.printf("  filter %s -> %d computers: ids %s%n", query.filter(), computers.size(),
                    computers.stream().map(ComputerInventoryV4::getId).collect(Collectors.joining(", ")));
            return computers;
        }
    }

    /** "Pagination": every page, fetched concurrently, in server order. */
    public List<ComputerInventoryV4> allPages() {
        try (JamfProClient client = newClient()) {
            List<ComputerInventoryV4> computers = client.proApi()
                    .getComputersInventoryV4Pages(GENERAL, PageQuery.builder().pageSize(100).build()).all();
            out.printf("  pageSize(100).all(): %d computers%n", computers.size());
            return computers;
        }
    }

    /** "Pagination", page by page: a plain {@code for} loop, memory bounded by a few pages. */
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

    /** "Concurrent Reads": a blocking handler run for every id, at most maxConcurrency requests at once. */
    public List<ClassicComputer> concurrentReads(int printFirst) {
        try (JamfProClient client = newClient()) {
            List<Integer> ids = client.classicApi().listAllComputers().stream().map(ClassicComputersItem::getId).toList();
            List<ClassicComputer> computers = new ArrayList<>();
            for (ClassicComputer computer : client.concurrentApiRequests(client.classicApi()::getComputerById, ids)) {
                if (computer.getGeneral().getId() <= printFirst) {
                    out.println("  " + computer.getGeneral().getId() + ": " + computer.getGeneral().getName());
                }
                computers.add(computer);
            }
            out.printf("  ... %d Classic records read concurrently%n", computers.size());
            return computers;
        }
    }

    /** "Concurrent Operations with Multiple Arguments": raw Classic requests fanned out. */
    public List<JamfResponse> concurrentRawRequests(List<Integer> ids) {
        try (JamfProClient client = newClient()) {
            List<AsyncUsageExamples.RawCall> args = ids.stream()
                    .map(id -> new AsyncUsageExamples.RawCall("GET", "computers/id/" + id)).toList();
            List<JamfResponse> responses = client.concurrentApiRequests(
                    (AsyncUsageExamples.RawCall call) -> client.classicApiRequest(call.method(), call.resourcePath(), null),
                    args).all();
            responses.forEach(response -> out.println("  Response: " + response.statusCode()));
            return responses;
        }
    }

    /** "Custom Functions": read a computer's location, update its building if it differs; plain blocking code. */
    static String updateComputerBuilding(JamfProClient client, int computerId, String newBuilding) {
        ClassicComputer current = client.classicApi().getComputerById(computerId, ComputerSubset.LOCATION);
        String building = current.getLocation() == null ? null : current.getLocation().getBuilding();
        if (Objects.equals(building, newBuilding)) {
            return "Skipped computer " + computerId;
        }
        ClassicComputer update = new ClassicComputer();
        update.setLocation(new ClassicLocation());
        update.getLocation().setBuilding(newBuilding);
        client.classicApi().updateComputerById(computerId, update);
        return "Updated computer " + computerId;
    }

    /** Fans {@link #updateComputerBuilding} out over {@code computerIds}. */
    public List<String> customFunction(List<Integer> computerIds, String newBuilding) {
        try (JamfProClient client = newClient()) {
            List<String> results = client.concurrentApiRequests(
                    (Integer id) -> updateComputerBuilding(client, id, newBuilding), computerIds).all();
            results.forEach(result -> out.println("  " + result));
            return results;
        }
    }

    /** "Basic Error Handling": the {@link ClassicApiException} itself is thrown, no unwrapping. */
    public ClassicApiException errorHandling(int missingId) {
        try (JamfProClient client = newClient()) {
            ClassicComputer computer = client.classicApi().getComputerById(missingId);
            throw new IllegalStateException("computer " + missingId + " exists: " + computer.getGeneral().getName());
        } catch (ClassicApiException error) {
            out.printf("  API Error: HTTP %d %s (%s %s)%n", error.statusCode(), error.errorMessage(), error.method(), error.path());
            return error;
        }
    }

    /** One {@code catch} of the shared base for a Pro 404 and a Classic 404. */
    public List<JamfHttpException> oneCatchForProAndClassic(String missingProId, int missingClassicId) {
        List<JamfHttpException> caught = new ArrayList<>();
        try (JamfProClient client = newClient()) {
            List<Runnable> calls = List.of(
                    () -> client.proApi().getComputersInventoryByIdV4(missingProId, GENERAL),
                    () -> client.classicApi().getComputerById(missingClassicId));
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

    /** "Handling Errors in Concurrent Operations": every outcome, each naming its argument. */
    public List<Outcome<ClassicComputer>> collectErrors(List<Integer> computerIds) {
        try (JamfProClient client = newClient(config().returnExceptions(true).build())) {
            List<Outcome<ClassicComputer>> outcomes = client
                    .concurrentApiRequests(client.classicApi()::getComputerById, computerIds).outcomes();
            for (Outcome<ClassicComputer> outcome : outcomes) {
                if (outcome.isFailure()) {
                    out.println("  Error for " + outcome.argument() + ": " + outcome.error().getMessage());
                } else {
                    out.println("  Success for " + outcome.argument() + ": " + outcome.value().getGeneral().getName());
                }
            }
            return outcomes;
        }
    }

    /** "Logging": with {@code returnExceptions(false)} failures are skipped and logged at WARN. */
    public List<ClassicComputer> skipErrorsAndLog(List<Integer> computerIds) {
        try (JamfProClient client = newClient(config().returnExceptions(false).build())) {
            List<ClassicComputer> found = client.concurrentApiRequests(client.classicApi()::getComputerById, computerIds)
                    .stream().collect(Collectors.toList());
            out.printf("  %d of %d read; the failure was logged by the SDK and skipped%n", found.size(), computerIds.size());
            return found;
        }
    }

    /** "Access Tokens": the cached token; its {@code toString()} hides it. */
    public AccessToken accessToken() {
        try (JamfProClient client = newClient()) {
            AccessToken token = client.getAccessToken();
            out.println("  " + token);
            return token;
        }
    }

    /** "Configuring the Client": timeout, maxConcurrency, TLS verification. */
    public List<ComputerInventoryV4> configured() {
        SessionConfig sessionConfig = config().timeout(Duration.ofSeconds(30)).maxConcurrency(10).verify(true).build();
        try (JamfProClient client = newClient(sessionConfig)) {
            List<ComputerInventoryV4> computers = client.proApi().getComputersInventoryV4Pages(GENERAL, PageQuery.defaults()).all();
            out.printf("  timeout 30 s, maxConcurrency 10: %d computers%n", computers.size());
            return computers;
        }
    }
}
