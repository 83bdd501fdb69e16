package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code withOptions}: views with their own timeout and retries over the client's token, limit and connections; {@code baseUrl}. */
class RequestOptionsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .containerThreads(40)).build();

    private static AsyncJamfProClient client(SessionConfig.Builder config) {
        Stubs.oauthToken(wm, "tok", 1200);
        return Stubs.client(wm, config.retryBaseDelay(Duration.ofMillis(1)).retryMaxDelay(Duration.ofMillis(5))).build();
    }

    private static int requests(String path) {
        return wm.countRequestsMatching(anyRequestedFor(urlEqualTo(path)).build()).getCount();
    }

    @Test
    void aViewGetsALongerTimeoutThanItsClient() {
        wm.stubFor(post("/api/v1/uploads").willReturn(okJson("{}").withFixedDelay(1500)));
        try (AsyncJamfProClient client = client(SessionConfig.builder().timeout(Duration.ofSeconds(1)))) {
            Throwable failure = assertThrows(CompletionException.class,
                    () -> client.proApiRequest("POST", "v1/uploads", null, "{}").join()).getCause();
            assertInstanceOf(JamfProTimeoutException.class, failure);

            AsyncJamfProClient patient = client.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(10)).build());
            assertEquals(200, patient.proApiRequest("POST", "v1/uploads", null, "{}").join().statusCode());
            assertEquals(Duration.ofSeconds(10), patient.requestOptions().timeout().orElseThrow());
            assertEquals(Duration.ofSeconds(1), client.sessionConfig().timeout(), "the client itself is unchanged");
        }
        assertEquals(1, wm.countRequestsMatching(postRequestedFor(urlEqualTo("/api/v1/oauth/token")).build()).getCount(),
                "the view shares the client's token");
    }

    @Test
    void aViewWithoutRetriesSharesTheClientsLimit() {
        wm.stubFor(get("/api/v1/flaky").willReturn(aResponse().withStatus(503)));
        wm.stubFor(get("/api/v1/slowish").willReturn(okJson("{}").withFixedDelay(100)));
        try (AsyncJamfProClient client = client(SessionConfig.builder().maxConcurrency(2).maxRetries(2))) {
            client.proApiRequest("GET", "v1/flaky", null, null).exceptionally(e -> null).join();
            assertEquals(3, requests("/api/v1/flaky"), "the client retries twice");

            AsyncJamfProClient once = client.withOptions(RequestOptions.builder().maxRetries(0).build());
            once.proApiRequest("GET", "v1/flaky", null, null).exceptionally(e -> null).join();
            assertEquals(4, requests("/api/v1/flaky"), "the view does not retry");

            List<CompletableFuture<JamfResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(client.proApiRequest("GET", "v1/slowish", null, null));
                calls.add(once.proApiRequest("GET", "v1/slowish", null, null));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            assertEquals(2, client.peakInFlightRequests(), "client and view count against one limit of 2");
            assertEquals(client.peakInFlightRequests(), once.peakInFlightRequests());

            once.close(); // the view is the client: closing it closes both
            assertTrue(client.isClosed());
        }
    }

    @Test
    void optionsCheckTheirValues() {
        assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().timeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().maxRetries(-1).build());
        assertTrue(RequestOptions.none().timeout().isEmpty());
        assertTrue(RequestOptions.none().maxRetries().isEmpty());
    }

    @Test
    void aSimulatorsBaseUrlFitsTheBuilder() {
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(10).start();
             AsyncJamfProClient client = AsyncJamfProClient.builder().baseUrl(URI.create(jamf.baseUrl()))
                     .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret")).build()) {
            assertEquals("localhost", client.server());
            assertNotNull(client.proApi().getJamfProVersionV1().join().getVersion());
        }
    }

    @Test
    void aBadBaseUrlIsAClearError() {
        ApiClientCredentialsProvider credentials = new ApiClientCredentialsProvider("id", "secret");
        for (String[] bad : new String[][] {
                {"ftp://jamf.my.org", "must start with https:// or http://"},
                {"https://jamf.my.org/JSSResource", "scheme, host and port only"},
                {"https://jamf.my.org?x=1", "scheme, host and port only"},
                {"https://admin:pw@jamf.my.org", "must not carry user info"},
                {"jamf.my.org", "must start with https:// or http://"}}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> AsyncJamfProClient.builder().baseUrl(bad[0]).credentials(credentials).build());
            assertTrue(error.getMessage().contains(bad[1]), error.getMessage());
            assertFalse(error.getMessage().contains("pw"), "no secret in the message");
        }
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> AsyncJamfProClient.builder()
                .baseUrl("https://jamf.my.org").server("jamf.my.org").credentials(credentials).build());
        assertTrue(both.getMessage().contains("baseUrl and server/port both set"));
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().baseUrl("https://jamf.my.org:8443/")
                .credentials(credentials).build()) {
            assertEquals("jamf.my.org", client.server());
        }
    }
}
