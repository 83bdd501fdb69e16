package dev.jamfpro.sdk.internal.http;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An asynchronous semaphore: at most {@code max} permits out at once; further {@link #acquire()}s
 * queue in arrival order without blocking a thread. Every request the client sends to Jamf Pro holds
 * one permit from before it is sent until its answer has been read.
 */
public final class ConcurrencyLimiter {
    private final int max;
    private final Executor handoff;
    private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
    private int inFlight;
    private int peak;

    /**
     * @param max the most permits out at once
     * @param handoff runs the continuation of a waiter that gets a released permit (keeps stacks flat)
     */
    public ConcurrencyLimiter(int max, Executor handoff) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, got " + max);
        }
        this.max = max;
        this.handoff = handoff;
    }

    /** Completes when a permit is held; the caller must {@link #release()} it exactly once. */
    public CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (inFlight < max) {
                inFlight++;
                peak = Math.max(peak, inFlight);
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> waiter = new CompletableFuture<>();
            waiters.add(waiter);
            return waiter;
        }
    }

    /** Returns a permit, handing it to the longest waiter if there is one. */
    public void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            do {
                next = waiters.poll();
            } while (next != null && next.isDone()); // skip waiters that were cancelled
            if (next == null) {
                if (inFlight == 0) {
                    throw new IllegalStateException("release() without a permit");
                }
                inFlight--;
                return;
            }
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

    /** Permits out now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** The most permits that were out at once. */
    public synchronized int peak() {
        return peak;
    }
}
