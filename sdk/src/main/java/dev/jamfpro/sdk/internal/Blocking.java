package dev.jamfpro.sdk.internal;

import dev.jamfpro.sdk.JamfProSdkException;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * How the synchronous face waits: for a future of the asynchronous client, rethrowing its failure as
 * the SDK's own exception (never {@code CompletionException} or {@code ExecutionException}).
 *
 * <p>The exception rethrown is the one the asynchronous call failed with, so {@code catch} clauses see
 * the same types in both faces. Its stack trace is replaced by the caller's (where the blocking call was
 * made, which is what a reader of a script's trace wants) and the trace it was raised with, on an SDK
 * I/O thread, is kept as a suppressed {@link AsyncStackTrace}. An exception delivered to several
 * waiters keeps the first waiter's trace; each later waiter adds a suppressed {@link WaitedHere}.
 *
 * <p>Waiting parks the calling thread ({@link CompletableFuture#get()}), holding no monitor, so a
 * virtual thread waiting here releases its carrier. An interrupt cancels the call and is kept.
 */
public final class Blocking {
    /** Later waiters on one shared failure recorded, at most; beyond that they are not. */
    private static final int MAX_WAITERS_RECORDED = 4;

    private Blocking() {
    }

    /**
     * Waits for {@code future} and returns its value.
     *
     * @param future a future of the asynchronous client
     * @param <T> the value type
     * @return the value (null for {@code CompletableFuture<Void>})
     * @throws RuntimeException the failure of the future, unwrapped (a checked one wrapped in a
     *                          {@link JamfProSdkException}); {@link JamfProSdkException} when the wait was
     *                          interrupted (the call is cancelled, the interrupt flag set again) or the
     *                          future was cancelled
     */
    public static <T> T await(CompletableFuture<T> future) {
        Objects.requireNonNull(future, "future == null");
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new JamfProSdkException("interrupted while waiting for Jamf Pro; the call was cancelled", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause() == null ? e : e.getCause());
        } catch (CancellationException e) {
            throw new JamfProSdkException("the call was cancelled before Jamf Pro answered", e);
        }
    }

    /**
     * The failure {@code error} stands for, ready to be thrown on the caller's thread: wrappers of
     * futures removed, the caller's stack trace in front (see the class comment).
     *
     * @param error a failure as a future delivers it
     * @return the exception to throw
     */
    public static RuntimeException rethrow(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof Error fatal) {
            throw fatal;
        }
        if (!(cause instanceof RuntimeException runtime)) {
            return new JamfProSdkException(cause.toString(), cause); // made here: it has the caller's trace
        }
        StackTraceElement[] caller = callerTrace();
        synchronized (runtime) { // Throwable's own lock: short, never held while waiting
            boolean seen = Arrays.stream(runtime.getSuppressed()).anyMatch(AsyncStackTrace.class::isInstance);
            if (!seen) {
                runtime.addSuppressed(new AsyncStackTrace(runtime.getStackTrace()));
                runtime.setStackTrace(caller);
            } else if (Arrays.stream(runtime.getSuppressed()).filter(WaitedHere.class::isInstance).count()
                    < MAX_WAITERS_RECORDED) {
                runtime.addSuppressed(new WaitedHere(caller));
            }
        }
        return runtime;
    }

    /**
     * {@code error} without the {@code CompletionException} and {@code ExecutionException} layers
     * futures wrap failures in.
     *
     * @param error a failure
     * @return the innermost failure that is not such a wrapper
     */
    public static Throwable unwrap(Throwable error) {
        Throwable current = Objects.requireNonNull(error, "error == null");
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** The current thread's stack without this class's frames. */
    private static StackTraceElement[] callerTrace() {
        StackTraceElement[] trace = new Throwable().getStackTrace();
        int first = 0;
        while (first < trace.length && trace[first].getClassName().equals(Blocking.class.getName())) {
            first++;
        }
        return Arrays.copyOfRange(trace, first, trace.length);
    }

    /** Where the failure was raised, before a blocking call rethrew it on the caller's thread. */
    static final class AsyncStackTrace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AsyncStackTrace(StackTraceElement[] trace) {
            super("raised here, asynchronously; rethrown on the thread that waited", null, false, true);
            setStackTrace(trace);
        }
    }

    /** Another thread that waited for the same failed call. */
    static final class WaitedHere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WaitedHere(StackTraceElement[] trace) {
            super("another blocking call waited for the same failure here", null, false, true);
            setStackTrace(trace);
        }
    }
}
