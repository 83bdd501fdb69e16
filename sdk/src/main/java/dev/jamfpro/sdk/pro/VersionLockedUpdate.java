package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.internal.Blocking;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-modify-write of a Pro API record that carries a {@code versionLock} (prestages, account
 * settings, their scopes ...): read the record, apply your change to what was read, write it. When
 * another writer got there first, Jamf Pro answers 409 {@code OPTIMISTIC_LOCK_FAILED}; the update then
 * reads the record again and applies your change to the new version, a bounded number of times. The
 * write that failed is never sent again: each write is built by your change from the record just read,
 * so it carries that record's {@code versionLock} and the other writer's changes.
 *
 * <pre>{@code
 * CompletableFuture<GetComputerPrestageV3> saved = VersionLockedUpdate.of(
 *         () -> client.proApi().getComputerPrestagesByIdV3("7"),
 *         current -> {                                        // called with each version read
 *             PutComputerPrestageV3 body = toPut(current);    // carries current's versionLock
 *             body.setDisplayName("Lab Macs");
 *             return body;
 *         },
 *         body -> client.proApi().putComputerPrestagesByIdV3("7", body))
 *     .maxAttempts(3)
 *     .run();
 * }</pre>
 *
 * <ul>
 *   <li>The change may modify the record it is given and return it (when the operation reads and writes
 *       one type) or build the write's body from it; it must not keep state between calls, since it runs
 *       once per attempt.</li>
 *   <li>If the body to write has a {@code versionLock} property left null while the record read had one,
 *       the update fails before writing, with an {@link IllegalArgumentException} saying so: Jamf would
 *       refuse it or, worse, take it as a blind overwrite.</li>
 *   <li>Only 409 {@code OPTIMISTIC_LOCK_FAILED} starts another attempt. Any other failure of the read or
 *       the write ends the update with that failure (a write that timed out has an unknown outcome and is
 *       never sent again; read the record to see).</li>
 *   <li>After {@code maxAttempts} conflicts the update fails with a {@link JamfProSdkException} saying so,
 *       whose cause is the last 409 ({@link JamfProApiException}).</li>
 * </ul>
 *
 * Nothing is sent until {@link #run()}; each call of it is a fresh update.
 *
 * @param <R> the record as read
 * @param <W> the body written
 * @param <A> the write's answer
 */
public final class VersionLockedUpdate<R, W, A> {
    /** Attempts (reads and writes) before giving up, unless {@link #maxAttempts(int)} says otherwise. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** The error code of Jamf's answer to a write carrying an outdated {@code versionLock}. */
    public static final String OPTIMISTIC_LOCK_FAILED = "OPTIMISTIC_LOCK_FAILED";
    private static final Logger LOG = LoggerFactory.getLogger(VersionLockedUpdate.class);

    private final Supplier<CompletableFuture<R>> read;
    private final Function<? super R, ? extends W> change;
    private final Function<? super W, CompletableFuture<A>> write;
    private final int maxAttempts;

    private VersionLockedUpdate(Supplier<CompletableFuture<R>> read, Function<? super R, ? extends W> change,
                                Function<? super W, CompletableFuture<A>> write, int maxAttempts) {
        this.read = read;
        this.change = change;
        this.write = write;
        this.maxAttempts = maxAttempts;
    }

    /**
     * An update of one record, attempted at most {@link #DEFAULT_MAX_ATTEMPTS} times.
     *
     * @param read reads the record (a generated {@code get...ById} call)
     * @param change makes the body to write from the record just read
     * @param write writes the body (a generated {@code put...} or {@code patch...} call)
     * @param <R> the record read
     * @param <W> the body written
     * @param <A> the write's answer
     * @return the update; nothing is sent before {@link #run()}
     */
    public static <R, W, A> VersionLockedUpdate<R, W, A> of(Supplier<CompletableFuture<R>> read,
                                                            Function<? super R, ? extends W> change,
                                                            Function<? super W, CompletableFuture<A>> write) {
        return new VersionLockedUpdate<>(Objects.requireNonNull(read, "read == null"),
                Objects.requireNonNull(change, "change == null"), Objects.requireNonNull(write, "write == null"),
                DEFAULT_MAX_ATTEMPTS);
    }

    /**
     * This update with another bound on attempts.
     *
     * @param maxAttempts reads and writes tried before giving up, at least 1
     * @return a new update; this one is unchanged
     * @throws IllegalArgumentException when {@code maxAttempts} is less than 1
     */
    public VersionLockedUpdate<R, W, A> maxAttempts(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        return new VersionLockedUpdate<>(read, change, write, maxAttempts);
    }

    /** {@return the bound on attempts} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * Reads, changes and writes, again from the read on each {@code OPTIMISTIC_LOCK_FAILED}. Cancelling the
     * returned future cancels the request in flight and starts no other (a write already sent may still
     * have been applied).
     *
     * @return the answer of the write that succeeded; failed as described in the class documentation
     */
    public CompletableFuture<A> run() {
        CompletableFuture<A> result = new CompletableFuture<>();
        attempt(1, result);
        return result;
    }

    private void attempt(int number, CompletableFuture<A> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        CompletableFuture<A> written;
        try {
            // Each request is cancelled with the update: the stage after a future does not cancel the future.
            written = Cancel.link(result, call(read, "read")).thenCompose(record -> {
                W body = change.apply(record);
                if (body == null) {
                    throw new IllegalArgumentException("the change returned null instead of the body to write");
                }
                checkVersionLock(record, body);
                return Cancel.link(result, call(() -> write.apply(body), "write"));
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        written.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
                return;
            }
            Throwable cause = Blocking.unwrap(failure);
            if (!isLockConflict(cause)) {
                result.completeExceptionally(cause);
            } else if (number >= maxAttempts) {
                JamfProApiException conflict = (JamfProApiException) cause;
                result.completeExceptionally(new JamfProSdkException(conflict.method() + " " + conflict.path()
                        + " answered 409 " + OPTIMISTIC_LOCK_FAILED + " on each of " + maxAttempts + " attempt"
                        + (maxAttempts == 1 ? "" : "s") + " (read, change, write): another writer changed the record "
                        + "every time; nothing of this update was written", conflict));
            } else {
                LOG.debug("{}: another writer changed the record; reading it again (attempt {} of {})",
                        cause.getMessage(), number + 1, maxAttempts);
                attempt(number + 1, result);
            }
        });
    }

    private static <V> CompletableFuture<V> call(Supplier<CompletableFuture<V>> call, String what) {
        CompletableFuture<V> future = call.get();
        if (future == null) {
            throw new IllegalArgumentException("the " + what + " function returned null instead of a future");
        }
        return future;
    }

    /** A 409 with Jamf's {@code OPTIMISTIC_LOCK_FAILED}: the record changed since it was read. */
    static boolean isLockConflict(Throwable failure) {
        return failure instanceof JamfProApiException api && api.statusCode() == 409
                && api.hasErrorCode(OPTIMISTIC_LOCK_FAILED);
    }

    /** Fails when the body has a {@code versionLock} left null although the record read carries one. */
    private static void checkVersionLock(Object record, Object body) {
        Object readLock = versionLock(record);
        if (readLock != null && hasVersionLock(body) && versionLock(body) == null) {
            throw new IllegalArgumentException("the body to write (" + body.getClass().getSimpleName() + ") has no "
                    + "versionLock although the record read has one (" + readLock + "): build the body from the record "
                    + "passed to the change, or copy its versionLock, so Jamf Pro can detect another writer");
        }
    }

    private static boolean hasVersionLock(Object model) {
        return getter(model) != null;
    }

    private static Object versionLock(Object model) {
        Method getter = getter(model);
        if (getter == null) {
            return null;
        }
        try {
            return getter.invoke(model);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }

    private static Method getter(Object model) {
        try {
            Method method = model.getClass().getMethod("getVersionLock");
            return method.getParameterCount() == 0 && method.getReturnType() != void.class ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
