package dev.jamfpro.sdk;

import dev.jamfpro.sdk.simulator.ManualClock;
import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retry policy over real HTTP: what is retried, after how long, and what never is. */
class RetryTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/api/v1/departments/1";

    private static AsyncJamfProClient client(RecordingScheduler scheduler, SessionConfig.Builder config) {
        Stubs.oauthToken(wm, "tok", 1200);
        return Stubs.client(wm, config).delayScheduler(scheduler).build();
    }

    private static int requests(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        return wm.countRequestsMatching(pattern.build()).getCount();
    }

    @Test
    void getIsRetriedOn503HonouringRetryAfter() {
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")).willSetStateTo("ok"));
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"1\",\"name\":\"IT\"}")));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder())) {
            assertEquals("IT", client.proApi().getDepartmentsByIdV1("1").join().getName());
        }
        assertEquals(List.of(Duration.ofSeconds(7)), scheduler.delays);
        assertEquals(2, requests(getRequestedFor(urlEqualTo(PATH))));
    }

    @Test
    void retryAfterAsAnHttpDateIsReadWithTheClockAndCapped() {
        ManualClock clock = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.parse("2030-01-01T00:00:12Z").atOffset(ZoneOffset.UTC));
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", date)).willSetStateTo("long"));
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs("long")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")).willSetStateTo("ok"));
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"1\"}")));
        RecordingScheduler scheduler = new RecordingScheduler();
        Stubs.oauthToken(wm, "tok", 1200);
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().retryMaxDelay(Duration.ofSeconds(30)))
                .clock(clock).delayScheduler(scheduler).build()) {
            client.proApi().getDepartmentsByIdV1("1").join();
        }
        assertEquals(List.of(Duration.ofSeconds(12), Duration.ofSeconds(30)), scheduler.delays);
    }

    @Test
    void getGivesUpAfterMaxRetriesWithExponentialBackoffAndJitter() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(502)));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder().maxRetries(3)
                .retryBaseDelay(Duration.ofMillis(400)).retryMaxDelay(Duration.ofSeconds(1)))) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApi().getDepartmentsByIdV1("1").join());
            assertEquals(502, assertInstanceOf(JamfProApiException.class, failure.getCause()).statusCode());
        }
        assertEquals(4, requests(getRequestedFor(urlEqualTo(PATH))), "first attempt and 3 retries");
        assertEquals(3, scheduler.delays.size());
        long[][] bounds = {{200, 400}, {400, 800}, {500, 1000}}; // [cap/2, cap] with cap = min(400 * 2^n, 1000)
        for (int i = 0; i < 3; i++) {
            long ms = scheduler.delays.get(i).toMillis();
            assertTrue(ms >= bounds[i][0] && ms <= bounds[i][1], "retry " + i + " waited " + ms + " ms");
        }
    }

    @Test
    void postIsNeverRetriedOn503() {
        wm.stubFor(post("/api/v1/departments").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder())) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("POST", "v1/departments", null, "{\"name\":\"IT\"}").join());
            assertEquals(503, assertInstanceOf(JamfProApiException.class, failure.getCause()).statusCode());
        }
        assertEquals(1, requests(postRequestedFor(urlEqualTo("/api/v1/departments"))));
        assertTrue(scheduler.delays.isEmpty());
    }

    @Test
    void aPostWhoseConnectionIsResetAfterSendingIsNotReplayed() {
        wm.stubFor(post("/api/v1/departments").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder())) {
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("POST", "v1/departments", null, "{\"name\":\"IT\"}").join());
            JamfProSdkException error = assertInstanceOf(JamfProSdkException.class, failure.getCause());
            assertTrue(error.getMessage().contains("may or may not have been applied"), error.getMessage());
        }
        assertEquals(1, requests(postRequestedFor(urlEqualTo("/api/v1/departments"))), "OkHttp's silent retry is off");
        assertTrue(scheduler.delays.isEmpty());
    }

    @Test
    void aGetWhoseConnectionIsResetIsRetried() {
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"1\"}")));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder())) {
            assertEquals("1", client.proApi().getDepartmentsByIdV1("1").join().getId());
        }
        assertEquals(2, requests(getRequestedFor(urlEqualTo(PATH))));
        assertEquals(1, scheduler.delays.size());
    }

    @Test
    void aConnectionRefusedBeforeSendingIsRetriedEvenForAPost() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        WireMockServer first = new WireMockServer(wireMockConfig().port(port));
        first.start();
        // Connection: close, so no pooled connection exists: a pooled one that died would fail after
        // sending (and the SDK would then rightly refuse to replay the POST; see the reset test).
        first.stubFor(post("/api/v1/oauth/token").willReturn(okJson(Stubs.tokenJson("tok", 1200))
                .withHeader("Connection", "close")));
        WireMockServer[] second = new WireMockServer[1];
        RecordingScheduler scheduler = new RecordingScheduler().beforeEachRetry(delay -> {
            second[0] = new WireMockServer(wireMockConfig().port(port));
            second[0].start(); // the server comes back before the retry
            second[0].stubFor(post("/api/v1/departments").willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json").withBody("{\"id\":\"9\",\"href\":\"x\"}")));
        });
        try (AsyncJamfProClient client = Stubs.client(port, SessionConfig.builder(),
                new dev.jamfpro.sdk.auth.ApiClientCredentialsProvider("id", "secret")).delayScheduler(scheduler).build()) {
            client.getAccessToken().join();
            first.stop(); // nothing listens now: the next connect is refused, the request never leaves
            JamfResponse created = client.proApiRequest("POST", "v1/departments", null, "{\"name\":\"IT\"}").join();
            assertEquals(201, created.statusCode());
            assertEquals(1, scheduler.delays.size());
            assertEquals(1, second[0].countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/departments")).build())
                    .getCount(), "the POST reached the server exactly once");
        } finally {
            if (second[0] != null) {
                second[0].stop();
            }
        }
    }

    /**
     * The short timeout is the call's own ({@code withOptions}): the token request keeps the client's
     * default, so a busy machine that is slow to hand out the token cannot time that out instead.
     */
    @Test
    void aWriteThatTimesOutIsATimeoutWithUnknownOutcomeAndIsNotReplayed() {
        wm.stubFor(put(PATH).willReturn(okJson("{}").withFixedDelay(5000)));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder())) {
            client.getAccessToken().join();
            AsyncJamfProClient impatient = client.withOptions(RequestOptions.builder().timeout(Duration.ofMillis(1500)).build());
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> impatient.proApiRequest("PUT", "v1/departments/1", null, "{\"name\":\"IT\"}").join());
            JamfProTimeoutException timeout = assertInstanceOf(JamfProTimeoutException.class, failure.getCause());
            assertTrue(timeout.outcomeUnknown());
            assertEquals("PUT", timeout.method());
            assertEquals(PATH, timeout.path());
        }
        Await.until("the PUT is logged at the server", () -> requests(putRequestedFor(urlEqualTo(PATH))) >= 1);
        assertEquals(1, requests(putRequestedFor(urlEqualTo(PATH))));
        assertTrue(scheduler.delays.isEmpty());
    }

    @Test
    void maxRetriesZeroTurnsRetriesOff() {
        wm.stubFor(get(PATH).willReturn(aResponse().withStatus(503)));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder().maxRetries(0))) {
            assertThrows(CompletionException.class, () -> client.proApi().getDepartmentsByIdV1("1").join());
        }
        assertEquals(1, requests(getRequestedFor(urlEqualTo(PATH))));
    }

    @Test
    void aGetWhoseBodyBreaksMidStreamIsRetriedAndAPostIsNot() {
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK)).willSetStateTo("ok"));
        wm.stubFor(get(PATH).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"1\"}")));
        wm.stubFor(post("/api/v1/departments").willReturn(aResponse().withStatus(201).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        RecordingScheduler scheduler = new RecordingScheduler();
        try (AsyncJamfProClient client = client(scheduler, SessionConfig.builder())) {
            assertEquals("1", client.proApi().getDepartmentsByIdV1("1").join().getId());
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("POST", "v1/departments", null, "{\"name\":\"IT\"}").join());
            assertTrue(failure.getCause().getMessage().contains("may or may not have been applied"),
                    failure.getCause().getMessage());
        }
        assertEquals(2, requests(getRequestedFor(urlEqualTo(PATH))));
        assertEquals(1, requests(postRequestedFor(urlEqualTo("/api/v1/departments"))));
        assertEquals(1, scheduler.delays.size());
    }
}
