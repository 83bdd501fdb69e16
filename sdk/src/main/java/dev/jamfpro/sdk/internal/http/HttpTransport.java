package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.ClientClosedException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.JamfProTimeoutException;
import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.internal.Blocking;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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
 * Every request to Jamf Pro, Pro and Classic API alike, goes through {@link #exchange}:
 *
 * <ol>
 *   <li>take the current token from the {@link dev.jamfpro.sdk.internal.auth.TokenManager} (one request for
 *       all callers; no permit is held while waiting, so a slow or failing token endpoint fails every
 *       waiting caller at once instead of a few at a time);</li>
 *   <li>wait for a permit of the client's {@link ConcurrencyLimiter} (queued, no thread blocked); if the
 *       token was replaced meanwhile, give the permit back and start over;</li>
 *   <li>send with OkHttp; the answer's body is not buffered: the caller's {@link ResponseHandler} reads it
 *       from the connection, inside the exchange and never past {@code maxResponseSize}, so a body cut
 *       mid-read is a connection failure the {@link RetryPolicy} sees, like a failure before it. The
 *       permit is held until OkHttp reports the call ended, so in flight means in flight at the server;</li>
 *   <li>on a 401, get a fresh token and replay once; on what {@link RetryPolicy} allows, wait and
 *       retry (the permit is free while waiting), a 404 to a read of a record this client has just
 *       written included when the read-after-write window is on ({@link RecentWrites}).</li>
 * </ol>
 *
 * With adaptive concurrency, each answer's latency (sending to headers) and each overload answer or
 * timeout is reported to the limiter, which lowers or raises the client's limit from them.
 * Requests with a body over 64 KiB (uploads) are not timed: their latency is the body's, not the server's.
 *
 * One transport per view of a client: the {@link ClientSession} (token, cookies, limit, requests in
 * flight) is shared, the OkHttp timeouts and the retry policy are the view's. Futures complete on the
 * OkHttp dispatcher's threads; the dispatcher's own cap is lifted (the limiter is the bound), so a
 * continuation that blocks holds only its own thread.
 */
public final class HttpTransport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    /** Requests with a larger body are not timed for adaptive concurrency. */
    private static final long TIMED_BODY_LIMIT = 64 * 1024;

    /** Reads the final answer of an exchange (any status) into what the caller wants; runs on an I/O thread. */
    @FunctionalInterface
    public interface ResponseHandler<T> {
        /**
         * @param response the answer, its body streaming from the connection; closed after this returns
         */
        T handle(Response response) throws IOException;
    }

    private final ClientSession session;
    private final OkHttpClient http;
    private final RetryPolicy retryPolicy;
    private final String userAgent;

    /**
     * @param http the session's client or one derived from it with other timeouts
     */
    public HttpTransport(ClientSession session, OkHttpClient http, RetryPolicy retryPolicy, String userAgent) {
        this.session = session;
        this.http = http;
        this.retryPolicy = retryPolicy;
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
     * Sends {@code request} with authorization, the concurrency limit and the retry policy, and hands the
     * final answer to {@code handler}. Cancelling the future cancels the request in flight; closing the
     * client fails it with {@link ClientClosedException}. An answer larger than {@code maxResponseSize}
     * fails with a {@link JamfProSdkException} naming method, path and size.
     */
    public <T> CompletableFuture<T> exchange(Request request, ResponseHandler<T> handler) {
        Exchange<T> exchange = new Exchange<>(request, handler);
        exchange.start();
        return exchange.result;
    }

    /** {@code response} with its body read into memory, so it outlives the connection. */
    static Response buffered(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return response;
        }
        okio.Buffer buffer = new okio.Buffer();
        body.source().readAll(buffer);
        return response.newBuilder().body(ResponseBody.create(buffer, body.contentType(), buffer.size())).build();
    }

    /** A {@link Call.Factory} for Retrofit whose calls go through {@link #exchange}. */
    public Call.Factory callFactory(ProApiConverterFactory converters) {
        return new TransportCall.Factory(this, converters);
    }

    /** One request through its attempts. */
    private final class Exchange<T> implements ClientSession.InFlight {
        final Request original;
        final ResponseHandler<T> handler;
        final String method;
        final String path;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile Call call;
        volatile CompletableFuture<Void> waitingForPermit;
        int retries;
        int notFoundRetries;
        boolean replayedForToken;

        Exchange(Request original, ResponseHandler<T> handler) {
            this.original = original;
            this.handler = handler;
            this.method = original.method();
            this.path = original.url().encodedPath();
        }

        void start() {
            if (!session.register(this)) {
                abort();
                return;
            }
            result.whenComplete((value, error) -> {
                session.deregister(this);
                if (error != null) { // cancelled, or failed by close(): free the connection and the queue slot
                    Call current = call;
                    if (current != null) {
                        current.cancel();
                    }
                    CompletableFuture<Void> waiter = waitingForPermit;
                    if (waiter != null) {
                        waiter.cancel(false);
                    }
                }
            });
            attempt();
        }

        @Override
        public void abort() {
            result.completeExceptionally(new ClientClosedException(method + " " + path));
        }

        void attempt() {
            if (result.isDone()) {
                return;
            }
            session.tokens().token().whenComplete((token, error) -> {
                if (error != null) {
                    result.completeExceptionally(Blocking.unwrap(error));
                    return;
                }
                CompletableFuture<Void> permit = session.limiter().acquire();
                waitingForPermit = permit;
                permit.thenRun(() -> withPermit(token));
            });
        }

        void withPermit(AccessToken token) {
            if (result.isDone()) {
                session.limiter().release();
                return;
            }
            if (!session.tokens().isCurrent(token)) {
                // Replaced (refresh, keep-alive) or dropped (401) while this request queued: fetch the new one
                // without holding the permit.
                session.limiter().release();
                attempt();
                return;
            }
            send(token);
        }

        void send(AccessToken token) {
            Attempt attempt = new Attempt(session.limiter());
            Request request = original.newBuilder()
                    .header("Authorization", "Bearer " + token.token())
                    .header("User-Agent", userAgent)
                    .tag(Attempt.class, attempt)
                    .build();
            long started = System.nanoTime();
            ConcurrencyLimiter.Sample sample = session.limiter().adaptive() && timed()
                    ? session.limiter().sample(method, original.url()) : null;
            Call current = http.newCall(request);
            call = current;
            if (result.isDone()) {
                current.cancel();
            }
            current.enqueue(new Callback() {
                @Override
                public void onFailure(Call c, IOException e) {
                    if (sample != null && RetryPolicy.isTimeout(e) && !result.isDone()) { // not one we cancelled
                        sample.timedOut();
                    }
                    attempt.end(); // OkHttp also reports callFailed; whichever comes first returns the permit
                    log(started, "failed: " + e);
                    onConnectionFailure(e, attempt.sent);
                }

                @Override
                public void onResponse(Call c, Response response) {
                    if (sample != null) {
                        sample.answered(response.code());
                    }
                    try {
                        onAnswer(response, token, started);
                    } finally {
                        response.close();
                        attempt.end();
                    }
                }
            });
        }

        void onAnswer(Response response, AccessToken token, long started) {
            if (result.isDone()) { // cancelled, or the client was closed meanwhile: nobody reads this answer
                log(started, response.code() + ", not read: the call had ended");
                return;
            }
            if (response.code() == 401 && !replayedForToken && replayable()) {
                log(started, "401");
                replayedForToken = true;
                session.tokens().invalidate(token);
                LOG.debug("{} {} answered 401: replaying once with a fresh token", method, path);
                attempt();
                return;
            }
            Duration wait = retryPolicy.afterResponse(method, response.code(), response.header("Retry-After"), retries);
            if (wait != null) {
                log(started, Integer.toString(response.code()));
                retryAfter(wait, "HTTP " + response.code());
                return;
            }
            RecentWrites writes = session.recentWrites();
            if (writes != null && response.code() == 404) {
                Duration again = retryPolicy.afterNotFound(method, writes.remaining(path), notFoundRetries);
                if (again != null) {
                    log(started, "404");
                    notFoundRetries++;
                    LOG.debug("{} {} answered 404 moments after this client wrote it (another node may not have "
                            + "it yet): reading again in {} ms", method, path, again.toMillis());
                    schedule(again);
                    return;
                }
            }
            if (writes != null && response.isSuccessful()) {
                writes.wrote(method, path);
            }
            ResponseBody body = response.body();
            long limit = session.maxResponseSize();
            if (body != null && body.contentLength() > limit) {
                log(started, response.code() + ", " + body.contentLength() + " bytes: over the limit");
                result.completeExceptionally(tooLarge(body.contentLength() + " bytes (Content-Length)", limit));
                return;
            }
            MeteredBody metered = body == null ? null : new MeteredBody(body, limit);
            T value;
            try {
                value = handler.handle(metered == null ? response : response.newBuilder().body(metered).build());
            } catch (Throwable e) {
                if (metered != null && metered.tooLarge()) {
                    log(started, response.code() + ", body over the limit");
                    result.completeExceptionally(tooLarge("more than " + limit + " bytes", limit));
                } else if (metered != null && metered.connectionFailure() != null) {
                    log(started, response.code() + ", body failed: " + metered.connectionFailure());
                    onConnectionFailure(metered.connectionFailure(), true);
                } else {
                    log(started, response.code() + ", unreadable: " + e);
                    result.completeExceptionally(e instanceof IOException io ? new JamfProSdkException(method + " "
                            + path + ": the answer's body could not be read: " + io, io) : e);
                }
                return;
            }
            log(started, Integer.toString(response.code()));
            result.complete(value);
        }

        JamfProSdkException tooLarge(String size, long limit) {
            return new JamfProSdkException(method + " " + path + ": the answer is " + size + ", larger than "
                    + "maxResponseSize (" + limit + " bytes); it was not read. Raise SessionConfig.maxResponseSize "
                    + "if such an answer is expected.");
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
            schedule(wait);
        }

        void schedule(Duration wait) {
            try {
                session.scheduler().schedule(this::attempt, wait);
            } catch (java.util.concurrent.RejectedExecutionException closed) { // the resources were closed
                abort();
            }
        }

        /** Whether this request's latency tells about the server: not when a large body has to go first. */
        boolean timed() {
            okhttp3.RequestBody body = original.body();
            if (body == null) {
                return true;
            }
            try {
                long length = body.contentLength();
                return length >= 0 && length <= TIMED_BODY_LIMIT;
            } catch (IOException unknown) {
                return false;
            }
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
}
