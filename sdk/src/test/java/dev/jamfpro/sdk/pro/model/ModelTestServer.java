package dev.jamfpro.sdk.pro.model;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A client aimed at a WireMock Jamf Pro over plain HTTP, and the JSON bodies that server received. */
public final class ModelTestServer {
    private ModelTestServer() {
    }

    /** Stubs the token endpoint and builds a client for {@code wm}. */
    public static AsyncJamfProClient client(WireMockExtension wm) {
        wm.stubFor(post(urlPathEqualTo("/api/v1/oauth/token")).withHeader("Authorization", absent())
                .willReturn(okJson("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":1200}")));
        return AsyncJamfProClient.builder().server("localhost").port(wm.getPort())
                .credentials(new ApiClientCredentialsProvider("id", "secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build()).build();
    }

    /** The JSON body of the one request {@code pattern} matched. */
    static JsonElement sentJson(WireMockExtension wm, RequestPatternBuilder pattern) {
        return JsonParser.parseString(sentText(wm, pattern));
    }

    /** The body text of the one request {@code pattern} matched. */
    static String sentText(WireMockExtension wm, RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = wm.findAll(pattern);
        assertEquals(1, requests.size(), "requests matching " + pattern.build());
        return new String(requests.get(0).getBody(), StandardCharsets.UTF_8);
    }
}
