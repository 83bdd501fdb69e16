package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.ClientClosedException;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.internal.auth.TokenHttp;
import dev.jamfpro.sdk.internal.auth.TokenManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What one client owns, shared by every view ({@code withOptions}) and face (async, sync) of it: the
 * server, the token, the cookie jar (inside {@link #http()}), the concurrency limit and the requests in
 * flight. The threads, dispatcher and connection pool are not owned here: they come from the
 * resources the client was built on, shared or private.
 *
 * <p>{@link #close()} refuses new requests and fails every registered one at once with
 * {@link ClientClosedException}, cancelling its HTTP call, so no future outlives the client.
 */
public final class ClientSession {
    /** A request in flight that {@link #close()} must end. */
    interface InFlight {
        /** Fails the request with {@link ClientClosedException} and cancels its HTTP call. */
        void abort();
    }

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final TokenHttp tokenHttp;
    private final TokenManager tokens;
    private final ConcurrencyLimiter limiter;
    private final Executor callbacks;
    private final DelayScheduler scheduler;
    private final Clock clock;
    private final long maxResponseSize;
    private final RecentWrites recentWrites;
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param http this client's OkHttp: the shared dispatcher and pool, its own cookie jar, TLS and
     *             timeouts, and {@link HttpTransport#EVENTS} as event listener
     * @param readAfterWriteWindow how long after a write a 404 to a read of the same record is read
     *                             again; zero: never
     */
    public ClientSession(HttpUrl baseUrl, OkHttpClient http, TokenHttp tokenHttp, TokenManager tokens,
                         ConcurrencyLimiter limiter, Executor callbacks, DelayScheduler scheduler, Clock clock,
                         long maxResponseSize, Duration readAfterWriteWindow) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.tokenHttp = tokenHttp;
        this.tokens = tokens;
        this.limiter = limiter;
        this.callbacks = callbacks;
        this.scheduler = scheduler;
        this.clock = clock;
        this.maxResponseSize = maxResponseSize;
        this.recentWrites = readAfterWriteWindow.isZero() ? null : new RecentWrites(readAfterWriteWindow, clock);
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** This client's OkHttp, with the client's own timeout; views derive theirs from it. */
    public OkHttpClient http() {
        return http;
    }

    public TokenManager tokens() {
        return tokens;
    }

    public ConcurrencyLimiter limiter() {
        return limiter;
    }

    /** Runs continuations on a fresh stack (permit hand-offs, the next argument of a fan-out). */
    public Executor callbacks() {
        return callbacks;
    }

    /** The client's clock (token expiry, {@code Retry-After} dates, cookies). */
    public Clock clock() {
        return clock;
    }

    DelayScheduler scheduler() {
        return scheduler;
    }

    long maxResponseSize() {
        return maxResponseSize;
    }

    /** The records written within the read-after-write window; null when that window is off. */
    RecentWrites recentWrites() {
        return recentWrites;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Registers a request; false when the client is closed (the caller fails it). */
    boolean register(InFlight request) {
        inFlight.add(request);
        if (closed.get()) {
            inFlight.remove(request);
            return false;
        }
        return true;
    }

    void deregister(InFlight request) {
        inFlight.remove(request);
    }

    /**
     * Refuses new requests, fails every request in flight or waiting (for a token or a permit) with
     * {@link ClientClosedException} and cancels its HTTP call, then ends a held user token on the server.
     * Returns that invalidation (already complete where there is none); idempotent.
     */
    public CompletableFuture<Void> close() {
        if (!closed.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        AccessToken held = tokens.shutDown(); // a refresh in progress fails its waiters with ClientClosedException
        tokenHttp.cancelAll();
        List<InFlight> pending = new ArrayList<>(inFlight);
        inFlight.clear();
        for (InFlight request : pending) {
            request.abort();
        }
        return held == null ? CompletableFuture.completedFuture(null) : tokens.endOnServer(held);
    }
}
