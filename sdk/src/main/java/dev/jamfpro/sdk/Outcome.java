package dev.jamfpro.sdk;

import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The result of one request of {@link ConcurrentResults}: a value or the failure, never both.
 *
 * @param <R> the value type
 */
public final class Outcome<R> {
    private final R value;
    private final Throwable error;

    private Outcome(R value, Throwable error) {
        this.value = value;
        this.error = error;
    }

    /**
     * A success.
     *
     * @param <R> the value type
     * @param value the value (may be null)
     * @return the outcome
     */
    public static <R> Outcome<R> success(R value) {
        return new Outcome<>(value, null);
    }

    /**
     * A failure.
     *
     * @param <R> the value type
     * @param error the failure
     * @return the outcome
     */
    public static <R> Outcome<R> failure(Throwable error) {
        return new Outcome<>(null, Objects.requireNonNull(error, "error == null"));
    }

    /** {@return whether the request succeeded} */
    public boolean isSuccess() {
        return error == null;
    }

    /** {@return whether the request failed} */
    public boolean isFailure() {
        return error != null;
    }

    /**
     * The value (may be null for operations without a body).
     *
     * @return the value (may be null for operations without a body)
     * @throws NoSuchElementException if this outcome is a failure; its cause is the failure
     */
    public R value() {
        if (error != null) {
            throw (NoSuchElementException) new NoSuchElementException("the request failed: " + error).initCause(error);
        }
        return value;
    }

    /** {@return the failure, or null on success} */
    public Throwable error() {
        return error;
    }

    @Override
    public String toString() {
        return error == null ? "Success[" + value + "]" : "Failure[" + error + "]";
    }
}
