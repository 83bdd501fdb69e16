package dev.jamfpro.sdk.examples;

import static dev.jamfpro.sdk.examples.ExampleFleet.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.ClassicApiException;
import dev.jamfpro.sdk.JamfHttpException;
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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The synchronous forms of the demo's examples against a simulator, each result checked against the
 * simulator's own fleet; every request they make is a current (not deprecated) operation of Jamf Pro
 * 11.30.1.
 */
class SyncUsageExamplesTest {
    private static JamfProSimulator jamf;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private SyncUsageExamples examples;

    @BeforeAll
    static void start() {
        jamf = JamfProSimulator.builder().computers(250).seed(5).start();
    }

    @AfterAll
    static void stop() {
        jamf.close();
    }

    @BeforeEach
    void examples() {
        jamf.setLatency(Duration.ZERO);
        examples = new SyncUsageExamples(jamf.host(), jamf.port(), "http", "sim-client", "sim-secret",
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
        AsyncUsageExamples.ListAndGet result = examples.listAndGet("3");
        assertEquals(idsByName(), ids(result.computers()));
        SimulatedComputer three = jamf.computer(3).orElseThrow();
        assertEquals(three.name(), result.computer().getGeneral().getName());
        assertEquals(three.serialNumber(), result.computer().getHardware().getSerialNumber());
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
        examples.customFunction(List.of("3"), "Warehouse");
        examples.errorHandling("999999");
        examples.oneCatchForProAndClassic("999999", 999999);
        examples.collectErrors(List.of("1", "999999"));
        examples.skipErrorsAndLog(List.of("1", "999999"));
        examples.accessToken();
        examples.configured();
        DeprecatedOperations.assertNoneCalled(jamf.recordedRequests());
    }

    @Test
    void proApiFilterFindsExactlyTheNamedComputers() {
        String name = jamf.computer(1).orElseThrow().name();
        List<ComputerInventoryV4> found = examples.proApiFiltered(name);
        Set<Integer> expected = jamf.computers().stream().filter(c -> c.name().equalsIgnoreCase(name))
                .map(SimulatedComputer::id).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, new HashSet<>(ids(found)));
        assertTrue(found.stream().allMatch(c -> c.getGeneral().getName().equals(name)));
    }

    @Test
    void paginationAllPagesAndPageByPageWithAForLoop() {
        assertEquals(idsByName(), ids(examples.allPages()));
        assertEquals(250, examples.pageByPage(3));
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
        assertEquals(250, jamf.stats().requestsUnder("/api/v4/computers-inventory/"));
    }

    @Test
    void rawRequestsFanOut() {
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
        String warehouseId = jamf.buildings().entrySet().stream().filter(b -> b.getValue().equals("Warehouse"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        List<Integer> ids = List.of(21, 22, 23, 24, 25, 26);
        List<String> expected = ids.stream()
                .map(id -> "Warehouse".equals(jamf.computer(id).orElseThrow().building())
                        ? "Skipped computer " + id : "Updated computer " + id)
                .toList();
        assertTrue(expected.stream().anyMatch(s -> s.startsWith("Updated")), "the data must need some updates");
        List<String> textIds = ids.stream().map(String::valueOf).toList();
        assertEquals(expected, examples.customFunction(textIds, "Warehouse"));
        for (int id : ids) {
            assertEquals("Warehouse", jamf.computer(id).orElseThrow().building());
            assertEquals(warehouseId, jamf.computer(id).orElseThrow().buildingId());
        }
        assertEquals(ids.stream().map(id -> "Skipped computer " + id).toList(), examples.customFunction(textIds, "Warehouse"));
    }

    @Test
    void errorsAreThrownDirectlyAndOneCatchHandlesProAndClassic() {
        JamfProApiException error = examples.errorHandling("999999");
        assertEquals(404, error.statusCode());
        assertEquals("GET", error.method());
        assertTrue(error.path().endsWith("/v4/computers-inventory/999999"), error.path());
        assertTrue(output().contains("API Error: HTTP 404"));

        List<JamfHttpException> caught = examples.oneCatchForProAndClassic("999999", 999999);
        assertEquals(2, caught.size());
        JamfProApiException pro = assertInstanceOf(JamfProApiException.class, caught.get(0));
        assertEquals(404, pro.statusCode());
        assertTrue(pro.path().endsWith("/v4/computers-inventory/999999"), pro.path());
        ClassicApiException classic = assertInstanceOf(ClassicApiException.class, caught.get(1));
        assertEquals(404, classic.statusCode());
        assertTrue(classic.path().endsWith("/policies/id/999999"), classic.path());
    }

    @Test
    void outcomesNameTheirArgumentsAndSkippedFailuresAreLogged() {
        List<String> args = List.of("1", "2", "999999", "4");
        List<Outcome<ComputerInventoryV4>> outcomes = examples.collectErrors(args);
        assertEquals(args, outcomes.stream().map(Outcome::argument).toList());
        assertTrue(outcomes.get(2).isFailure());
        assertEquals(404, assertInstanceOf(JamfProApiException.class, outcomes.get(2).error()).statusCode());
        assertEquals(jamf.computer(4).orElseThrow().name(), outcomes.get(3).value().getGeneral().getName());
        assertTrue(output().contains("Error for 999999: "), output());
        assertEquals(List.of("1", "4"), examples.skipErrorsAndLog(List.of("1", "999999", "4")).stream()
                .map(ComputerInventoryV4::getId).toList());
    }

    @Test
    void tokenAndConfiguration() {
        AccessToken token = examples.accessToken();
        assertEquals("oauth", token.type());
        assertTrue(token.expires().isAfter(Instant.now()));
        assertFalse(output().contains(token.token()), "the token must not be printed");
        jamf.setLatency(Duration.ofMillis(3));
        jamf.resetStats();
        assertEquals(idsByName(), ids(examples.configured()));
        assertTrue(jamf.stats().peakInFlight() <= 10, "maxConcurrency 10: " + jamf.stats().peakInFlight());
    }
}
