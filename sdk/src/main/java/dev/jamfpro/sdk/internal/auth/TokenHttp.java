package dev.jamfpro.sdk.internal.auth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.CredentialsException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.JamfProTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends token requests straight through OkHttp: outside the concurrency limit (a request waiting for
 * a token holds a permit, so the token call must not need one) but through the same client, so the
 * cookie jar and connections are shared.
 */
public final class TokenHttp {
    /** A token endpoint's answer: status and JSON body (null when the body was not JSON). */
    record Answer(int status, JsonObject json, String rawBody) {
    }

    private final OkHttpClient http;
    private final String userAgent;
    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public TokenHttp(OkHttpClient http, String userAgent) {
        this.http = http;
        this.userAgent = userAgent;
    }

    CompletableFuture<Answer> send(Request unsigned) {
        Request request = unsigned.newBuilder().header("User-Agent", userAgent).build();
        CompletableFuture<Answer> result = new CompletableFuture<>();
        String where = request.method() + " " + request.url().encodedPath();
        Call sent = http.newCall(request);
        inFlight.add(sent);
        sent.enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                inFlight.remove(call);
                result.completeExceptionally(e instanceof InterruptedIOException && !cancelled
                        ? JamfProTimeoutException.tokenRequest(request.method(), request.url().encodedPath(), e)
                        : new JamfProSdkException(where + " (the token request) failed: " + e.getMessage()
                                + "; no token was obtained, so the call that needed it was not sent", e));
            }

            @Override
            public void onResponse(Call call, Response response) {
                inFlight.remove(call);
                try (response) {
                    ResponseBody body = response.body();
                    String text = body == null ? "" : body.string();
                    result.complete(new Answer(response.code(), parseObject(text), text));
                } catch (IOException e) {
                    onFailure(call, e);
                }
            }
        });
        return result;
    }

    /** Cancels the token requests in flight (the client is closing); a later invalidation is still sent. */
    public void cancelAll() {
        cancelled = true;
        for (Call call : inFlight) {
            call.cancel();
        }
    }

    private static JsonObject parseObject(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            JsonElement element = JsonParser.parseString(text);
            return element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** A required string member, or a clear error naming the endpoint and member. */
    static String requireString(Answer answer, String member, String endpoint) {
        if (answer.json() == null) {
            throw new JamfProSdkException(endpoint + " answered HTTP " + answer.status()
                    + " with a body that is not a JSON object");
        }
        JsonElement value = answer.json().get(member);
        if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
            throw new JamfProSdkException(endpoint + " answered without \"" + member + "\"");
        }
        return value.getAsString();
    }

    /**
     * A failed token request: a 4xx is a {@link CredentialsException} (the credentials were refused),
     * anything else a {@link JamfProSdkException} (the server failed). No secret is quoted.
     */
    static JamfProSdkException failure(String endpoint, Answer answer) {
        boolean refused = answer.status() >= 400 && answer.status() < 500;
        StringBuilder message = new StringBuilder(endpoint)
                .append(refused ? " rejected the credentials: HTTP " : " failed: HTTP ").append(answer.status());
        JsonObject json = answer.json();
        if (json != null) {
            appendMember(message, json, "error");
            appendMember(message, json, "error_description");
            if (json.has("errors") && json.get("errors").isJsonArray() && !json.getAsJsonArray("errors").isEmpty()) {
                JsonElement first = json.getAsJsonArray("errors").get(0);
                if (first.isJsonObject()) {
                    appendMember(message, first.getAsJsonObject(), "code");
                    appendMember(message, first.getAsJsonObject(), "description");
                }
            }
        }
        return refused ? new CredentialsException(message.toString()) : new JamfProSdkException(message.toString());
    }

    private static void appendMember(StringBuilder message, JsonObject json, String member) {
        JsonElement value = json.get(member);
        if (value != null && value.isJsonPrimitive()) {
            message.append(message.indexOf(": ", message.indexOf("HTTP")) < 0 ? ": " : ", ").append(value.getAsString());
        }
    }
}
