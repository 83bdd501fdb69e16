package dev.jamfpro.sdk.classic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/** A real client against WireMock (plain HTTP, an OAuth token stub) and helpers to read what it sent. */
final class ClassicTestSupport {
    private ClassicTestSupport() {
    }

    static AsyncJamfProClient client(WireMockExtension wm) {
        reset(wm);
        return AsyncJamfProClient.builder().server("localhost").port(wm.getPort())
                .credentials(new ApiClientCredentialsProvider("id", "secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").maxRetries(0).build())
                .build();
    }

    /**
     * Forgets earlier stubs and requests (dynamic tests share one client and server), stubs the token
     * endpoint, and answers any other unstubbed request with 599 so a wrong path fails loudly.
     */
    static void reset(WireMockExtension wm) {
        wm.resetAll();
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(
                "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":1200}")));
        wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(599).withBody("no stub matched")));
    }

    /** A 200 answer carrying {@code xml} the way Jamf sends it. */
    static ResponseDefinitionBuilder xml(String xml) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody(xml);
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(cause);
        }
    }

    /** The exception the future completes with; fails when it completes normally. */
    static <X extends Throwable> X failure(Class<X> type, CompletableFuture<?> future) {
        CompletionException wrapped = assertThrows(CompletionException.class,
                () -> future.orTimeout(20, TimeUnit.SECONDS).join());
        Throwable cause = wrapped.getCause();
        if (!type.isInstance(cause)) {
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + cause, cause);
        }
        return type.cast(cause);
    }

    /** The one request sent with this method to exactly this (encoded) URL. */
    static LoggedRequest onlyRequest(WireMockExtension wm, String method, String url) {
        List<LoggedRequest> requests = wm.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().equals(url))
                .map(r -> (LoggedRequest) r).toList();
        assertEquals(1, requests.size(), method + " " + url + " requests; all requests: "
                + wm.getAllServeEvents().stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()).toList());
        return requests.get(0);
    }
}
