package dev.jamfpro.sdk;

import dev.jamfpro.sdk.simulator.ManualClock;
import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Tokens: one request for many callers, refresh before expiry, 401 replay, user tokens, cookies. */
class TokenManagementTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PING = "/api/v1/jamf-pro-version";

    private static void pingOk() {
        wm.stubFor(get(PING).willReturn(okJson("{\"version\":\"11.30.1\"}").withFixedDelay(5)));
    }

    private static int tokenRequests() {
        return wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/oauth/token")).build()).getCount();
    }

    /** {@code n} raw GETs of the version, all at once. */
    static List<CompletableFuture<JamfResponse>> fire(AsyncJamfProClient client, int n) {
        List<CompletableFuture<JamfResponse>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(client.proApiRequest("GET", "v1/jamf-pro-version", null, null));
        }
        return calls;
    }

    @Test
    void twoHundredCallersAtColdStartCauseOneTokenRequest() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok-1", 1200)).withFixedDelay(50)));
        pingOk();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            CompletableFuture.allOf(fire(client, 200).toArray(CompletableFuture[]::new)).join();
        }
        assertEquals(1, tokenRequests());
        assertEquals(200, wm.countRequestsMatching(getRequestedFor(urlEqualTo(PING)).build()).getCount());
    }

    @Test
    void twoHundredCallersArrivingAsTheTokenExpiresCauseOneRefresh() {
        wm.stubFor(post("/api/v1/oauth/token").inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Stubs.tokenJson("tok-1", 60))).willSetStateTo("second"));
        wm.stubFor(post("/api/v1/oauth/token").inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson(Stubs.tokenJson("tok-2", 60)).withFixedDelay(50)).willSetStateTo("third"));
        wm.stubFor(post("/api/v1/oauth/token").inScenario("tokens").whenScenarioStateIs("third")
                .willReturn(okJson(Stubs.tokenJson("tok-3", 60))));
        pingOk();
        ManualClock clock = new ManualClock(T0);
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder(), clock).build()) {
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            assertEquals(1, tokenRequests());

            // A 60 s token is refreshed once half its life is gone (margin = min(60 s, lifetime / 2)).
            clock.advance(Duration.ofSeconds(29));
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            assertEquals(1, tokenRequests(), "still fresh at 29 s of 60");

            clock.advance(Duration.ofSeconds(2));
            CompletableFuture.allOf(fire(client, 200).toArray(CompletableFuture[]::new)).join();
            assertEquals(2, tokenRequests(), "200 callers finding the token stale at once: one refresh");
            assertEquals("tok-2", client.getAccessToken().join().token());
        }
        int withNewToken = wm.countRequestsMatching(getRequestedFor(urlEqualTo(PING))
                .withHeader("Authorization", equalTo("Bearer tok-2")).build()).getCount();
        assertEquals(200, withNewToken);
    }

    @Test
    void invalidTokenMidRunIsRecoveredOnceWithAFreshToken() {
        wm.stubFor(post("/api/v1/oauth/token").inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Stubs.tokenJson("tok-1", 1200))).willSetStateTo("second"));
        wm.stubFor(post("/api/v1/oauth/token").inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson(Stubs.tokenJson("tok-2", 1200))));
        wm.stubFor(get(PING).withHeader("Authorization", equalTo("Bearer tok-1")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"httpStatus\":401,\"errors\":[{\"code\":\"INVALID_TOKEN\",\"description\":\"Unauthorized\"}]}")));
        wm.stubFor(get(PING).withHeader("Authorization", equalTo("Bearer tok-2")).willReturn(okJson("{\"version\":\"11\"}")));
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            JamfResponse answer = client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            assertEquals(200, answer.statusCode());
        }
        assertEquals(2, tokenRequests());
        assertEquals(2, wm.countRequestsMatching(getRequestedFor(urlEqualTo(PING)).build()).getCount());
    }

    @Test
    void aSecondInvalidTokenSurfacesAsAnError() {
        Stubs.oauthToken(wm, "tok-x", 1200);
        wm.stubFor(get(PING).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"httpStatus\":401,\"errors\":[{\"code\":\"INVALID_TOKEN\",\"description\":\"Unauthorized\"}]}")));
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join());
            JamfProApiException error = assertInstanceOf(JamfProApiException.class, failure.getCause());
            assertEquals(401, error.statusCode());
            assertTrue(error.hasErrorCode("INVALID_TOKEN"));
            assertEquals("GET", error.method());
            assertEquals(PING, error.path());
        }
        assertEquals(2, tokenRequests(), "one fresh token");
        assertEquals(2, wm.countRequestsMatching(getRequestedFor(urlEqualTo(PING)).build()).getCount(), "one replay");
    }

    @Test
    void oauthFallsBackOnceToTheOlderPathOn404AndRemembersIt() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(notFound()));
        wm.stubFor(post("/api/oauth/token").willReturn(okJson(Stubs.tokenJson("tok-old-path", 60))));
        pingOk();
        ManualClock clock = new ManualClock(T0);
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder(), clock).build()) {
            AccessToken token = client.getAccessToken().join();
            assertEquals("tok-old-path", token.token());
            assertEquals("oauth", token.type());
            assertEquals(List.of("api-role:1", "api-role:2"), token.scope());
            assertEquals(T0.plusSeconds(60), token.expires());
            clock.advance(Duration.ofSeconds(45));
            client.getAccessToken().join();
        }
        assertEquals(1, tokenRequests(), "the spec path is tried once");
        assertEquals(2, wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/oauth/token")).build()).getCount());
    }

    @Test
    void oauthRequestCarriesTheFormAndRejectedCredentialsNameTheErrorNotTheSecret() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(aResponse().withStatus(401).withHeader("Content-Type",
                "application/json").withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));
        pingOk();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join());
            CredentialsException error = assertInstanceOf(CredentialsException.class, failure.getCause());
            assertTrue(error.getMessage().contains("invalid_client"), error.getMessage());
            assertTrue(error.getMessage().contains("Client authentication failed"), error.getMessage());
            assertFalse(error.getMessage().contains(Stubs.CLIENT_SECRET));
        }
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/oauth/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("client_credentials"))
                .withFormParam("client_id", equalTo(Stubs.CLIENT_ID))
                .withFormParam("client_secret", equalTo(Stubs.CLIENT_SECRET)));
        assertEquals(0, wm.countRequestsMatching(getRequestedFor(urlEqualTo(PING)).build()).getCount());
    }

    @Test
    void userTokensAreObtainedWithBasicAuthKeptAliveAndInvalidatedOnClose() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:pa ss+word".getBytes(StandardCharsets.UTF_8));
        wm.stubFor(post("/api/v1/auth/token").withHeader("Authorization", equalTo(basic))
                .willReturn(okJson("{\"token\":\"user-1\",\"expires\":\"2030-01-01T00:30:00.000Z\"}")));
        wm.stubFor(post("/api/v1/auth/keep-alive").withHeader("Authorization", equalTo("Bearer user-1"))
                .willReturn(okJson("{\"token\":\"user-2\",\"expires\":\"2030-01-01T01:00:00.123456Z\"}")));
        wm.stubFor(post("/api/v1/auth/invalidate-token").willReturn(noContent()));
        pingOk();
        ManualClock clock = new ManualClock(T0);
        try (AsyncJamfProClient client = Stubs.client(wm.getPort(), SessionConfig.builder(),
                new UserCredentialsProvider("admin", "pa ss+word")).clock(clock).build()) {
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            AccessToken first = client.getAccessToken().join();
            assertEquals("user", first.type());
            assertEquals(Instant.parse("2030-01-01T00:30:00Z"), first.expires());

            clock.advance(Duration.ofMinutes(29)); // within the 60 s margin of a 30 min token
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            assertEquals("user-2", client.getAccessToken().join().token());
        }
        assertEquals(1, wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/auth/token")).build()).getCount());
        assertEquals(1, wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/auth/keep-alive")).build()).getCount());
        wm.verify(getRequestedFor(urlEqualTo(PING)).withHeader("Authorization", equalTo("Bearer user-2")));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/auth/invalidate-token"))
                .withHeader("Authorization", equalTo("Bearer user-2")));
    }

    @Test
    void apiClientTokensAreRequestedAgainNeverKeptAliveNorInvalidated() {
        Stubs.oauthToken(wm, "tok", 600);
        pingOk();
        ManualClock clock = new ManualClock(T0);
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder(), clock).build()) {
            client.getAccessToken().join();
            clock.advance(Duration.ofSeconds(550));
            client.getAccessToken().join();
        }
        assertEquals(2, tokenRequests());
        assertEquals(0, wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/auth/keep-alive")).build()).getCount());
        assertEquals(0, wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/auth/invalidate-token")).build()).getCount());
    }

    @Test
    void tokenCallsBypassTheConcurrencyLimitSoAFullLimitCannotDeadlock() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 1200)).withFixedDelay(30)));
        pingOk();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().maxConcurrency(1)).build()) {
            List<CompletableFuture<JamfResponse>> calls = fire(client, 20);
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        assertEquals(1, tokenRequests());
    }

    @Test
    void oneCookieJarIsSharedByTokenAndApiCalls() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 1200))
                .withHeader("Set-Cookie", "APBALANCEID=aws.node-7; Path=/")));
        pingOk();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            client.classicApiRequest("GET", "v1/jamf-pro-version", null).exceptionally(e -> null).join();
        }
        wm.verify(getRequestedFor(urlEqualTo(PING)).withCookie("APBALANCEID", equalTo("aws.node-7")));
    }

    @Test
    void cookiesOffMeansNoCookieIsSent() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 1200))
                .withHeader("Set-Cookie", "APBALANCEID=aws.node-7; Path=/")));
        pingOk();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().cookies(false)).build()) {
            client.proApiRequest("GET", "v1/jamf-pro-version", Map.of(), null).join();
        }
        wm.verify(getRequestedFor(urlEqualTo(PING)).withoutHeader("Cookie"));
    }

    @Test
    void aNetscapeCookieFileIsPreloaded(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cookies.txt");
        Files.writeString(file, "# Netscape HTTP Cookie File\n"
                + "localhost\tFALSE\t/\tFALSE\t0\tjpro-ingress\tnode-3\n"
                + "#HttpOnly_localhost\tFALSE\t/\tFALSE\t0\tAPBALANCEID\taws.node-9\n");
        Stubs.oauthToken(wm, "tok", 1200);
        pingOk();
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().cookieFile(file)).build()) {
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
        }
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/oauth/token")).withCookie("jpro-ingress", equalTo("node-3")));
        wm.verify(getRequestedFor(urlEqualTo(PING)).withCookie("APBALANCEID", equalTo("aws.node-9")));
    }

    @Test
    void aFailedEarlyRefreshKeepsUsingTheStillValidTokenAndAnExpiredOneFails() {
        wm.stubFor(post("/api/v1/oauth/token").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Stubs.tokenJson("tok-1", 600))).willSetStateTo("down"));
        wm.stubFor(post("/api/v1/oauth/token").inScenario("t").whenScenarioStateIs("down")
                .willReturn(aResponse().withStatus(503)));
        pingOk();
        ManualClock clock = new ManualClock(T0);
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder(), clock).build()) {
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            clock.advance(Duration.ofSeconds(570)); // inside the 60 s margin, not expired
            assertEquals(200, client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join().statusCode());
            clock.advance(Duration.ofSeconds(40)); // now expired, and the token endpoint is still down
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join());
            assertFalse(failure.getCause() instanceof CredentialsException, "a 503 is no credentials problem");
            assertEquals("POST /api/v1/oauth/token failed: HTTP 503", failure.getCause().getMessage());
        }
        assertEquals(3, tokenRequests());
        wm.verify(2, getRequestedFor(urlEqualTo(PING)).withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    void cookiesExpireByTheClientsClock() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 3600))
                .withHeader("Set-Cookie", "APBALANCEID=node-1; Max-Age=60; Path=/")));
        wm.stubFor(get(urlPathEqualTo(PING)).willReturn(okJson("{\"version\":\"11.30.1\"}")));
        ManualClock clock = new ManualClock(Instant.now());
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder(), clock).build()) {
            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
            clock.advance(Duration.ofSeconds(120)); // past Max-Age by the client's clock, not the wall's
            client.proApiRequest("GET", "v1/jamf-pro-version", Map.of("after", "expiry"), null).join();
        }
        wm.verify(getRequestedFor(urlEqualTo(PING)).withCookie("APBALANCEID", equalTo("node-1")));
        wm.verify(getRequestedFor(urlEqualTo(PING + "?after=expiry")).withoutHeader("Cookie"));
    }
}
