package dev.jamfpro.sdk.internal.auth;

import dev.jamfpro.sdk.auth.AccessToken;
import java.util.concurrent.CompletableFuture;

/** Obtains tokens for one kind of credentials; {@link TokenManager} decides when. */
public interface TokenSource {

    /**
     * A new token. {@code current} is the token still held and not yet expired (a user token can be
     * kept alive with it), or null when a token must be requested from the credentials.
     */
    CompletableFuture<AccessToken> fetch(AccessToken current);

    /** Ends a token on the server where that exists (user tokens); completes normally otherwise. */
    CompletableFuture<Void> invalidate(AccessToken token);
}
