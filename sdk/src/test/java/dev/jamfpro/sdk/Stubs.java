package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.auth.CredentialsProvider;
import java.time.Clock;

/** Common stubs and a client builder aimed at a WireMock server over plain HTTP. */
final class Stubs {
    static final String CLIENT_ID = "client-id-1234";
    static final String CLIENT_SECRET = "s3cret-value-never-printed";

    private Stubs() {
    }

    static String tokenJson(String token, int expiresIn) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"scope\":\"api-role:1 api-role:2\","
                + "\"expires_in\":" + expiresIn + "}";
    }

    static void oauthToken(WireMockExtension wm, String token, int expiresIn) {
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(tokenJson(token, expiresIn))));
    }

    static AsyncJamfProClient.Builder client(WireMockExtension wm, SessionConfig.Builder config) {
        return client(wm.getPort(), config, new ApiClientCredentialsProvider(CLIENT_ID, CLIENT_SECRET));
    }

    static AsyncJamfProClient.Builder client(int port, SessionConfig.Builder config, CredentialsProvider credentials) {
        return AsyncJamfProClient.builder().server("localhost").port(port).credentials(credentials)
                .sessionConfig(config.scheme("http").build());
    }

    static AsyncJamfProClient.Builder client(WireMockExtension wm, SessionConfig.Builder config, Clock clock) {
        return client(wm, config).clock(clock);
    }
}
