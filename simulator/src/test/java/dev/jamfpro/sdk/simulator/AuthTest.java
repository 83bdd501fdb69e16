package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-02T10:00:00Z"));
    private JamfProSimulator sim;
    private TestHttp http;

    @BeforeEach
    void start() {
        sim = JamfProSimulator.builder().computers(20).clock(clock).tokenLifetime(Duration.ofMinutes(5)).start();
        http = new TestHttp(sim);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void oauthTokenHasJamfShapeAndOpensTheApi() {
        HttpResponse<String> response = http.postForm("/api/v1/oauth/token",
                "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret");
        assertEquals(200, response.statusCode());
        JsonObject body = TestHttp.json(response);
        assertEquals("Bearer", body.get("token_type").getAsString());
        assertEquals(300, body.get("expires_in").getAsLong());
        assertTrue(body.get("scope").getAsString().contains("api-role"));
        String token = body.get("access_token").getAsString();
        assertEquals(200, http.get("/api/v1/jamf-pro-version", token).statusCode());
        assertEquals(200, http.get("/JSSResource/computers", token).statusCode());
        assertEquals(1, sim.stats().tokenRequests());
    }

    @Test
    void legacyOauthPathWorksToo() {
        HttpResponse<String> response = http.postForm("/api/oauth/token",
                "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret");
        assertEquals(200, response.statusCode());
    }

    @Test
    void badClientCredentialsGetRfc6749Errors() {
        HttpResponse<String> wrong = http.postForm("/api/v1/oauth/token",
                "grant_type=client_credentials&client_id=sim-client&client_secret=nope");
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid_client", TestHttp.json(wrong).get("error").getAsString());
        HttpResponse<String> noGrant = http.postForm("/api/v1/oauth/token", "client_id=sim-client&client_secret=sim-secret");
        assertEquals(400, noGrant.statusCode());
        assertEquals("invalid_request", TestHttp.json(noGrant).get("error").getAsString());
        HttpResponse<String> badGrant = http.postForm("/api/v1/oauth/token",
                "grant_type=password&client_id=sim-client&client_secret=sim-secret");
        assertEquals("unsupported_grant_type", TestHttp.json(badGrant).get("error").getAsString());
        assertEquals(3, sim.stats().tokenRequests());
        assertEquals(0, sim.liveTokens());
    }

    @Test
    void customCredentialsAreTheOnlyOnesAccepted() {
        try (JamfProSimulator custom = JamfProSimulator.builder().computers(1).clientId("id-x").clientSecret("s3cret")
                .username("alice").password("pw").start()) {
            TestHttp h = new TestHttp(custom);
            assertEquals(401, h.postForm("/api/v1/oauth/token",
                    "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret").statusCode());
            assertEquals(200, h.postForm("/api/v1/oauth/token",
                    "grant_type=client_credentials&client_id=id-x&client_secret=s3cret").statusCode());
            assertEquals(200, h.postAuth("/api/v1/auth/token", TestHttp.basic("alice", "pw")).statusCode());
            assertEquals(401, h.postAuth("/api/v1/auth/token", TestHttp.basic("sim-user", "sim-password")).statusCode());
        }
    }

    @Test
    void userTokenKeepAliveKillsTheOldToken() {
        HttpResponse<String> first = http.postAuth("/api/v1/auth/token", TestHttp.basic("sim-user", "sim-password"));
        assertEquals(200, first.statusCode());
        JsonObject body = TestHttp.json(first);
        String old = body.get("token").getAsString();
        Instant expires = OffsetDateTime.parse(body.get("expires").getAsString()).toInstant();
        assertEquals(clock.instant().plus(Duration.ofMinutes(5)), expires);

        HttpResponse<String> renewed = http.postAuth("/api/v1/auth/keep-alive", "Bearer " + old);
        assertEquals(200, renewed.statusCode());
        String fresh = TestHttp.json(renewed).get("token").getAsString();
        assertNotEquals(old, fresh);
        assertEquals(200, http.get("/api/v1/jamf-pro-version", fresh).statusCode());
        HttpResponse<String> dead = http.get("/api/v1/jamf-pro-version", old);
        assertEquals(401, dead.statusCode());
        assertEquals("INVALID_TOKEN", TestHttp.json(dead).getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("code").getAsString());
        assertEquals(2, sim.stats().tokenRequests());
    }

    @Test
    void wrongPasswordIs401() {
        assertEquals(401, http.postAuth("/api/v1/auth/token", TestHttp.basic("sim-user", "wrong")).statusCode());
    }

    @Test
    void keepAliveRefusesApiClientTokens() {
        String token = http.oauthToken();
        assertEquals(401, http.postAuth("/api/v1/auth/keep-alive", "Bearer " + token).statusCode());
        assertEquals(200, http.get("/api/v1/jamf-pro-version", token).statusCode());
    }

    @Test
    void invalidateEndsTheToken() {
        String token = TestHttp.json(http.postAuth("/api/v1/auth/token", TestHttp.basic("sim-user", "sim-password")))
                .get("token").getAsString();
        assertEquals(204, http.postAuth("/api/v1/auth/invalidate-token", "Bearer " + token).statusCode());
        assertEquals(401, http.get("/api/v1/jamf-pro-version", token).statusCode());
        assertEquals(401, http.postAuth("/api/v1/auth/invalidate-token", "Bearer " + token).statusCode());
    }

    @Test
    void tokensExpireOnTheSimulatorsClock() {
        String token = http.oauthToken();
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertEquals(200, http.get("/api/v1/jamf-pro-version", token).statusCode());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(401, http.get("/api/v1/jamf-pro-version", token).statusCode());
    }

    @Test
    void runtimeTokenLifetimeAppliesToNewTokens() {
        sim.setTokenLifetime(Duration.ofSeconds(60));
        HttpResponse<String> response = http.postForm("/api/v1/oauth/token",
                "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret");
        assertEquals(60, TestHttp.json(response).get("expires_in").getAsLong());
    }

    @Test
    void revokedTokensAre401OnBothApis() {
        String token = http.oauthToken();
        sim.revokeAllTokens();
        HttpResponse<String> pro = http.get("/api/v1/computers-inventory", token);
        assertEquals(401, pro.statusCode());
        assertTrue(pro.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(401, TestHttp.json(pro).get("httpStatus").getAsInt());
        HttpResponse<String> classic = http.get("/JSSResource/computers/id/1", token);
        assertEquals(401, classic.statusCode());
        assertTrue(classic.body().contains("<p"), classic.body());
    }

    @Test
    void missingOrUnknownBearerIs401() {
        assertEquals(401, http.get("/api/v1/computers-inventory", null).statusCode());
        assertEquals(401, http.get("/api/v1/computers-inventory", "made-up").statusCode());
        assertEquals(401, http.get("/JSSResource/computers", null).statusCode());
    }
}
