package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.pro.BlockingPages;
import dev.jamfpro.sdk.pro.Page;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.simulator.Fault;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.RequestMatcher;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The synchronous client against the simulated Jamf Pro, over real HTTP. */
class JamfProClientTest {
    private static final List<String> GENERAL = List.of("GENERAL");
    private static JamfProSimulator jamf;

    @BeforeAll
    static void start() {
        jamf = JamfProSimulator.builder().computers(120).seed(13).start();
    }

    @AfterAll
    static void stop() {
        jamf.close();
    }

    @BeforeEach
    void reset() throws InterruptedException {
        jamf.setLatency(Duration.ZERO);
        Await.until("the simulator has answered every earlier request", () -> jamf.stats().inFlight() == 0);
        jamf.resetStats();
    }

    private static JamfProClient client(SessionConfig.Builder config) {
        return JamfProClient.builder().server(jamf.host()).port(jamf.port())
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(config.scheme("http").build()).build();
    }

    private static JamfProClient client() {
        return client(SessionConfig.builder());
    }

    private static List<String> idsByName() {
        return jamf.computers().stream()
                .sorted(Comparator.comparing(SimulatedComputer::name, String.CASE_INSENSITIVE_ORDER).thenComparingInt(SimulatedComputer::id))
                .map(c -> Integer.toString(c.id())).toList();
    }

    @Test
    void valuesComeBackThemselves() {
        try (JamfProClient client = client()) {
            assertEquals("11.30.1-t1762214160", client.proApi().getJamfProVersionV1().getVersion());
            SimulatedComputer one = jamf.computer(1).orElseThrow();
            assertEquals(one.name(), client.proApi().getComputersInventoryByIdV4("1", GENERAL).getGeneral().getName());
            ClassicComputer classic = client.classicApi().getComputerById(1);
            assertEquals(one.serialNumber(), classic.getGeneral().getSerialNumber());
            assertEquals(jamf.computers().size(), client.classicApi().listAllComputers().size());
            assertEquals(200, client.classicApiRequest("GET", "computers/id/1", null).statusCode());
            assertEquals(200, client.proApiRequest("GET", "v1/jamf-pro-version", null, null).statusCode());
            assertFalse(client.getAccessToken().token().isEmpty());
        }
    }

