package dev.jamfpro.sdk.internal;

/**
 * Carried by the futures a client's generated calls return: the client's concurrency limit, which the
 * pagination engine uses as its fetch-ahead window after the first page.
 */
public interface ConcurrencyHint {
    /** Used when a future does not come from a client (a user's own fetcher). */
    int DEFAULT_MAX_CONCURRENCY = 5;

    int maxConcurrency();

    /** The hint of {@code future}, or {@link #DEFAULT_MAX_CONCURRENCY}. */
    static int of(Object future) {
        return future instanceof ConcurrencyHint hint ? hint.maxConcurrency() : DEFAULT_MAX_CONCURRENCY;
    }
}
