package dev.jamfpro.sdk.pro;

import static dev.jamfpro.sdk.pro.PagesAllTest.assertIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.api.ComputerInventoryApi;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import dev.jamfpro.sdk.pro.query.FilterExpression;
import dev.jamfpro.sdk.pro.query.FilterField;
import dev.jamfpro.sdk.pro.query.SortExpression;
import dev.jamfpro.sdk.pro.query.SortField;
import dev.jamfpro.sdk.simulator.Fault;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.RequestMatcher;
import dev.jamfpro.sdk.simulator.RecordedRequest;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end against the simulated Jamf Pro (real paging, clamping, RSQL filter and sort on the
 * server side): the records {@code all()} returns are the server's records in the server's order,
 * computed here from the simulator's own fleet.
 */
@SuppressWarnings("deprecation")
class PagesSimulatorTest {
    private static final Map<String, JamfProSimulator> SIMULATORS = new HashMap<>();
    private static final Map<String, AsyncJamfProClient> CLIENTS = new HashMap<>();

    /** A simulator of {@code computers} clamping at {@code maxPageSize}, shared by the tests, and a client for it. */
    private static synchronized JamfProSimulator simulator(int computers, int maxPageSize) {
        return SIMULATORS.computeIfAbsent(computers + "/" + maxPageSize, key -> JamfProSimulator.builder()
                .computers(computers).seed(7).maxPageSize(maxPageSize).requestLogLimit(100_000).start());
    }

    private static synchronized ComputerInventoryApi api(JamfProSimulator sim) {
        return CLIENTS.computeIfAbsent(Integer.toString(sim.port()), key -> AsyncJamfProClient.builder()
                .server(sim.host()).port(sim.port()).credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").maxConcurrency(16).maxRetries(0).build())
                .build()).proApi();
    }

    @AfterAll
    static void stop() {
        CLIENTS.values().forEach(AsyncJamfProClient::close);
        SIMULATORS.values().forEach(JamfProSimulator::close);
    }

    /** The simulator's fleet in Jamf's default order: general.name ascending (case-insensitive), ties by id. */
    private static List<Long> serverOrder(JamfProSimulator sim, Predicate<SimulatedComputer> filter,
                                          Comparator<SimulatedComputer> order) {
        return sim.computers().stream().filter(filter).sorted(order).map(c -> (long) c.id()).toList();
    }

