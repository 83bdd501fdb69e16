package dev.jamfpro.sdk.internal.auth;

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
 *       next call tries again); once it has expired, the failure reaches the callers.</li>
 * </ul>
 */
public final class TokenManager {
    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    static final Duration MAX_MARGIN = Duration.ofSeconds(60);

    private final TokenSource source;
    private final Clock clock;
    private final Object lock = new Object();
    private Held current;
    private CompletableFuture<AccessToken> refreshing;
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
                return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
            }
            if (current != null && now.isBefore(current.refreshAt())) {
                return current.future();
            }
            if (refreshing != null) {
                return refreshing;
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
            synchronized (lock) {
                refreshing = null;
                if (error == null) {
                    current = new Held(token, refreshAt(token, now), CompletableFuture.completedFuture(token));
                }
            }
            if (error != null && base != null && !base.isExpired(clock.instant())) {
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

    /** Forgets {@code stale} (answered 401) if it is still the current token. */
    public void invalidate(AccessToken stale) {
        synchronized (lock) {
            if (current != null && current.token().equals(stale)) {
                current = null;
            }
        }
    }

    /** Stops handing out tokens and ends a held user token on the server. */
    public CompletableFuture<Void> close() {
        AccessToken held;
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.completedFuture(null);
            }
            closed = true;
            held = current == null ? null : current.token();
            current = null;
        }
        if (held == null || held.isExpired(clock.instant())) {
            return CompletableFuture.completedFuture(null);
        }
        return source.invalidate(held);
    }

    private static Instant refreshAt(AccessToken token, Instant obtained) {
        Duration lifetime = Duration.between(obtained, token.expires());
        Duration half = lifetime.isNegative() ? Duration.ZERO : lifetime.dividedBy(2);
        Duration margin = half.compareTo(MAX_MARGIN) < 0 ? half : MAX_MARGIN;
        return token.expires().minus(margin);
    }
}
