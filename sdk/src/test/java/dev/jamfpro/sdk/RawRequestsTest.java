package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Raw Pro and Classic requests, the user agent, and path encoding. */
class RawRequestsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void proApiRequestSendsQueryJsonBodyAndUserAgent() {
        Stubs.oauthToken(wm, "tok", 1200);
        wm.stubFor(post(urlPathEqualTo("/api/v1/buildings")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", "/api/v1/buildings/9")
                .withBody("{\"id\":\"9\",\"href\":\"/api/v1/buildings/9\"}")));
        JsonObject body = new JsonObject();
        body.addProperty("name", "Main Office");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("note", "a b&c");
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            JamfResponse created = client.proApiRequest("post", "/v1/buildings", query, body).join();
            assertEquals(201, created.statusCode());
            assertEquals("/api/v1/buildings/9", created.header("location"));
            assertTrue(created.body().contains("\"id\":\"9\""));
            assertEquals(created.body(), new String(created.bodyBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        wm.verify(postRequestedFor(urlPathEqualTo("/api/v1/buildings"))
                .withQueryParam("note", equalTo("a b&c"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", matching("JamfProSDK-Java/\\S+ Java/\\S+ \\S+"))
                .withRequestBody(equalToJson("{\"name\":\"Main Office\"}")));
    }

    @Test
    void classicApiRequestSendsXmlAndEncodesPlusInNames() {
        Stubs.oauthToken(wm, "tok", 1200);
        wm.stubFor(put(urlPathMatching("/JSSResource/computers/name/.*")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "text/xml").withBody("<computer><id>7</id></computer>")));
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().userAgent("my-tool/1.0")).build()) {
            JamfResponse answer = client.classicApiRequest("PUT", "computers/name/Ann's Mac+Pro",
                    "<computer><location><building>HQ</building></location></computer>").join();
            assertEquals(201, answer.statusCode());
        }
        wm.verify(putRequestedFor(urlEqualTo("/JSSResource/computers/name/Ann's%20Mac%2BPro"))
                .withHeader("Content-Type", equalTo("application/xml"))
                .withHeader("Accept", equalTo("application/xml"))
                .withHeader("User-Agent", equalTo("my-tool/1.0"))
                .withRequestBody(equalTo("<computer><location><building>HQ</building></location></computer>")));
    }

    @Test
    void badRawInputIsRejectedBeforeAnyRequest() {
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build()) {
            assertThrows(IllegalArgumentException.class, () -> client.proApiRequest("FETCH", "v1/x", null, null));
            assertThrows(IllegalArgumentException.class, () -> client.proApiRequest("GET", "v1/../../etc", null, null));
            assertThrows(IllegalArgumentException.class, () -> client.classicApiRequest("GET", " ", null));
            assertThrows(IllegalArgumentException.class, () -> client.classicApiRequest("GET", "computers", "<x/>"));
        }
        assertEquals(0, wm.getAllServeEvents().size());
    }

    @Test
    void aClosedClientRefusesNewRequestsWithAFailedFuture() {
        AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder()).build();
        client.close();
        client.close(); // idempotent
        CompletableFuture<JamfResponse> raw = client.proApiRequest("GET", "v1/x", null, null);
        assertInstanceOf(ClientClosedException.class, assertThrows(CompletionException.class, raw::join).getCause());
        assertInstanceOf(ClientClosedException.class, assertThrows(CompletionException.class,
                () -> client.proApi().getDepartmentsByIdV1("1").join()).getCause());
    }
}
