package dev.jamfpro.sdk;

import dev.jamfpro.sdk.simulator.ManualClock;
import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Runs in its own JVM with dev.jamfpro at DEBUG (see the surefire execution "debug-log"): a full run
 * logs one line per request and no secret, token, Authorization header or cookie value.
 */
class DebugLogTest {
    private static final String USER_PASSWORD = "Pa55-word-never-logged";
    private static final List<String> SECRETS = List.of(Stubs.CLIENT_SECRET, USER_PASSWORD, "oauth-tok-AAAA",
            "oauth-tok-BBBB", "user-tok-CCCC", "user-tok-DDDD", "cookie-value-EEEE", "Authorization", "Bearer ", "Basic ");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void aFullRunAtDebugLogsEveryRequestAndNoSecret() {
        // Only meaningful in the JVM the "debug-log" surefire execution starts; skipped elsewhere (-Dtest=...).
        assumeTrue(Boolean.getBoolean("jamf.debugLogJvm"), "runs in the debug-log surefire execution");
        assertTrue(LoggerFactory.getLogger("dev.jamfpro.sdk.internal.http.HttpTransport").isDebugEnabled(),
                "the debug-log execution must set dev.jamfpro to DEBUG");
        wm.stubFor(post("/api/v1/oauth/token").inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Stubs.tokenJson("oauth-tok-AAAA", 1200))
                        .withHeader("Set-Cookie", "APBALANCEID=cookie-value-EEEE; Path=/")).willSetStateTo("2"));
        wm.stubFor(post("/api/v1/oauth/token").inScenario("t").whenScenarioStateIs("2")
                .willReturn(okJson(Stubs.tokenJson("oauth-tok-BBBB", 1200))));
        wm.stubFor(get("/api/v1/departments/1").inScenario("d").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"httpStatus\":401,\"errors\":[{\"code\":\"INVALID_TOKEN\"}]}")).willSetStateTo("503"));
        wm.stubFor(get("/api/v1/departments/1").inScenario("d").whenScenarioStateIs("503")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wm.stubFor(get("/api/v1/departments/1").inScenario("d").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"id\":\"1\",\"name\":\"IT\"}")));
        wm.stubFor(get("/JSSResource/categories/id/3").willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody("<category><id>3</id><name>Apps</name></category>")));
        wm.stubFor(get("/api/v1/departments/2").willReturn(aResponse().withStatus(404)));
        wm.stubFor(post("/api/v1/auth/token").willReturn(okJson("{\"token\":\"user-tok-CCCC\",\"expires\":\"2030-01-01T00:30:00Z\"}")));
        wm.stubFor(post("/api/v1/auth/keep-alive").willReturn(okJson("{\"token\":\"user-tok-DDDD\",\"expires\":\"2030-01-01T01:00:00Z\"}")));
        wm.stubFor(post("/api/v1/auth/invalidate-token").willReturn(noContent()));

        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            RecordingScheduler scheduler = new RecordingScheduler();
            try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).delayScheduler(scheduler).build()) {
                assertEquals("IT", client.proApi().getDepartmentsByIdV1("1").join().getName());
                assertEquals("Apps", client.classicApi().getCategoryById(3).join().getName());
                client.proApiRequest("GET", "v1/departments/2", null, null).exceptionally(e -> null).join();
                client.getAccessToken().join();
            }
            ManualClock clock = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
            try (AsyncJamfProClient user = Stubs.client(wm.getPort(), SessionConfig.builder(),
                    new UserCredentialsProvider("admin", USER_PASSWORD)).clock(clock).build()) {
                user.classicApi().getCategoryById(3).join();
                clock.advance(Duration.ofMinutes(29).plusSeconds(30));
                user.classicApi().getCategoryById(3).join();
            }
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        for (String secret : SECRETS) {
            assertFalse(log.contains(secret), "the DEBUG log contains '" + secret + "':\n" + log);
        }
        List<String> requestLines = log.lines().filter(l -> l.contains("HttpTransport") && l.contains(" -> ")).toList();
        assertEquals(7, requestLines.size(), "one line per request (401, 503, 200, Classic, 404, two user-token "
                + "Classic reads):\n" + log);
        Pattern line = Pattern.compile(".*DEBUG dev\\.jamfpro\\.sdk\\.internal\\.http\\.HttpTransport - "
                + "(GET|POST|PUT|PATCH|DELETE) /\\S+ -> \\d{3} in \\d+ ms");
        requestLines.forEach(l -> assertTrue(line.matcher(l).matches(), "request line format: " + l));
        assertTrue(log.contains("GET /api/v1/departments/1 -> 401"), log);
        assertTrue(log.contains("GET /api/v1/departments/1 -> 503"), log);
        assertTrue(log.contains("GET /JSSResource/categories/id/3 -> 200"), log);
    }
}
