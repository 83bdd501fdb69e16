package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.pro.PageQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The per-client limit, observed at the server: never more than maxConcurrency in flight. */
class ConcurrencyLimitTest {
    private static final InFlightCounter SERVER = new InFlightCounter();

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(64).extensions(SERVER)).build();

    @Test
    void fiveHundredQueuedRequestsNeverExceedTheLimitNorBlockAThreadEach() {
        Stubs.oauthToken(wm, "tok", 1200);
        wm.stubFor(get(urlPathMatching("/api/v1/buildings/.*")).willReturn(okJson("{\"id\":\"1\",\"name\":\"b\"}").withFixedDelay(8)));
        SERVER.reset();
        int threadsBefore = Thread.activeCount();
        int threadsDuring;
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().maxConcurrency(5)).build()) {
            List<CompletableFuture<JamfResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                calls.add(client.proApiRequest("GET", "v1/buildings/" + i, null, null));
            }
            threadsDuring = Thread.activeCount();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            assertEquals(5, client.peakInFlightRequests());
        }
        assertEquals(500, wm.countRequestsMatching(getRequestedFor(urlPathMatching("/api/v1/buildings/.*")).build()).getCount());
        assertEquals(5, SERVER.peak(), "peak in flight at the server with 500 queued");
        assertTrue(threadsDuring - threadsBefore < 50,
                "queued requests must not hold a thread each: " + (threadsDuring - threadsBefore) + " new threads");
    }

    @Test
    void everyPathIntoTheNetworkCountsTowardsTheLimit() {
        Stubs.oauthToken(wm, "tok", 1200);
        wm.stubFor(get(urlPathEqualTo("/api/v1/buildings")).willReturn(okJson(buildingsPage()).withFixedDelay(10)));
        wm.stubFor(get(urlPathMatching("/api/v1/categories/.*")).willReturn(okJson("{\"id\":\"1\",\"name\":\"c\"}").withFixedDelay(10)));
        wm.stubFor(get(urlPathMatching("/JSSResource/categories/id/.*")).willReturn(aResponse().withFixedDelay(10)
                .withHeader("Content-Type", "text/xml").withBody("<category><id>1</id><name>c</name></category>")));
        wm.stubFor(get(urlPathMatching("/api/v1/departments/.*")).willReturn(okJson("{\"id\":\"1\",\"name\":\"d\"}").withFixedDelay(10)));
        SERVER.reset();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().maxConcurrency(3)).build()) {
            List<CompletableFuture<?>> calls = new ArrayList<>();
            IntStream.range(0, 40).forEach(i -> {
                calls.add(client.proApi().getCategoriesByIdV1(Integer.toString(i)));          // generated
                calls.add(client.proApiRequest("GET", "v1/departments/" + i, null, null));      // raw Pro
                calls.add(client.classicApi().getCategoryById(i));                               // Classic
            });
            calls.add(client.concurrentApiRequests(id -> client.classicApiRequest("GET", "categories/id/" + id, null),
                    List.of(1, 2, 3, 4, 5, 6, 7, 8)).all());                                      // fan-out
            calls.add(client.proApi().getBuildingsV1Pages(PageQuery.builder().pageSize(2).build()).all()); // paging
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        }
        assertEquals(3, SERVER.peak(), "mixed generated, raw, Classic, fan-out and paging calls");
    }

    private static String buildingsPage() {
        return "{\"totalCount\":2,\"results\":[{\"id\":\"1\",\"name\":\"HQ\"},{\"id\":\"2\",\"name\":\"Lab\"}]}";
    }
}
