package dev.jamfpro.sdk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.simulator.Fault;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server's version over real HTTP (the simulator, or WireMock for a garbled answer). */
class ServerVersionCheckTest {
    private static final String PATH = "/api/v1/jamf-pro-version";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static AsyncJamfProClient client(int port) {
        return AsyncJamfProClient.builder().server("localhost").port(port)
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").maxRetries(0).build()).build();
    }

    /** A check comparing with 11.30.1 that collects its INFO lines in {@code info}. */
    private static ServerVersionCheck check(AsyncJamfProClient client, List<String> info) {
        return new ServerVersionCheck("jamf.test", () -> client.proApiRequest("GET", ServerVersionCheck.PATH, null, null),
                "11.30.1", info::add);
    }

    private static JamfProSimulator simulator(String version) {
        return JamfProSimulator.builder().computers(1).version(version).start();
    }

    @Test
    void aServerOfAnotherVersionIsLoggedOnceAndAskedOnce() {
        List<String> info = new CopyOnWriteArrayList<>();
        try (JamfProSimulator jamf = simulator("11.31.0-t1765000000");
             AsyncJamfProClient client = client(jamf.port())) {
            ServerVersionCheck check = check(client, info);

            assertEquals("11.31.0-t1765000000", check.serverVersion().join());
            assertEquals("11.31.0-t1765000000", check.serverVersion().join());

            assertEquals(1, jamf.stats().requests(PATH), "the answer is kept");
            assertEquals(1, info.size(), info::toString);
            assertTrue(info.get(0).contains("jamf.test") && info.get(0).contains("11.31.0-t1765000000")
                    && info.get(0).contains("11.30.1"), info.get(0));
        }
    }

    @Test
    void theVersionItWasGeneratedFromLogsNothing() {
        List<String> info = new CopyOnWriteArrayList<>();
        try (JamfProSimulator jamf = simulator("11.30.1-t1762214160");
             AsyncJamfProClient client = client(jamf.port())) {
            ServerVersionCheck check = check(client, info);

            assertEquals("11.30.1-t1762214160", check.serverVersion().join());
            assertEquals(List.of(), info);
        }
    }

    @Test
    void aFailedRequestIsNotKeptTheNextCallAsksAgain() {
        List<String> info = new CopyOnWriteArrayList<>();
        try (JamfProSimulator jamf = simulator("11.31.0-t1765000000");
             AsyncJamfProClient client = client(jamf.port())) {
            ServerVersionCheck check = check(client, info);
            client.getAccessToken().join();
            jamf.failNext(1, Fault.HTTP_503);

            CompletionException failure = assertThrows(CompletionException.class, () -> check.serverVersion().join());
            assertInstanceOf(JamfProApiException.class, failure.getCause());
            assertEquals(503, ((JamfProApiException) failure.getCause()).statusCode());
            assertEquals(List.of(), info);

            assertEquals("11.31.0-t1765000000", check.serverVersion().join());
            assertEquals(2, jamf.stats().requests(PATH));
            assertEquals(1, info.size());
        }
    }

    @Test
    void anAnswerWithoutAVersionIsAClearError() {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(
                "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":1200}")));
        wm.stubFor(get(PATH).willReturn(okJson("{\"build\":\"11.30.1\"}")));
        try (AsyncJamfProClient client = client(wm.getPort())) {
            CompletionException failure = assertThrows(CompletionException.class, () -> client.serverVersion().join());
            assertInstanceOf(JamfProSdkException.class, failure.getCause());
            assertTrue(failure.getCause().getMessage().contains("GET /api/v1/jamf-pro-version")
                    && failure.getCause().getMessage().contains("{\"build\":\"11.30.1\"}"), failure.getCause().getMessage());
        }
    }

    @Test
    void theClientAsksTheServerOnce() {
        try (JamfProSimulator jamf = simulator("11.30.1-t1762214160");
             AsyncJamfProClient client = client(jamf.port())) {
            assertEquals("11.30.1-t1762214160", client.serverVersion().join());
            client.serverVersion().cancel(true);   // a caller's cancel does not spoil the kept answer
            assertEquals("11.30.1-t1762214160", client.serverVersion().join());
            assertEquals(1, jamf.stats().requests(PATH));
        }
    }
}
