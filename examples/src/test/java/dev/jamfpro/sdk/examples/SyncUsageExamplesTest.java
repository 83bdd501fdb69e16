package dev.jamfpro.sdk.examples;

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
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.classic.model.ClassicComputersItem;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The synchronous forms of the demo's examples against a simulator, each checked against its fleet. */
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

    private static List<String> idsByName() {
        return jamf.computers().stream()
                .sorted(Comparator.comparing(SimulatedComputer::name, String.CASE_INSENSITIVE_ORDER).thenComparingInt(SimulatedComputer::id))
                .map(c -> Integer.toString(c.id())).toList();
    }

    private static List<String> ids(List<ComputerInventoryV4> computers) {
        return computers.stream().map(ComputerInventoryV4::getId).toList();
    }

    @Test
    void clientsReadTheWholeInventory() {
        assertEquals(idsByName(), ids(examples.createClient()));
        assertEquals(idsByName(), ids(examples.tryWithResources()));
        assertEquals(idsByName(), ids(examples.allPages()));
        assertTrue(examples.schemeInServerIsRefused().getMessage().contains("scheme"));
    }

    @Test
    void classicListAndGet() {
        SyncUsageExamples.ClassicListAndGet result = examples.classicListAndGet(3);
        assertEquals(jamf.computers().stream().map(SimulatedComputer::id).toList(),
                result.computers().stream().map(ClassicComputersItem::getId).toList());
        assertEquals(jamf.computer(3).orElseThrow().serialNumber(), result.computer().getGeneral().getSerialNumber());
    }

    @Test
    void proApiFilterFindsExactlyTheNamedComputers() {
        String name = jamf.computer(1).orElseThrow().name();
        Set<String> expected = jamf.computers().stream().filter(c -> c.name().equalsIgnoreCase(name))
                .map(c -> Integer.toString(c.id())).collect(Collectors.toSet());
        assertEquals(expected, new HashSet<>(ids(examples.proApiFiltered(name))));
    }

    @Test
    void pageByPageWithAForLoop() {
        assertEquals(250, examples.pageByPage(3));
        assertEquals(3, output().lines().filter(l -> l.startsWith("  Processing ")).count());
        assertTrue(output().contains("Processing " + jamf.computer(Integer.parseInt(idsByName().get(0))).orElseThrow().name()));
    }

    @Test
    void concurrentReadsStayWithinTheLimitAndKeepArgumentOrder() {
        jamf.setLatency(Duration.ofMillis(3));
        jamf.resetStats();
        List<ClassicComputer> computers = examples.concurrentReads(3);
        assertEquals(jamf.computers().stream().map(SimulatedComputer::name).toList(),
                computers.stream().map(c -> c.getGeneral().getName()).toList());
        int peak = jamf.stats().peakInFlight();
        assertTrue(peak >= 2 && peak <= 5, "concurrent, within maxConcurrency 5: " + peak);
    }

    @Test
    void rawRequestsFanOut() {
        List<JamfResponse> responses = examples.concurrentRawRequests(List.of(1, 2, 3));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, responses.get(i).statusCode());
            assertTrue(responses.get(i).body().contains("<id>" + (i + 1) + "</id>"));
        }
    }

    @Test
    void customFunctionUpdatesOnlyWhatDiffers() {
        List<Integer> ids = List.of(21, 22, 23, 24, 25, 26);
        List<String> expected = ids.stream().map(id -> "Warehouse".equals(jamf.computer(id).orElseThrow().building())
                ? "Skipped computer " + id : "Updated computer " + id).toList();
        assertTrue(expected.stream().anyMatch(s -> s.startsWith("Updated")));
        assertEquals(expected, examples.customFunction(ids, "Warehouse"));
        ids.forEach(id -> assertEquals("Warehouse", jamf.computer(id).orElseThrow().building()));
        assertEquals(ids.stream().map(id -> "Skipped computer " + id).toList(), examples.customFunction(ids, "Warehouse"));
    }

    @Test
    void errorsAreThrownDirectlyAndOneCatchHandlesProAndClassic() {
        ClassicApiException error = examples.errorHandling(999999);
        assertEquals(404, error.statusCode());
        List<JamfHttpException> caught = examples.oneCatchForProAndClassic("999999", 999999);
        assertEquals(2, caught.size());
        assertEquals(404, assertInstanceOf(JamfProApiException.class, caught.get(0)).statusCode());
        assertEquals(404, assertInstanceOf(ClassicApiException.class, caught.get(1)).statusCode());
    }

    @Test
    void outcomesNameTheirArgumentsAndSkippedFailuresAreLogged() {
        List<Outcome<ClassicComputer>> outcomes = examples.collectErrors(List.of(1, 2, 999999, 4));
        assertEquals(List.of(1, 2, 999999, 4), outcomes.stream().map(Outcome::argument).toList());
        assertEquals(404, assertInstanceOf(ClassicApiException.class, outcomes.get(2).error()).statusCode());
        assertEquals(jamf.computer(4).orElseThrow().name(), outcomes.get(3).value().getGeneral().getName());
        assertTrue(output().contains("Error for 999999: "), output());
        assertEquals(2, examples.skipErrorsAndLog(List.of(1, 999999, 4)).size());
    }

    @Test
    void tokenAndConfiguration() {
        AccessToken token = examples.accessToken();
        assertTrue(token.expires().isAfter(Instant.now()));
        assertFalse(output().contains(token.token()));
        jamf.setLatency(Duration.ofMillis(2));
        jamf.resetStats();
        assertEquals(idsByName(), ids(examples.configured()));
        assertTrue(jamf.stats().peakInFlight() <= 10);
    }
}
