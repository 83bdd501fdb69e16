package dev.jamfpro.sdk;

import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The result of one request of {@link ConcurrentResults}: the argument it was made for, and a value or
 * the failure, never both.
 *
 * <pre>{@code
 * for (Outcome<ClassicComputer> outcome : results.outcomes().join()) {
 *     if (outcome.isFailure()) {
 *         System.out.println("computer " + outcome.argument() + ": " + outcome.error().getMessage());
 *     }
 * }
 * }</pre>
 *
 * @param <R> the value type
 */
public final class Outcome<R> {
    private final Object argument;
    private final R value;
    private final Throwable error;

    private Outcome(Object argument, R value, Throwable error) {
        this.argument = argument;
        this.value = value;
        this.error = error;
    }

    /**
     * A success.
     *
     * @param argument the argument the handler was called with (may be null if it was)
     * @param value the handler's value (may be null for operations without a body)
     * @param <R> the value type
     * @return the outcome
     */
    public static <R> Outcome<R> success(Object argument, R value) {
        return new Outcome<>(argument, value, null);
    }

    /**
     * A failure.
     *
     * @param argument the argument the handler was called with (may be null if it was)
     * @param error the failure, not null
     * @param <R> the value type
     * @return the outcome
     */
    public static <R> Outcome<R> failure(Object argument, Throwable error) {
        return new Outcome<>(argument, null, Objects.requireNonNull(error, "error == null"));
    }

    /**
     * The argument this outcome belongs to: the element of the {@code arguments} passed to
     * {@code concurrentApiRequests} that the handler was called with.
     *
     * @return the argument, as passed (null only if null was passed)
     */
    public Object argument() {
        return argument;
    }

    /**
     * Whether the request succeeded.
     *
     * @return true for a value, false for a failure
     */
    public boolean isSuccess() {
        return error == null;
    }

    /**
     * Whether the request failed.
     *
     * @return true for a failure, false for a value
     */
    public boolean isFailure() {
        return error != null;
    }

    /**
     * The value (may be null for operations without a body).
     *
     * @return the value
     * @throws NoSuchElementException if this outcome is a failure; its cause is the failure
     */
    public R value() {
        if (error != null) {
            throw (NoSuchElementException) new NoSuchElementException("the request for argument " + argument
                    + " failed: " + error).initCause(error);
        }
        return value;
    }

    /**
     * The failure.
     *
     * @return the failure, or null on success
     */
    public Throwable error() {
        return error;
    }

    @Override
    public String toString() {
        return (error == null ? "Success[" + argument + " -> " + value : "Failure[" + argument + " -> " + error) + "]";
    }
}
