package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.simulator.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Token failures are single-flight too: the callers waiting on one token request share its outcome, and
 * a token is awaited before a concurrency permit is taken, so waiting callers are not served a few at a
 * time. Before: 200 callers against a failing token endpoint caused 44-53 token requests, and 50 callers
 * at maxConcurrency 5 against a silent one failed one batch of five per timeout.
 */
class TokenFailuresTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .containerThreads(60)).build();

    private static final String PING = "/api/v1/jamf-pro-version";

    private static int tokenRequests() {
        return wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/oauth/token")).build()).getCount();
    }


    /** Waits for every call (bounded), returning the failures. */
    private static List<Throwable> failures(List<CompletableFuture<JamfResponse>> calls, int seconds) {
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).handle((v, e) -> null)
                .orTimeout(seconds, TimeUnit.SECONDS).join();
        List<Throwable> failures = new ArrayList<>();
        for (CompletableFuture<JamfResponse> call : calls) {
            failures.add(assertThrows(CompletionException.class, call::join).getCause());
        }
        return failures;
    }

    @Test
    void twoHundredCallersAgainstAFailingTokenEndpointCostOneTokenRequestPerBurst() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(aResponse().withStatus(500).withFixedDelay(20)));
        wm.stubFor(get(PING).willReturn(okJson("{\"version\":\"11.30.1\"}")));
        ManualClock clock = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder(), clock).build()) {
            List<Throwable> first = failures(TokenManagementTest.fire(client, 200), 20);
            assertEquals(1, tokenRequests(), "every caller of the burst shares the one failed token request");
            first.forEach(e -> assertEquals("POST /api/v1/oauth/token failed: HTTP 500", e.getMessage()));

            clock.advance(Duration.ofMillis(500)); // within the failure hold: the same answer, no new request
            failures(TokenManagementTest.fire(client, 50), 20);
            assertEquals(1, tokenRequests());

            clock.advance(Duration.ofSeconds(1)); // past it: the next burst tries again, once
            wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 1200)).withFixedDelay(20)));
            CompletableFuture.allOf(TokenManagementTest.fire(client, 200).toArray(CompletableFuture[]::new)).join();
            assertEquals(2, tokenRequests());
        }
        assertEquals(200, wm.countRequestsMatching(getRequestedFor(urlEqualTo(PING)).build()).getCount(),
                "no API request was sent without a token");
    }

    @Test
    void aSilentTokenEndpointFailsEveryWaitingCallerWithinOneTimeout() throws Exception {
        try (RawHttpServer server = new RawHttpServer((method, path, n) ->
                path.endsWith("/oauth/token") ? RawHttpServer.Answer.never() : RawHttpServer.Answer.json(200, "{}"));
             AsyncJamfProClient client = Stubs.client(server.port(), SessionConfig.builder().maxConcurrency(5)
                     .timeout(Duration.ofSeconds(1)), new ApiClientCredentialsProvider("id", "secret")).build()) {
            // Before: 10 batches of 5, one timeout each (10 s). Now one token request fails all 50 at once.
            List<Throwable> failures = failures(TokenManagementTest.fire(client, 50), 4);
            for (Throwable failure : failures) {
                JamfProTimeoutException timeout = assertInstanceOf(JamfProTimeoutException.class, failure);
                assertEquals("POST /api/v1/oauth/token (the token request) timed out: no token was obtained, so the "
                        + "call that needed it was not sent", timeout.getMessage());
                assertFalse(timeout.outcomeUnknown(), "nothing was sent: the outcome is known");
            }
            assertEquals(1, server.count("POST", "/api/v1/oauth/token"));
            assertEquals(0, server.count("GET", "/api/v1/jamf-pro-version"));
        }
    }

    @Test
    void aWaitingCallerHoldsNoPermitSoOthersAreNotQueuedBehindATokenRequest() {
        // maxConcurrency 1 and a slow token request: the permit stays free while the token is awaited, and
        // once it arrives every caller goes through one at a time.
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 1200)).withFixedDelay(200)));
        wm.stubFor(get(PING).willReturn(okJson("{\"version\":\"11.30.1\"}")));
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().maxConcurrency(1)).build()) {
            List<CompletableFuture<JamfResponse>> calls = TokenManagementTest.fire(client, 20);
            assertEquals(0, client.inFlightRequests(), "nobody holds a permit while the token is awaited");
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).orTimeout(20, TimeUnit.SECONDS).join();
            assertEquals(1, client.peakInFlightRequests());
        }
        assertEquals(1, tokenRequests());
    }
}
