package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** A plain JDK HTTP client for the simulator's tests: they must not depend on the SDK. */
final class TestHttp {
    final JamfProSimulator sim;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TestHttp(JamfProSimulator sim) {
        this.sim = sim;
    }

    URI uri(String pathAndQuery) {
        return URI.create(sim.baseUrl() + pathAndQuery);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    HttpResponse<String> postAuth(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    String oauthToken() {
        HttpResponse<String> response = postForm("/api/v1/oauth/token",
                "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret");
        if (response.statusCode() != 200) {
            throw new AssertionError("token: HTTP " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").getAsString();
    }

    HttpResponse<String> get(String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String pathAndQuery, String token) {
        return client.sendAsync(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String pathAndQuery, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> post(String pathAndQuery, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> delete(String pathAndQuery, String token) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", "Bearer " + token)
                .DELETE().build());
    }

    /** {@code /api/v1/computers-inventory?...} with each parameter form-encoded. */
    static String inventory(Map<String, String> params) {
        return "/api/v1/computers-inventory?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
