package dev.jamfpro.sdk.internal.auth;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * OAuth client credentials: {@code POST /api/v1/oauth/token}; on 404, once, the older
 * {@code /api/oauth/token} that Jamf's own guide uses, remembered for later requests.
 */
public final class OAuthTokenSource implements TokenSource {
    static final String SPEC_PATH = "api/v1/oauth/token";
    static final String FALLBACK_PATH = "api/oauth/token";

    private final TokenHttp http;
    private final HttpUrl base;
    private final ApiClientCredentialsProvider credentials;
    private final Clock clock;
    private volatile String path = SPEC_PATH;

    public OAuthTokenSource(TokenHttp http, HttpUrl base, ApiClientCredentialsProvider credentials, Clock clock) {
        this.http = http;
        this.base = base;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<AccessToken> fetch(AccessToken current) {
        String first = path;
        Instant sentAt = clock.instant();
        return request(first).thenCompose(answer -> {
            if (answer.status() == 404 && first.equals(SPEC_PATH)) {
                return request(FALLBACK_PATH).thenApply(fallback -> {
                    if (fallback.status() != 404) {
                        path = FALLBACK_PATH;
                    }
                    return fallback;
                });
            }
            return CompletableFuture.completedFuture(answer);
        }).thenApply(answer -> toToken(answer, sentAt));
    }

    private CompletableFuture<TokenHttp.Answer> request(String tokenPath) {
        Request request = new Request.Builder()
                .url(base.resolve(tokenPath))
                .post(new FormBody.Builder()
                        .add("grant_type", "client_credentials")
                        .add("client_id", credentials.clientId())
                        .add("client_secret", credentials.clientSecret())
                        .build())
                .header("Accept", "application/json")
                .build();
        return http.send(request);
    }

    private AccessToken toToken(TokenHttp.Answer answer, Instant sentAt) {
        String endpoint = "POST /" + path;
        if (answer.status() == 404) {
            throw new JamfProSdkException("no OAuth token endpoint: POST /" + SPEC_PATH + " and POST /" + FALLBACK_PATH
                    + " answered 404 (API clients need Jamf Pro 10.49 or later; is the server name right?)");
        }
        if (answer.status() < 200 || answer.status() > 299) {
            throw TokenHttp.failure(endpoint, answer);
        }
        String token = TokenHttp.requireString(answer, "access_token", endpoint);
        String expiresIn = TokenHttp.requireString(answer, "expires_in", endpoint);
        long seconds;
        try {
            seconds = Math.round(Double.parseDouble(expiresIn));
        } catch (NumberFormatException e) {
            throw new JamfProSdkException(endpoint + " answered a non-numeric expires_in: " + expiresIn);
        }
        List<String> scope = List.of();
        if (answer.json().has("scope") && answer.json().get("scope").isJsonPrimitive()) {
            scope = Arrays.stream(answer.json().get("scope").getAsString().split("\\s+"))
                    .filter(s -> !s.isEmpty()).toList();
        }
        return new AccessToken("oauth", token, sentAt.plusSeconds(seconds), scope);
    }

    @Override
    public CompletableFuture<Void> invalidate(AccessToken token) {
        return CompletableFuture.completedFuture(null); // API-client tokens cannot be ended early
    }
}
