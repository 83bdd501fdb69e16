package dev.jamfpro.sdk.internal.http;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;

/**
 * An asynchronous semaphore: at most {@link #limit()} permits out at once; further {@link #acquire()}s
 * queue in arrival order without blocking a thread. Every request the client sends to Jamf Pro holds
 * one permit from before it is sent until its answer has been read.
 *
 * <p>The limit is {@code max}, or, with adaptive concurrency, what {@link AdaptiveLimit} makes of the
 * answers' latency (never above {@code max}): the transport reports each answer through
 * {@link #sample} and {@link Sample#answered}. A lowered limit takes effect as permits come back;
 * a raised one lets waiters through at once.
 */
public final class ConcurrencyLimiter {
    private final int max;
    private final Executor handoff;
    private final AdaptiveLimit adaptive;
    private final LongSupplier ticker;
    private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
    private int inFlight;
    private int peak;

    /**
     * A limiter of at most {@code max} permits, or fewer while adaptive concurrency backs off.
     *
     * @param max the most permits out at once
     * @param adaptive whether the limit follows the server's latency below {@code max}
     * @param ticker nanosecond time for latencies (tests pass their own)
     * @param handoff runs the continuation of a waiter that gets a released permit (keeps stacks flat)
     */
    public ConcurrencyLimiter(int max, boolean adaptive, LongSupplier ticker, Executor handoff) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        this.max = max;
        this.handoff = handoff;
        this.adaptive = adaptive ? new AdaptiveLimit(max) : null;
        this.ticker = ticker;
    }

    /** Completes when a permit is held; the caller must {@link #release()} it exactly once. */
    public CompletableFuture<Void> acquire() {
        synchronized (this) {
            while (!waiters.isEmpty() && waiters.peek().isDone()) {
                waiters.poll(); // cancelled while waiting
            }
            if (inFlight < limit() && waiters.isEmpty()) {
                inFlight++;
                peak = Math.max(peak, inFlight);
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> waiter = new CompletableFuture<>();
            waiters.add(waiter);
            return waiter;
        }
    }

    /** Returns a permit, letting the longest waiter through if the limit allows. */
    public void release() {
        synchronized (this) {
            if (inFlight == 0) {
                throw new IllegalStateException("release() without a permit");
            }
            inFlight--;
        }
        grant();
    }

    /** Lets waiters through while permits are free. */
    private void grant() {
        while (true) {
            CompletableFuture<Void> next;
            synchronized (this) {
                if (inFlight >= limit()) {
                    return;
                }
                do {
                    next = waiters.poll();
                } while (next != null && next.isDone()); // skip waiters that were cancelled
                if (next == null) {
                    return;
                }
                inFlight++;
                peak = Math.max(peak, inFlight);
            }
            CompletableFuture<Void> granted = next;
            Runnable grant = () -> {
                if (!granted.complete(null)) {
                    release(); // cancelled in the meantime: pass the permit on
                }
            };
            try {
                handoff.execute(grant);
            } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                grant.run();
            }
        }
    }

    /** The current limit: {@code max}, or lower while adaptive concurrency backs off. */
    public synchronized int limit() {
        return adaptive == null ? max : adaptive.limit();
    }

    /** Permits out now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** The most permits that were out at once. */
    public synchronized int peak() {
        return peak;
    }

    /** Whether the limit follows the server's latency (else it is {@code max}, and nothing is timed). */
    boolean adaptive() {
        return adaptive != null;
    }

    /**
     * Starts timing a request that holds a permit and is about to be sent; null when the limit is fixed
     * (nothing to learn).
     */
    Sample sample(String method, HttpUrl url) {
        if (adaptive == null) {
            return null;
        }
        String kind = AdaptiveLimit.kind(method, url);
        synchronized (this) {
            return new Sample(kind, adaptive.round(), inFlight >= adaptive.limit(), ticker.getAsLong());
        }
    }

    /** One request being timed, from sending to the headers of its answer. */
    final class Sample {
        private final String kind;
        private final long round;
        private final boolean limitReached;
        private final long sentAt;

        private Sample(String kind, long round, boolean limitReached, long sentAt) {
            this.kind = kind;
            this.round = round;
            this.limitReached = limitReached;
            this.sentAt = sentAt;
        }

        /** The answer's headers arrived with {@code status}. */
        void answered(int status) {
            long now = ticker.getAsLong();
            boolean raised;
            synchronized (ConcurrencyLimiter.this) {
                int before = adaptive.limit();
                boolean overload = status == 503 || status == 504 || status == 429;
                if (overload) {
                    adaptive.onOverload(round);
                } else {
                    adaptive.onAnswer(kind, now - sentAt, now, round, limitReached);
                }
                raised = adaptive.limit() > before;
            }
            if (raised) {
                grant();
            }
        }

        /** The request timed out: the server is overloaded or gone. */
        void timedOut() {
            synchronized (ConcurrencyLimiter.this) {
                adaptive.onOverload(round);
            }
        }
    }
}
