package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.classic.model.ClassicCategory;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** concurrentApiRequests: argument order, failures per returnExceptions, all() and outcomes(). */
class ConcurrentResultsTest {
    private static final InFlightCounter SERVER = new InFlightCounter();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(SERVER)).build();

    @BeforeEach
    void stubs() {
        Stubs.oauthToken(wm, "tok", 1200);
        // Later ids answer sooner, so completion order differs from argument order.
        for (int id = 1; id <= 30; id++) {
            wm.stubFor(get("/JSSResource/categories/id/" + id).willReturn(aResponse().withFixedDelay(2 * (31 - id))
                    .withHeader("Content-Type", "text/xml").withBody("<category><id>" + id + "</id><name>C" + id
                            + "</name></category>")));
        }
        wm.stubFor(get("/JSSResource/categories/id/999999").willReturn(aResponse().withStatus(404)
                .withBody("<html><body><p>Not Found</p></body></html>")));
        SERVER.reset();
    }

    private static final List<Integer> IDS = IntStream.rangeClosed(1, 30).boxed().toList();

    @Test
    void streamGivesResultsInArgumentOrderWithinTheLimit() {
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().maxConcurrency(4)).build()) {
            List<Integer> ids = client.concurrentApiRequests(client.classicApi()::getCategoryById, IDS).stream()
                    .map(ClassicCategory::getId).collect(Collectors.toList());
            assertEquals(IDS, ids);
        }
        assertEquals(4, SERVER.peak());
    }

    @Test
    void withReturnExceptionsTrueTheStreamThrowsAtTheFailuresPosition() {
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().returnExceptions(true)).build()) {
            var iterator = client.concurrentApiRequests(client.classicApi()::getCategoryById, List.of(1, 2, 999999, 4))
                    .stream().iterator();
            assertEquals(1, iterator.next().getId());
            assertEquals(2, iterator.next().getId());
            ClassicApiException error = assertThrows(ClassicApiException.class, iterator::next);
            assertEquals(404, error.statusCode());
        }
    }

    @Test
    void withReturnExceptionsFalseTheStreamSkipsFailures() {
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().returnExceptions(false)).build()) {
            List<Integer> ids = client.concurrentApiRequests(client.classicApi()::getCategoryById, List.of(1, 999999, 3))
                    .stream().map(ClassicCategory::getId).toList();
            assertEquals(List.of(1, 3), ids);
        }
    }

    @Test
    void allFailsWithTheFailureAndOutcomesKeepEveryResultInOrder() {
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            ConcurrentResults<ClassicCategory> results =
                    client.concurrentApiRequests(client.classicApi()::getCategoryById, List.of(5, 999999, 7));
            CompletionException failure = assertThrows(CompletionException.class, () -> results.all().join());
            assertInstanceOf(ClassicApiException.class, failure.getCause());
            List<Outcome<ClassicCategory>> outcomes = results.outcomes().join();
            assertEquals(3, outcomes.size());
            assertEquals(5, outcomes.get(0).value().getId());
            assertTrue(outcomes.get(1).isFailure());
            assertInstanceOf(ClassicApiException.class, outcomes.get(1).error());
            assertEquals(7, outcomes.get(2).value().getId());
            assertEquals(List.of(5, 7), client.concurrentApiRequests(client.classicApi()::getCategoryById, List.of(5, 7))
                    .all().join().stream().map(ClassicCategory::getId).toList());
        }
    }

    @Test
    void aHandlerComposingSeveralCallsRunsForABoundedNumberOfArgumentsAtATime() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().maxConcurrency(3)).build()) {
            List<String> names = client.concurrentApiRequests((Integer id) -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                return client.classicApi().getCategoryById(id)
                        .thenCompose(first -> client.classicApi().getCategoryById(31 - id)
                                .thenApply(second -> first.getName() + "+" + second.getName()))
                        .whenComplete((r, e) -> running.decrementAndGet());
            }, IDS).all().join();
            assertEquals("C1+C30", names.get(0));
            assertEquals("C30+C1", names.get(29));
        }
        assertTrue(peak.get() <= 6, "handlers in flight: " + peak.get() + " (window is 2 x maxConcurrency)");
        assertEquals(3, SERVER.peak());
    }

    @Test
    void aHandlerThatThrowsOrReturnsNullBecomesThatArgumentsFailure() {
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            List<Outcome<ClassicCategory>> outcomes = client.<Integer, ClassicCategory>concurrentApiRequests(id -> {
                if (id == 2) {
                    throw new IllegalArgumentException("bad id 2");
                }
                return id == 3 ? null : client.classicApi().getCategoryById(id);
            }, List.of(1, 2, 3)).outcomes().join();
            assertTrue(outcomes.get(0).isSuccess());
            assertEquals("bad id 2", outcomes.get(1).error().getMessage());
            assertInstanceOf(NullPointerException.class, outcomes.get(2).error());
        }
    }
}
