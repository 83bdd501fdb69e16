package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.JamfProTimeoutException;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.internal.auth.TokenManager;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request to Jamf Pro, Pro and Classic API alike, goes through {@link #execute(Request)}:
 *
 * <ol>
 *   <li>wait for a permit of the {@link ConcurrencyLimiter} (queued, no thread blocked);</li>
 *   <li>take the current token from the {@link TokenManager} (refreshed once for all callers);</li>
 *   <li>send with OkHttp and read the whole answer into OkHttp's buffer; the permit is held until
 *       OkHttp reports the call ended, so in-flight means in flight at the server;</li>
 *   <li>on a 401, get a fresh token and replay once; on what {@link RetryPolicy} allows, wait and
 *       retry (the permit is free while waiting).</li>
 * </ol>
 *
 * The answer is returned whatever its status, its body buffered but not yet consumed: the caller must
 * read or close it. Turning a non-2xx into an exception is the caller's job, because Pro and Classic errors differ.
 * Futures complete on the client's own OkHttp threads; the client lifts OkHttp's dispatcher cap (the
 * limiter is the bound), so a continuation that blocks holds only its own thread.
 */
public final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final OkHttpClient http;
    private final ConcurrencyLimiter limiter;
    private final RetryPolicy retryPolicy;
    private final TokenManager tokens;
    private final DelayScheduler scheduler;
    private final String userAgent;
    private volatile boolean closed;

    /**
     * @param http a client built with {@link #EVENTS} as its event listener
     */
    public HttpTransport(OkHttpClient http, ConcurrencyLimiter limiter, RetryPolicy retryPolicy, TokenManager tokens,
                         DelayScheduler scheduler, String userAgent) {
        this.http = http;
        this.limiter = limiter;
        this.retryPolicy = retryPolicy;
        this.tokens = tokens;
        this.scheduler = scheduler;
        this.userAgent = userAgent;
    }

    /**
     * The event listener the client's OkHttp must carry: it learns whether an attempt reached the
     * network (a failure before the request headers were written left the server untouched, so even
     * a write may be retried) and returns the attempt's permit when the call ends, exactly once.
     */
    public static final EventListener EVENTS = new EventListener() {
        @Override
        public void requestHeadersStart(Call call) {
            Attempt attempt = call.request().tag(Attempt.class);
            if (attempt != null) {
                attempt.sent = true;
            }
        }

        @Override
        public void callEnd(Call call) {
            end(call);
        }

        @Override
        public void callFailed(Call call, IOException ioe) {
            end(call);
        }

        private void end(Call call) {
            Attempt attempt = call.request().tag(Attempt.class);
            if (attempt != null) {
                attempt.end();
            }
        }
    };

    /** One HTTP attempt: whether it was sent, and its permit, returned once. */
    private static final class Attempt {
        private final ConcurrencyLimiter limiter;
        private final AtomicBoolean ended = new AtomicBoolean();
        volatile boolean sent;

        Attempt(ConcurrencyLimiter limiter) {
            this.limiter = limiter;
        }

        void end() {
            if (ended.compareAndSet(false, true)) {
                limiter.release();
            }
        }
    }

    /**
     * Sends {@code request} with authorization, the concurrency limit and the retry policy.
     * Cancelling the future cancels the request in flight.
     */
    public CompletableFuture<Response> execute(Request request) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the client is closed"));
        }
        Exchange exchange = new Exchange(request);
        exchange.start();
        return exchange.result;
    }

    /** A {@link Call.Factory} for Retrofit whose calls go through {@link #execute(Request)}. */
    public Call.Factory callFactory() {
        return request -> new TransportCall(SortParameter.joinRepeated(request), this);
    }

    /** The concurrency limiter (for diagnostics: in flight, peak, queued). */
    public ConcurrencyLimiter limiter() {
        return limiter;
    }

    /** Refuses new requests; requests in flight finish or fail as the connections close. */
    public void close() {
        closed = true;
    }

    /** One request through its attempts. */
    private final class Exchange {
        final Request original;
        final String method;
        final String path;
        final CompletableFuture<Response> result = new CompletableFuture<>();
        volatile Call call;
        int retries;
        boolean replayedForToken;

        Exchange(Request original) {
            this.original = original;
            this.method = original.method();
            this.path = original.url().encodedPath();
        }

        void start() {
            result.whenComplete((response, error) -> {
                Call current = call;
                if (result.isCancelled() && current != null) {
                    current.cancel();
                }
            });
            attempt();
        }

        void attempt() {
            if (result.isDone()) {
                return;
            }
            if (closed) {
                result.completeExceptionally(new IllegalStateException("the client was closed before " + method + " "
                        + path + " was sent"));
                return;
            }
            limiter.acquire().thenRun(this::withPermit);
        }

        void withPermit() {
            if (result.isDone()) {
                limiter.release();
                return;
            }
            tokens.token().whenComplete((token, error) -> {
                if (error != null) {
                    limiter.release();
                    result.completeExceptionally(unwrap(error));
                } else {
                    send(token);
                }
            });
        }

        void send(AccessToken token) {
            Attempt attempt = new Attempt(limiter);
            Request request = original.newBuilder()
                    .header("Authorization", "Bearer " + token.token())
                    .header("User-Agent", userAgent)
                    .tag(Attempt.class, attempt)
                    .build();
            long started = System.nanoTime();
            Call current = http.newCall(request);
            call = current;
            if (result.isCancelled()) {
                current.cancel();
            }
            current.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    attempt.end(); // OkHttp also reports callFailed; whichever comes first returns the permit
                    log(started, "failed: " + e);
                    onConnectionFailure(e, attempt.sent);
                }

                @Override
                public void onResponse(Call c, Response response) {
                    ResponseBody body = response.body();
                    try {
                        // Read the whole answer into OkHttp's own buffer (no copy, no rebuilt response): a
                        // reset or timeout mid-body stays a connection failure the retry policy sees, and
                        // OkHttp ends the call (returning the permit) as soon as the body is exhausted.
                        if (body != null) {
                            body.source().request(Long.MAX_VALUE);
                        }
                    } catch (IOException e) {
                        response.close();
                        log(started, response.code() + ", body failed: " + e);
                        onConnectionFailure(e, true);
                        return;
                    }
                    log(started, Integer.toString(response.code()));
                    onAnswer(response, token);
                }
            });
        }

        void onAnswer(Response response, AccessToken token) {
            if (response.code() == 401 && !replayedForToken && replayable()) {
                response.close();
                replayedForToken = true;
                tokens.invalidate(token);
                LOG.debug("{} {} answered 401: replaying once with a fresh token", method, path);
                attempt();
                return;
            }
            Duration wait = retryPolicy.afterResponse(method, response.code(), response.header("Retry-After"), retries);
            if (wait != null) {
                response.close();
                retryAfter(wait, "HTTP " + response.code());
                return;
            }
            if (!result.complete(response)) {
                response.close(); // cancelled meanwhile: nobody will read it
            }
        }

        void onConnectionFailure(IOException failure, boolean sent) {
            if (result.isDone()) {
                return;
            }
            Duration wait = retryPolicy.afterFailure(method, failure, sent, retries);
            if (wait != null) {
                retryAfter(wait, failure.toString());
                return;
            }
            if (RetryPolicy.isTimeout(failure)) {
                result.completeExceptionally(new JamfProTimeoutException(method, path, failure));
            } else {
                String outcome = sent && !RetryPolicy.isSafe(method)
                        ? " after the request was sent; the write may or may not have been applied (not replayed)" : "";
                result.completeExceptionally(new JamfProSdkException(method + " " + path + " failed" + outcome + ": "
                        + failure, failure));
            }
        }

        void retryAfter(Duration wait, String reason) {
            retries++;
            LOG.debug("{} {}: {}; retry {} in {} ms", method, path, reason, retries, wait.toMillis());
            scheduler.schedule(this::attempt, wait);
        }

        boolean replayable() {
            return original.body() == null || !original.body().isOneShot();
        }

        void log(long startedNanos, String outcome) {
            if (LOG.isDebugEnabled()) {
                HttpUrl url = original.url();
                String query = url.encodedQuery();
                LOG.debug("{} {}{} -> {} in {} ms", method, path, query == null ? "" : "?" + query, outcome,
                        (System.nanoTime() - startedNanos) / 1_000_000);
            }
        }
    }

    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
