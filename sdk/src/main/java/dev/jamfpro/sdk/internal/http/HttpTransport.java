package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.JamfProTimeoutException;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.internal.auth.TokenManager;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.Callback;
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
 *   <li>send with OkHttp and read the whole answer, then give the permit back;</li>
 *   <li>on a 401, get a fresh token and replay once; on what {@link RetryPolicy} allows, wait and
 *       retry (the permit is free while waiting);</li>
 *   <li>complete the future on the client's callback executor, never on an OkHttp thread.</li>
 * </ol>
 *
 * The answer is returned whatever its status; turning a non-2xx into an exception is the caller's
 * job, because Pro and Classic errors differ.
 */
public final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final OkHttpClient http;
    private final ConcurrencyLimiter limiter;
    private final RetryPolicy retryPolicy;
    private final TokenManager tokens;
    private final Executor callbacks;
    private final DelayScheduler scheduler;
    private final AtomicLong attempts = new AtomicLong();
    private volatile boolean closed;

    public HttpTransport(OkHttpClient http, ConcurrencyLimiter limiter, RetryPolicy retryPolicy, TokenManager tokens,
                         Executor callbacks, DelayScheduler scheduler) {
        this.http = http;
        this.limiter = limiter;
        this.retryPolicy = retryPolicy;
        this.tokens = tokens;
        this.callbacks = callbacks;
        this.scheduler = scheduler;
    }

    /**
     * Sends {@code request} with authorization, the concurrency limit and the retry policy. The
     * answer's body is fully read. Cancelling the future cancels the request in flight.
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

    /** The network interceptor the client's OkHttp must carry, so failures before sending are known. */
    public static okhttp3.Interceptor sendMarker() {
        return SendState.MARK_SENT;
    }

    /** The concurrency limiter (for diagnostics: in flight, peak, queued). */
    public ConcurrencyLimiter limiter() {
        return limiter;
    }

    /** Refuses new requests; requests in flight finish or fail as the connections close. */
    public void close() {
        closed = true;
    }

    /** HTTP attempts sent so far, retries and replays included. */
    public long attemptCount() {
        return attempts.get();
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
                fail(new IllegalStateException("the client was closed before " + method + " " + path + " was sent"));
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
                    fail(unwrap(error));
                } else {
                    send(token);
                }
            });
        }

        void send(AccessToken token) {
            SendState state = new SendState();
            Request request = original.newBuilder()
                    .header("Authorization", "Bearer " + token.token())
                    .tag(SendState.class, state)
                    .build();
            long started = System.nanoTime();
            Call current = http.newCall(request);
            call = current;
            if (result.isCancelled()) {
                current.cancel();
            }
            attempts.incrementAndGet();
            current.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    limiter.release();
                    log(started, "failed: " + e);
                    onConnectionFailure(e, state.sent);
                }

                @Override
                public void onResponse(Call c, Response response) {
                    Response buffered;
                    try (response) {
                        ResponseBody body = response.body();
                        byte[] bytes = body == null ? new byte[0] : body.bytes();
                        buffered = response.newBuilder()
                                .body(ResponseBody.create(bytes, body == null ? null : body.contentType()))
                                .build();
                    } catch (IOException e) {
                        limiter.release();
                        log(started, response.code() + ", body failed: " + e);
                        onConnectionFailure(e, true);
                        return;
                    }
                    limiter.release();
                    log(started, Integer.toString(buffered.code()));
                    onAnswer(buffered, token);
                }
            });
        }

        void onAnswer(Response response, AccessToken token) {
            if (response.code() == 401 && !replayedForToken && replayable()) {
                replayedForToken = true;
                tokens.invalidate(token);
                LOG.debug("{} {} answered 401: replaying once with a fresh token", method, path);
                attempt();
                return;
            }
            Duration wait = retryPolicy.afterResponse(method, response.code(), response.header("Retry-After"), retries);
            if (wait != null) {
                retryAfter(wait, "HTTP " + response.code());
                return;
            }
            deliver(() -> result.complete(response));
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
                fail(new JamfProTimeoutException(method, path, failure));
            } else {
                String outcome = sent && !RetryPolicy.isSafe(method)
                        ? " after the request was sent; the write may or may not have been applied (not replayed)" : "";
                fail(new JamfProSdkException(method + " " + path + " failed" + outcome + ": " + failure, failure));
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

        void fail(Throwable error) {
            deliver(() -> result.completeExceptionally(error));
        }

        /** Completes on the callback executor; inline once the client has shut it down. */
        void deliver(Runnable completion) {
            try {
                callbacks.execute(completion);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                completion.run();
            }
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