    /** One catch of the shared base handles a Pro 404 and a Classic 404, thrown directly with the caller's trace. */
    @Test
    void oneCatchOfTheSharedBaseHandlesAProAndAClassic404() {
        List<JamfHttpException> caught = new ArrayList<>();
        try (JamfProClient client = client()) {
            List<Runnable> calls = List.of(
                    () -> client.proApi().getComputersInventoryByIdV4("999999", GENERAL),
                    () -> client.classicApi().getComputerById(999999));
            for (Runnable call : calls) {
                try {
                    call.run();
                    fail("no 404");
                } catch (JamfHttpException e) {
                    caught.add(e);
                }
            }
        }
        JamfProApiException pro = assertInstanceOf(JamfProApiException.class, caught.get(0));
        ClassicApiException classic = assertInstanceOf(ClassicApiException.class, caught.get(1));
        assertEquals(404, pro.statusCode());
        assertEquals(404, classic.statusCode());
        assertEquals("/api/v4/computers-inventory/999999", pro.path());
        assertEquals("/JSSResource/computers/id/999999", classic.path());
        for (JamfHttpException e : caught) {
            assertEquals("GET", e.method());
            // the trace is this thread's, from the call down; where it was raised is kept, suppressed
            assertTrue(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().equals(JamfProClientTest.class.getName())),
                    Arrays.toString(e.getStackTrace()));
            assertEquals(1, Arrays.stream(e.getSuppressed())
                    .filter(s -> s.getClass().getSimpleName().equals("AsyncStackTrace")).count());
        }
    }

    @Test
    void aForLoopOverPagesStoppedEarlyFetchesNoMorePages() throws InterruptedException {
        jamf.setLatency(Duration.ofMillis(20));
        try (JamfProClient client = client(SessionConfig.builder().maxConcurrency(3))) {
            BlockingPages<ComputerInventoryV4> pages = client.proApi().getComputersInventoryV4Pages(GENERAL,
                    PageQuery.builder().pageSize(5).build()); // 24 pages
            assertEquals(0, jamf.stats().requestsUnder("/api/v4/computers-inventory"), "nothing before iterating");
            List<String> seen = new ArrayList<>();
            for (Page<ComputerInventoryV4> page : pages) {
                page.results().forEach(c -> seen.add(c.getId()));
                if (page.page() == 1) {
                    break;
                }
            }
            assertEquals(idsByName().subList(0, 10), seen);
            Await.until("the pages in flight are answered", () -> jamf.stats().inFlight() == 0 && client.async().inFlightRequests() == 0);
            long requested = jamf.stats().requestsUnder("/api/v4/computers-inventory");
            // pages 0 and 1, the one asked for when page 1 was taken, and at most maxConcurrency past it:
            // never the other 18
            assertTrue(requested >= 2 && requested <= 3 + 3, "pages requested: " + requested);
        }
    }

    @Test
    void aRecordStreamClosedEarlyCancelsTheRequestsInFlight() throws InterruptedException {
        try (JamfProClient client = client(SessionConfig.builder().maxConcurrency(4))) {
            BlockingPages<ComputerInventoryV4> pages = client.proApi().getComputersInventoryV4Pages(GENERAL,
                    PageQuery.builder().pageSize(10).build());
            jamf.setLatency(Duration.ofSeconds(3)); // the pages after the first stay in flight while we stop
            List<ComputerInventoryV4> first;
            try (Stream<ComputerInventoryV4> records = pages.stream()) {
                first = records.limit(7).toList();
                assertTrue(client.async().inFlightRequests() > 0, "pages fetched ahead");
            }
            long closed = System.nanoTime();
            Await.until("the fetched-ahead pages are cancelled", () -> client.async().inFlightRequests() == 0);
            assertTrue(Duration.ofNanos(System.nanoTime() - closed).toMillis() < 2000, "cancelled, not answered");
            assertEquals(idsByName().subList(0, 7), first.stream().map(ComputerInventoryV4::getId).toList());
        }
    }

    @Test
    void allStreamAndForEachPageReadEveryRecordInOrder() {
        try (JamfProClient client = client()) {
            BlockingPages<ComputerInventoryV4> pages = client.proApi().getComputersInventoryV4Pages(GENERAL,
                    PageQuery.builder().pageSize(25).build());
            assertEquals(idsByName(), pages.all().stream().map(ComputerInventoryV4::getId).toList());
            try (Stream<ComputerInventoryV4> records = pages.stream()) {
                assertEquals(idsByName(), records.map(ComputerInventoryV4::getId).toList());
            }
            List<Integer> sizes = new ArrayList<>();
            pages.forEachPage(page -> sizes.add(page.results().size()));
            assertEquals(List.of(25, 25, 25, 25, 20), sizes);
        }
    }

    @Test
    void aFailedPageIsThrownDirectlyAfterThePagesBeforeIt() {
        try (JamfProClient client = client(SessionConfig.builder().maxRetries(0).maxConcurrency(1))) {
            jamf.failNext(1, Fault.HTTP_503, RequestMatcher.pathAndParameter("/api/v4/computers-inventory", "page", "1"));
            Iterator<Page<ComputerInventoryV4>> pages = client.proApi().getComputersInventoryV4Pages(GENERAL,
                    PageQuery.builder().pageSize(30).build()).iterator();
            assertEquals(0, pages.next().page());
            JamfProApiException error = assertThrows(JamfProApiException.class, pages::hasNext);
            assertEquals(503, error.statusCode());
            assertFalse(pages.hasNext(), "the run ended at the failure");
        }
    }

    /** sync() and async() are faces of one client: one token, one concurrency limit, one close. */
    @Test
    void bothFacesShareTheTokenTheLimitAndTheClose() throws Exception {
        jamf.setLatency(Duration.ofMillis(30));
        JamfProClient client = client(SessionConfig.builder().maxConcurrency(2));
        AsyncJamfProClient async = client.async();
        assertSame(async, async.sync().async());
        assertEquals(client.getAccessToken().token(), async.getAccessToken().join().token());

        List<CompletableFuture<ClassicComputer>> asyncCalls = new ArrayList<>();
        for (int id = 1; id <= 6; id++) {
            asyncCalls.add(async.classicApi().getComputerById(id));
        }
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int id = 7; id <= 12; id++) {
            int computer = id;
            Thread thread = new Thread(() -> {
                try {
                    async.sync().classicApi().getComputerById(computer);
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        asyncCalls.forEach(CompletableFuture::join);
        for (Thread thread : threads) {
            thread.join();
        }
        assertNull(failure.get());
        assertEquals(1, jamf.stats().tokenRequests(), "one token for both faces");
        assertTrue(jamf.stats().peakInFlight() <= 2, "one limit for both faces: " + jamf.stats().peakInFlight());

        async.sync().close();
        for (Runnable call : List.<Runnable>of(() -> async.getAccessToken().join(), () -> client.classicApi().getComputerById(1))) {
            RuntimeException closed = assertThrows(RuntimeException.class, call::run);
            assertTrue(String.valueOf(closed.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("closed"), closed.toString());
        }
    }

    /** Blocking handlers run concurrently within the limit; outcomes name their arguments. */
    @Test
    void concurrentBlockingHandlersKeepArgumentOrderAndNameTheirArguments() {
        jamf.setLatency(Duration.ofMillis(5));
        try (JamfProClient client = client(SessionConfig.builder().maxConcurrency(3))) {
            List<Integer> ids = List.of(1, 2, 999999, 4, 5);
            List<Outcome<ClassicComputer>> outcomes = client.concurrentApiRequests(client.classicApi()::getComputerById, ids)
                    .outcomes();
            assertEquals(ids, outcomes.stream().map(Outcome::argument).toList());
            assertTrue(outcomes.get(2).isFailure());
            assertEquals(404, assertInstanceOf(ClassicApiException.class, outcomes.get(2).error()).statusCode());
            assertEquals(jamf.computer(5).orElseThrow().name(), outcomes.get(4).value().getGeneral().getName());

            List<Integer> many = jamf.computers().stream().map(SimulatedComputer::id).toList();
            jamf.resetStats();
            List<String> names = new ArrayList<>();
            for (ClassicComputer computer : client.concurrentApiRequests(client.classicApi()::getComputerById, many)) {
                names.add(computer.getGeneral().getName());
            }
            assertEquals(jamf.computers().stream().map(SimulatedComputer::name).toList(), names);
            int peak = jamf.stats().peakInFlight();
            assertTrue(peak >= 2 && peak <= 3, "concurrent, within maxConcurrency 3: " + peak);

            ClassicApiException first = assertThrows(ClassicApiException.class,
                    () -> client.concurrentApiRequests(client.classicApi()::getComputerById, ids).all());
            assertEquals(404, first.statusCode());
        }
    }

    /**
     * A handler's failure thrown by {@code stream()} (and the for loop over it) shows where the caller
     * waited, as {@code all()} does: the trace, or the suppressed one that records the wait, holds the
     * frames of JUnit's {@code assertThrows}, which only the waiting thread has (the handler's own trace
     * names this test too: the method reference is compiled into a lambda of this class).
     */
    @Test
    void aFailureThrownByTheResultsShowsWhereTheCallerWaited() {
        try (JamfProClient client = client()) {
            List<Integer> ids = List.of(1, 999999, 3);
            List<Supplier<ClassicApiException>> ways = List.of(
                    () -> assertThrows(ClassicApiException.class,
                            () -> client.concurrentApiRequests(client.classicApi()::getComputerById, ids).stream().toList()),
                    () -> assertThrows(ClassicApiException.class, () -> {
                        for (ClassicComputer computer : client.concurrentApiRequests(client.classicApi()::getComputerById, ids)) {
                            assertNotNull(computer);
                        }
                    }),
                    () -> assertThrows(ClassicApiException.class,
                            () -> client.concurrentApiRequests(client.classicApi()::getComputerById, ids).all()));
            for (Supplier<ClassicApiException> way : ways) {
                ClassicApiException e = way.get();
                assertEquals(404, e.statusCode());
                Stream<StackTraceElement> frames = Stream.concat(Arrays.stream(e.getStackTrace()),
                        Arrays.stream(e.getSuppressed()).flatMap(s -> Arrays.stream(s.getStackTrace())));
                assertTrue(frames.anyMatch(f -> f.getClassName().equals("org.junit.jupiter.api.AssertThrows")),
                        "where the caller waited: " + e + " " + Arrays.toString(e.getSuppressed()));
            }
        }
    }

    @Test
    void anInterruptedWaitCancelsItsRequestAndKeepsTheFlag() throws Exception {
        jamf.setLatency(Duration.ofSeconds(5));
        try (JamfProClient client = client()) {
            client.getAccessToken();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    client.classicApi().getComputerById(1);
                } catch (Throwable e) {
                    thrown.set(e);
                    flag.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            Await.until("the call is in flight", () -> client.async().inFlightRequests() == 1);
            caller.interrupt();
            caller.join(3000);
            assertFalse(caller.isAlive());
            assertInstanceOf(JamfProSdkException.class, thrown.get());
            assertTrue(flag.get(), "interrupt flag kept");
            Await.until("the request is cancelled", () -> client.async().inFlightRequests() == 0);
        }
    }

    /** The sync builder offers every public setting of the async one (it fills one and lets it validate). */
    @Test
    void theBuilderHasEverySettingOfTheAsyncBuilder() {
        Set<String> async = setters(AsyncJamfProClient.Builder.class);
        Set<String> sync = setters(JamfProClient.Builder.class);
        assertEquals(async, sync);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JamfProClient.builder().server("https://jamf.my.org").credentials(new ApiClientCredentialsProvider("a", "b")).build());
        assertTrue(e.getMessage().contains("server"), e.getMessage());
    }

    private static Set<String> setters(Class<?> builder) {
        return Arrays.stream(builder.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(JamfProClientTest::describe).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    }
}
