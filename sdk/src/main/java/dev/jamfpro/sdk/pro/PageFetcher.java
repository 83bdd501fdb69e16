package dev.jamfpro.sdk.pro;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches one page of a paged operation; the generated {@code ...Pages} methods pass their operation.
 *
 * @param <R> the operation's answer type ({@code {totalCount, results}})
 */
@FunctionalInterface
public interface PageFetcher<R> {
    /**
     * Sends the request for one page.
     *
     * @param page the zero-based page number
     * @param pageSize records per page
     * @param sort the sort terms, for example {@code name:asc}; empty for none
     * @param filter the RSQL filter, or null for none
     * @return a future of the answer
     */
    CompletableFuture<R> fetch(int page, int pageSize, List<String> sort, String filter);
}
