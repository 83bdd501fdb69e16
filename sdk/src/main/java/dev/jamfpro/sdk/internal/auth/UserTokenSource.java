package dev.jamfpro.sdk.internal.auth;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import dev.jamfpro.sdk.internal.json.JamfDates;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User accounts: basic auth exchanged for a bearer token ({@code POST /api/v1/auth/token}), kept alive
 * with {@code /api/v1/auth/keep-alive} (which ends the old token) and ended with
 * {@code /api/v1/auth/invalidate-token}.
 */
public final class UserTokenSource implements TokenSource {
    private static final Logger LOG = LoggerFactory.getLogger(UserTokenSource.class);
    static final String TOKEN_PATH = "api/v1/auth/token";
    static final String KEEP_ALIVE_PATH = "api/v1/auth/keep-alive";
    static final String INVALIDATE_PATH = "api/v1/auth/invalidate-token";

    private final TokenHttp http;
    private final HttpUrl base;
    private final UserCredentialsProvider credentials;

    public UserTokenSource(TokenHttp http, HttpUrl base, UserCredentialsProvider credentials) {
        this.http = http;
        this.base = base;
        this.credentials = credentials;
    }

    @Override
    public CompletableFuture<AccessToken> fetch(AccessToken current) {
        if (current == null) {
            return newToken();
        }
        return post(KEEP_ALIVE_PATH, "Bearer " + current.token())
                .thenApply(answer -> toToken(answer, "POST /" + KEEP_ALIVE_PATH))
                .exceptionallyCompose(e -> {
                    LOG.debug("Keep-alive failed ({}); requesting a new user token", e.getMessage());
                    return newToken();
                });
    }

    private CompletableFuture<AccessToken> newToken() {
        String basic = okhttp3.Credentials.basic(credentials.username(), credentials.password(),
                java.nio.charset.StandardCharsets.UTF_8);
        return post(TOKEN_PATH, basic).thenApply(answer -> toToken(answer, "POST /" + TOKEN_PATH));
    }

    @Override
    public CompletableFuture<Void> invalidate(AccessToken token) {
        return post(INVALIDATE_PATH, "Bearer " + token.token()).thenAccept(answer -> {
            if (answer.status() != 204 && answer.status() != 200) {
                LOG.debug("Invalidating the user token answered HTTP {}", answer.status());
            }
        });
    }

    private CompletableFuture<TokenHttp.Answer> post(String path, String authorization) {
        Request request = new Request.Builder()
                .url(base.resolve(path))
                .post(RequestBody.create(new byte[0]))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .build();
        return http.send(request);
    }

    private AccessToken toToken(TokenHttp.Answer answer, String endpoint) {
        if (answer.status() < 200 || answer.status() > 299) {
            throw TokenHttp.failure(endpoint, answer);
        }
        String token = TokenHttp.requireString(answer, "token", endpoint);
        String expires = TokenHttp.requireString(answer, "expires", endpoint);
        try {
            return new AccessToken("user", token, JamfDates.parseDateTime(expires).toInstant(), List.of());
        } catch (IllegalArgumentException e) {
            throw new JamfProSdkException(endpoint + " answered an unreadable expires: " + expires);
        }
    }
}
