package dev.jamfpro.sdk.internal.auth;

import dev.jamfpro.sdk.ClientClosedException;
import dev.jamfpro.sdk.auth.AccessToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place tokens are cached and refreshed, for every caller of one client.
 *
 * <ul>
 *   <li>A token is fresh until {@code expires - margin}, with margin = min(60 s, lifetime / 2), so a
 *       60-second API-client token is still refreshed before it dies.</li>
 *   <li>However many callers find the token stale at once, one request is made: they all get the
 *       same future.</li>
 *   <li>After a 401, {@link #invalidate(AccessToken)} drops that token (only if it is still the
 *       current one), so the next {@link #token()} requests a new one, once.</li>
 *   <li>A refresh that fails while the held token has not yet expired hands out the held token (the
 *       next call tries again); once it has expired, the failure reaches the callers: every caller
 *       waiting on that request, and every caller arriving within {@link #FAILURE_HOLD} after it, so a
 *       token endpoint that is down costs one request per burst of callers, not one per caller.</li>
 * </ul>
 *
 * <p>Callers take their token before they queue for a concurrency permit: a token request never
 * waits behind permits and no permit is held while a token is awaited.
 */
public final class TokenManager {
    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    static final Duration MAX_MARGIN = Duration.ofSeconds(60);
    /** How long a failed token request answers the callers that arrive after it, by the client's clock. */
    public static final Duration FAILURE_HOLD = Duration.ofSeconds(1);

    private final TokenSource source;
    private final Clock clock;
    private final Object lock = new Object();
    private Held current;
    private CompletableFuture<AccessToken> refreshing;
    private CompletableFuture<AccessToken> failed;
    private Instant failedUntil;
    private boolean closed;

    private record Held(AccessToken token, Instant refreshAt, CompletableFuture<AccessToken> future) {
    }

    public TokenManager(TokenSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** The cached token if fresh, else the one refresh in progress (started if needed). */
    public CompletableFuture<AccessToken> token() {
        CompletableFuture<AccessToken> refresh;
        AccessToken base;
        Instant now = clock.instant();
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new ClientClosedException("the token request"));
            }
            if (current != null && now.isBefore(current.refreshAt())) {
                return current.future();
            }
            if (refreshing != null) {
                return refreshing;
            }
            if (failed != null && now.isBefore(failedUntil)) {
                return failed;
            }
            base = current != null && !current.token().isExpired(now) ? current.token() : null;
            refresh = refreshing = new CompletableFuture<>();
        }
        CompletableFuture<AccessToken> fetched;
        try {
            fetched = source.fetch(base);
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        fetched.whenComplete((token, error) -> {
            boolean heldStillWorks = error != null && base != null && !base.isExpired(clock.instant());
            synchronized (lock) {
                refreshing = null;
                if (error == null && !closed) {
                    current = new Held(token, refreshAt(token, now), CompletableFuture.completedFuture(token));
                    failed = null;
                } else if (error != null && !heldStillWorks) {
                    failed = refresh;
                    failedUntil = clock.instant().plus(FAILURE_HOLD);
                }
            }
            if (heldStillWorks) {
                // Refreshed early (within the margin) and the refresh failed: the held token still works.
                LOG.warn("Token refresh failed ({}); using the current token until it expires at {}",
                        error.getMessage(), base.expires());
                refresh.complete(base);
            } else if (error != null) {
                refresh.completeExceptionally(error);
            } else {
                LOG.debug("Obtained {} token, expires {}", token.type(), token.expires());
                refresh.complete(token);
            }
        });
        return refresh;
    }

    /**
     * True while {@code token} is still the one this manager holds (not replaced by a refresh or a
     * keep-alive, not dropped after a 401): a caller that waited for a permit checks this before sending.
     */
    public boolean isCurrent(AccessToken token) {
        synchronized (lock) {
            return current != null && current.token() == token;
        }
    }

    /** Forgets {@code stale} (answered 401) if it is still the current token. */
    public void invalidate(AccessToken stale) {
        synchronized (lock) {
            if (current != null && current.token().equals(stale)) {
                current = null;
            }
        }
    }

    /**
     * Stops handing out tokens: a refresh in progress fails its waiters with {@link ClientClosedException}.
     * Returns the token still held and not expired (to end it on the server), or null.
     */
    public AccessToken shutDown() {
        AccessToken held;
        CompletableFuture<AccessToken> pending;
        synchronized (lock) {
            if (closed) {
                return null;
            }
            closed = true;
            held = current == null ? null : current.token();
            current = null;
            pending = refreshing;
            refreshing = null;
        }
        if (pending != null) {
            pending.completeExceptionally(new ClientClosedException("the token request"));
        }
        return held == null || held.isExpired(clock.instant()) ? null : held;
    }

    /** Ends {@code token} on the server where its kind allows (user tokens); completes normally otherwise. */
    public CompletableFuture<Void> endOnServer(AccessToken token) {
        return source.invalidate(token);
    }

    private static Instant refreshAt(AccessToken token, Instant obtained) {
        Duration lifetime = Duration.between(obtained, token.expires());
        Duration half = lifetime.isNegative() ? Duration.ZERO : lifetime.dividedBy(2);
        Duration margin = half.compareTo(MAX_MARGIN) < 0 ? half : MAX_MARGIN;
        return token.expires().minus(margin);
    }
}