    private static final Comparator<SimulatedComputer> BY_NAME = Comparator
            .comparing(SimulatedComputer::name, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
            .thenComparingInt(SimulatedComputer::id);

    static Stream<Arguments> sizes() {
        return Stream.of(0, 1, 99, 100, 101, 250, 20_000).flatMap(n -> Stream.of(1, 100, 2000).map(size -> Arguments.of(n, size)));
    }

    @ParameterizedTest(name = "{0} computers, page size {1}")
    @MethodSource("sizes")
    void allReturnsTheServersRecordsInItsOrder(int computers, int pageSize) {
        JamfProSimulator sim = simulator(computers, 2000);
        sim.resetStats();
        long started = System.nanoTime();
        List<ComputerInventory> all = api(sim).getComputersInventoryV1Pages(List.of("GENERAL"),
                PageQuery.builder().pageSize(pageSize).build()).all().join();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertIds(serverOrder(sim, c -> true, BY_NAME), PagesAllTest.ids(all));
        long pages = computers == 0 ? 1 : (computers + pageSize - 1) / pageSize;
        assertEquals(pages, sim.stats().requests("/api/v1/computers-inventory"));
        if (pages > 1000) {
            System.out.printf("[paging figures] simulator all(): %d records, page size %d: %d requests, peak in flight"
                    + " at the server %d (client limit 16, token calls included), %d ms%n", computers, pageSize,
                    sim.stats().requests("/api/v1/computers-inventory"), sim.stats().peakInFlight(), millis);
        }
    }

    static Stream<Arguments> clamped() {
        List<Arguments> cases = new ArrayList<>();
        for (int clamp : new int[] {2000, 1000}) {
            for (int computers : new int[] {2500, 20_000}) {
                for (int start : new int[] {0, 1, 2, 9}) {
                    cases.add(Arguments.of(computers, clamp, start, null));
                    cases.add(Arguments.of(computers, clamp, start, start));
                    cases.add(Arguments.of(computers, clamp, start, start + 2));
                }
            }
        }
        return cases.stream();
    }

    /** Jamf clamps page-size to 2000 (1000 on some endpoints); PageQuery stops at 2000, so 2000 is asked. */
    @ParameterizedTest(name = "{0} computers, server clamps to {1}, pages {2}..{3} of 2000")
    @MethodSource("clamped")
    void aClampingServerLosesNothing(int computers, int clamp, int start, Integer end) {
        JamfProSimulator sim = simulator(computers, clamp);
        PageQuery query = PageQuery.builder().pageSize(2000).startPage(start).endPage(end).build();
        List<ComputerInventory> all = api(sim).getComputersInventoryV1Pages(List.of(), query).all().join();
        List<Long> order = serverOrder(sim, c -> true, BY_NAME);
        int from = Math.min(order.size(), start * 2000);
        int to = end == null ? order.size() : Math.min(order.size(), (end + 1) * 2000);
        assertIds(order.subList(from, to), PagesAllTest.ids(all));
    }

    @Test
    void endPageZeroIsPageZeroOnly() {
        JamfProSimulator sim = simulator(20_000, 2000);
        sim.resetStats();
        List<ComputerInventory> all = api(sim).getComputersInventoryV1Pages(List.of(),
                PageQuery.builder().endPage(0).build()).all().join();
        assertIds(serverOrder(sim, c -> true, BY_NAME).subList(0, 100), PagesAllTest.ids(all));
        assertEquals(1, sim.stats().requests("/api/v1/computers-inventory"));
    }

    record Case(String name, FilterExpression filter, Predicate<SimulatedComputer> meaning) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> filters() {
        JamfProSimulator sim = simulator(2500, 1000);
        SimulatedComputer oscar = sim.computer(1).orElseThrow();
        SimulatedComputer chip = sim.computer(2).orElseThrow();
        Instant cut = sim.computers().stream().map(SimulatedComputer::reportDate).sorted().toList().get(1200);
        return Stream.of(
                new Case("name with an apostrophe and spaces", FilterField.of("general.name").eq(oscar.name()),
                        c -> c.name().equalsIgnoreCase(oscar.name())),
                new Case("name in a list of awkward names", FilterField.of("general.name").in(oscar.name(), chip.name(), "no,such;(name)"),
                        c -> c.name().equalsIgnoreCase(oscar.name()) || c.name().equalsIgnoreCase(chip.name())),
                new Case("boolean false", FilterField.of("general.supervised").eq(false), c -> !c.supervised()),
                new Case("instant after", FilterField.of("general.reportDate").gt(cut), c -> c.reportDate().isAfter(cut)),
                new Case("(a or b) and not c", FilterField.of("general.supervised").eq(true)
                        .or(FilterField.of("general.name").eq(oscar.name()))
                        .and(FilterField.of("general.reportDate").lte(cut)),
                        c -> (c.supervised() || c.name().equalsIgnoreCase(oscar.name())) && !c.reportDate().isAfter(cut)),
                new Case("a and b or c", FilterField.of("general.supervised").eq(true)
                        .and(FilterField.of("general.reportDate").gt(cut))
                        .or(FilterField.of("id").out(1, 2).and(FilterField.of("id").lt(40))),
                        c -> (c.supervised() && c.reportDate().isAfter(cut)) || (c.id() != 1 && c.id() != 2 && c.id() < 40)));
    }

    /** Filter and sort applied by the server, paging by the client, through a clamp of 1000 for 2000 asked. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filteredAndSortedOnTheServerEveryPageOnce(Case c) {
        JamfProSimulator sim = simulator(2500, 1000);
        SortExpression sort = SortField.of("general.name").desc().then(SortField.of("id").asc());
        Comparator<SimulatedComputer> order = Comparator
                .comparing(SimulatedComputer::name, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER)).reversed()
                .thenComparingInt(SimulatedComputer::id);
        List<Long> expected = serverOrder(sim, c.meaning(), order);
        assertFalse(c.name().startsWith("name") && expected.isEmpty(), "the case must select something");
        for (int pageSize : new int[] {7, 100, 2000}) {
            sim.resetStats();
            PageQuery query = PageQuery.builder().pageSize(pageSize).sort(sort).filter(c.filter()).build();
            List<ComputerInventory> all = api(sim).getComputersInventoryV1Pages(List.of("GENERAL"), query).all().join();
            assertIds(expected, PagesAllTest.ids(all));
            for (RecordedRequest r : sim.recordedRequests()) {
                if (r.path().equals("/api/v1/computers-inventory")) {
                    assertEquals(200, r.status(), r.toString());
                    assertEquals(List.of("general.name:desc,id:asc"), r.query().get("sort"));
                    assertEquals(List.of(c.filter().toString()), r.query().get("filter"));
                }
            }
        }
        assertTrue(expected.size() < sim.computers().size());
    }

    @Test
    void forEachPageAndStreamSeeTheSameRecordsAsAll() {
        JamfProSimulator sim = simulator(2500, 1000);
        PageQuery query = PageQuery.builder().pageSize(2000).sort(SortField.of("id").desc()).build();
        List<Long> expected = serverOrder(sim, c -> true, Comparator.comparingInt(SimulatedComputer::id).reversed());
        List<ComputerInventory> viaPages = new ArrayList<>();
        api(sim).getComputersInventoryV1Pages(List.of(), query).forEachPage(p -> viaPages.addAll(p.results())).join();
        assertIds(expected, PagesAllTest.ids(viaPages));
        List<ComputerInventory> viaStream;
        try (Stream<Page<ComputerInventory>> pages = api(sim).getComputersInventoryV1Pages(List.of(), query).stream()) {
            viaStream = pages.flatMap(p -> p.results().stream()).toList();
        }
        assertIds(expected, PagesAllTest.ids(viaStream));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Fault.class)
    void aFaultOnOnePageFailsTheRunUnlessTheClientRetriesIt(Fault fault) {
        JamfProSimulator sim = simulator(2500, 2000);
        PageQuery query = PageQuery.builder().pageSize(100).build();
        sim.failNext(1, fault, RequestMatcher.pathAndParameter("/api/v1/computers-inventory", "page", "7"));
        CompletionException e = assertThrows(CompletionException.class,
                () -> api(sim).getComputersInventoryV1Pages(List.of(), query).all().join());
        assertInstanceOf(JamfProSdkException.class, e.getCause());
        if (fault == Fault.HTTP_503) {
            assertEquals(503, assertInstanceOf(JamfProApiException.class, e.getCause()).statusCode());
        }

        sim.failNext(1, fault, RequestMatcher.pathAndParameter("/api/v1/computers-inventory", "page", "7"));
        try (AsyncJamfProClient retrying = AsyncJamfProClient.builder().server(sim.host()).port(sim.port())
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").maxRetries(2).retryBaseDelay(Duration.ofMillis(1))
                        .retryMaxDelay(Duration.ofMillis(5)).build()).build()) {
            ComputerInventoryApi api = retrying.proApi();
            List<ComputerInventory> all = api.getComputersInventoryV1Pages(List.of(), query).all().join();
            assertIds(serverOrder(sim, c -> true, BY_NAME), PagesAllTest.ids(all));
        }
    }

    @Test
    void withLatencyTheRunStaysWithinTheLimitAndInOrder() {
        JamfProSimulator sim = JamfProSimulator.builder().computers(3000).seed(3).latency(Duration.ofMillis(20)).start();
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().server(sim.host()).port(sim.port())
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").maxConcurrency(4).build()).build()) {
            ComputerInventoryApi api = client.proApi();
            api.getComputersInventoryV1(null, 0, 1, null, null).join(); // the token first, so it is not in the peak
            sim.resetStats();
            List<Integer> pages = new ArrayList<>();
            List<ComputerInventory> records = new ArrayList<>();
            api.getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(50).build()).forEachPage(p -> {
                pages.add(p.page());
                records.addAll(p.results());
            }).join();
            assertEquals(Stream.iterate(0, i -> i + 1).limit(60).toList(), pages);
            assertIds(serverOrder(sim, c -> true, BY_NAME), PagesAllTest.ids(records));
            System.out.printf("[paging figures] simulator, 20 ms latency, 60 pages, maxConcurrency 4: peak in flight at"
                    + " the server %d%n", sim.stats().peakInFlight());
        } finally {
            sim.close();
        }
    }
}
