package dev.jamfpro.sdk.examples;

import static dev.jamfpro.sdk.examples.ExampleFleet.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.Outcome;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.classic.model.ClassicPolicy;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's flows against a simulator, each result checked against the simulator's own fleet; every
 * request they make is a current (not deprecated) operation of Jamf Pro 11.30.1.
 */
class AsyncUsageExamplesTest {
    private static JamfProSimulator jamf;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private AsyncUsageExamples examples;

    @BeforeAll
    static void start() {
        jamf = JamfProSimulator.builder().computers(300).seed(3).start();
    }

    @AfterAll
    static void stop() {
        jamf.close();
    }

    @BeforeEach
    void examples() {
        jamf.setLatency(Duration.ZERO);
        examples = new AsyncUsageExamples(jamf.host(), jamf.port(), "http", "sim-client", "sim-secret",
                new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static List<Integer> idsByName() {
        return ExampleFleet.idsByName(jamf);
    }

    @Test
    void createClientAndTryWithResourcesReadTheWholeInventory() {
        assertEquals(idsByName(), ids(examples.createClient()));
        assertEquals(idsByName(), ids(examples.tryWithResources()));
        assertTrue(examples.schemeInServerIsRefused().getMessage().contains("scheme"));
    }

    @Test
    void listAndGetReadTheV4Inventory() {
        AsyncUsageExamples.ListAndGet result = examples.listAndGet("1");
        assertEquals(idsByName(), ids(result.computers()));
        SimulatedComputer one = jamf.computer(1).orElseThrow();
        assertEquals(one.name(), result.computer().getGeneral().getName());
        assertEquals(one.serialNumber(), result.computer().getHardware().getSerialNumber());
    }

    @Test
    void classicPoliciesAreRead() {
        ClassicPolicy first = examples.classicPolicies();
        String expected = jamf.classicStore("policies").get(first.getGeneral().getId()).orElseThrow();
        assertTrue(expected.contains("<name>" + first.getGeneral().getName() + "</name>"), expected);
    }

    @Test
    void noDeprecatedOperationIsCalled() {
        jamf.resetStats();
        String name = jamf.computer(1).orElseThrow().name();
        examples.createClient();
        examples.tryWithResources();
        examples.listAndGet("2");
        examples.classicPolicies();
        examples.proApiFiltered(name);
        examples.allPages();
        examples.pageByPage(1);
        examples.concurrentReads(1);
        examples.concurrentRawRequests(AsyncUsageExamples.ids(2));
        examples.customAsyncFunction(List.of("3"), "Warehouse");
        examples.errorHandling("999999");
        examples.collectErrors(List.of("1", "999999"));
        examples.skipErrorsAndLog(List.of("1", "999999"));
        examples.accessToken();
        examples.configured();
        DeprecatedOperations.assertNoneCalled(jamf.recordedRequests());
    }

    @Test
    void proApiFilterFindsExactlyTheNamedComputers() {
        String name = jamf.computer(1).orElseThrow().name(); // "Oscar's MacBook Air": needs quoting
        List<ComputerInventoryV4> found = examples.proApiFiltered(name);
        Set<Integer> expected = jamf.computers().stream().filter(c -> c.name().equalsIgnoreCase(name))
                .map(SimulatedComputer::id).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, new HashSet<>(ids(found)));
        assertTrue(found.stream().allMatch(c -> c.getGeneral().getName().equals(name)));
    }

    @Test
    void paginationAllPagesAndPageByPage() {
        List<ComputerInventoryV4> all = examples.allPages();
        assertEquals(idsByName(), ids(all));
        assertEquals(300, examples.pageByPage(3));
        String firstName = jamf.computer(idsByName().get(0)).orElseThrow().name();
        assertTrue(output().contains("Processing " + firstName), output());
        assertEquals(3, output().lines().filter(l -> l.startsWith("  Processing ")).count());
    }

    @Test
    void concurrentReadsStayWithinTheLimitAndKeepArgumentOrder() {
        jamf.setLatency(Duration.ofMillis(3));
        jamf.resetStats();
        List<ComputerInventoryV4> computers = examples.concurrentReads(3);
        assertEquals(idsByName().stream().map(id -> jamf.computer(id).orElseThrow().name()).toList(),
                computers.stream().map(c -> c.getGeneral().getName()).toList(), "in the order of the ids read");
        int peak = jamf.stats().peakInFlight();
        assertTrue(peak >= 2 && peak <= 5, "concurrent, within maxConcurrency 5: " + peak);
        assertEquals(300, jamf.stats().requestsUnder("/api/v4/computers-inventory/"));
    }

    @Test
    void rawClassicRequestsFanOut() {
        List<JamfResponse> responses = examples.concurrentRawRequests(AsyncUsageExamples.ids(5));
        assertEquals(5, responses.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(200, responses.get(i).statusCode());
            assertTrue(responses.get(i).body().startsWith("{\"id\":\"" + (i + 1) + "\""), responses.get(i).body());
        }
        assertEquals(5, output().lines().filter(l -> l.equals("  Response: 200")).count());
    }

    @Test
    void customFunctionUpdatesOnlyWhatDiffers() {
        List<Integer> ids = List.of(11, 12, 13, 14, 15, 16, 17, 18);
        List<String> expected = ids.stream()
                .map(id -> "Main Office".equals(jamf.computer(id).orElseThrow().building())
                        ? "Skipped computer " + id : "Updated computer " + id)
                .toList();
        assertTrue(expected.stream().anyMatch(s -> s.startsWith("Updated")), "the data must need some updates");
        List<String> textIds = ids.stream().map(String::valueOf).toList();
        assertEquals(expected, examples.customAsyncFunction(textIds, "Main Office"));
        for (int id : ids) {
            assertEquals("Main Office", jamf.computer(id).orElseThrow().building());
            assertEquals("1", jamf.computer(id).orElseThrow().buildingId());
        }
        assertEquals(ids.stream().map(id -> "Skipped computer " + id).toList(),
                examples.customAsyncFunction(textIds, "Main Office"));
    }

    @Test
    void missingComputerIsAJamfProApiException() {
        JamfProApiException error = examples.errorHandling("999999");
        assertEquals(404, error.statusCode());
        assertEquals("GET", error.method());
        assertTrue(error.path().endsWith("/v4/computers-inventory/999999"), error.path());
        assertTrue(output().contains("API Error: HTTP 404"));
    }

    @Test
    void returnExceptionsCollectsEveryOutcomeInOrder() {
        List<Outcome<ComputerInventoryV4>> outcomes = examples.collectErrors(List.of("1", "2", "999999", "4", "5"));
        assertEquals(5, outcomes.size());
        assertTrue(outcomes.get(2).isFailure());
        JamfProApiException error = assertInstanceOf(JamfProApiException.class, outcomes.get(2).error());
        assertEquals(404, error.statusCode());
        int[] present = {1, 2, 4, 5};
        int[] positions = {0, 1, 3, 4};
        for (int i = 0; i < present.length; i++) {
            assertEquals(jamf.computer(present[i]).orElseThrow().name(),
                    outcomes.get(positions[i]).value().getGeneral().getName());
        }
        assertEquals(4, examples.skipErrorsAndLog(List.of("1", "2", "999999", "4", "5")).size());
    }

    @Test
    void accessTokenIsOauthAndNeverPrinted() {
        AccessToken token = examples.accessToken();
        assertEquals("oauth", token.type());
        assertTrue(token.expires().isAfter(Instant.now()));
        assertFalse(token.token().isEmpty());
        assertFalse(output().contains(token.token()), "the token must not be printed");
    }

    @Test
    void configuredClientUsesItsConcurrency() {
        jamf.setLatency(Duration.ofMillis(3));
        jamf.resetStats();
        assertEquals(idsByName(), ids(examples.configured()));
        assertTrue(jamf.stats().peakInFlight() <= 10, "maxConcurrency 10: " + jamf.stats().peakInFlight());
    }

    @Test
    void theDemoRunsEndToEnd() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            AsyncUsageDemo.main(new String[] {"--computers=300", "--latency-ms=1"});
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        for (String section : List.of("Creating an Async Client", "Classic API Operations", "Pro API Operations",
                "page by page", "Concurrent Reads", "Multiple Arguments", "Custom Async Functions", "Basic Error Handling",
                "Handling Errors in Concurrent Operations", "Logging", "Access Tokens", "Configuring the Async Client",
                "Integration with Async Frameworks", "Done:")) {
            assertTrue(text.contains(section), "missing section " + section + " in:\n" + text);
        }
        assertTrue(text.contains("Updated computer"));
        assertTrue(text.contains("Error: "));
        assertTrue(text.contains("token=***"));
        assertTrue(text.contains("300 computers; the first is id"), text);
    }
}
