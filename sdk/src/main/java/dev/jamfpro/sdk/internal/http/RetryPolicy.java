package dev.jamfpro.sdk.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When a request may be sent again, and after how long. The one place retry rules live:
 *
 * <ul>
 *   <li>a connection failure before the request was sent (DNS, connect, TLS): any method, since the
 *       server never saw it;</li>
 *   <li>502, 503, 504 and 429, and a connection failure after sending: GET and HEAD only;</li>
 *   <li>never a timeout (a timed-out write has an unknown outcome) and never a sent POST, PUT, PATCH
 *       or DELETE, so no write carrying a {@code versionLock} is ever replayed;</li>
 *   <li>at most {@code maxRetries} times, waiting {@code Retry-After} when the server gives one, else
 *       exponential backoff with jitter; every wait capped at {@code maxDelay}.</li>
 *   <li>a GET or HEAD answering 404 for a record this client wrote moments ago (only with
 *       {@code readAfterWriteWindow} set): with the same backoff, as long as the wait ends inside the
 *       window after the write; counted apart from {@code maxRetries}, bounded by the window.</li>
 * </ul>
 */
public final class RetryPolicy {
    private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);

    private final int maxRetries;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Clock clock;
    private final DoubleSupplier random;

    public RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Clock clock, DoubleSupplier random) {
        this.maxRetries = maxRetries;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The wait before retrying after an answer, or null when it must not be retried.
     *
     * @param retriesSoFar retries already made for this request (0 after the first attempt)
     */
    public Duration afterResponse(String method, int status, String retryAfter, int retriesSoFar) {
        if (retriesSoFar >= maxRetries || !isSafe(method) || !RETRYABLE_STATUS.contains(status)) {
            return null;
        }
        Duration requested = parseRetryAfter(retryAfter);
        return requested != null ? cap(requested) : backoff(retriesSoFar);
    }

    /**
     * The wait before retrying after a connection failure, or null when it must not be retried.
     *
     * @param sent whether any of the request had been written to the network
     */
    public Duration afterFailure(String method, IOException failure, boolean sent, int retriesSoFar) {
        if (retriesSoFar >= maxRetries || isTimeout(failure)) {
            return null;
        }
        return !sent || isSafe(method) ? backoff(retriesSoFar) : null;
    }

    /**
     * The wait before reading again a record that answered 404 although this client wrote it moments
     * ago (another node of the cluster may not have it yet), or null when it must not be read again.
     *
     * @param windowLeft what is left of the read-after-write window since that write
     * @param notFoundRetriesSoFar such retries already made for this request
     */
    public Duration afterNotFound(String method, Duration windowLeft, int notFoundRetriesSoFar) {
        if (!isSafe(method) || windowLeft == null) {
            return null;
        }
        Duration wait = backoff(notFoundRetriesSoFar);
        return wait.compareTo(windowLeft) <= 0 ? wait : null;
    }

    /** True for the failures OkHttp reports when a call or socket timeout fires. */
    public static boolean isTimeout(IOException failure) {
        return failure instanceof InterruptedIOException;
    }

    /** GET and HEAD: reading twice changes nothing. */
    public static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    Duration backoff(int retriesSoFar) {
        long base = Math.max(1, baseDelay.toMillis());
        long exponential = base << Math.min(retriesSoFar, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        long jittered = (long) (capped * (0.5 + 0.5 * random.getAsDouble()));
        return Duration.ofMillis(jittered);
    }

    private Duration cap(Duration wait) {
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            return Duration.ofSeconds(Long.parseLong(text));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Duration.between(clock.instant(), at);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
