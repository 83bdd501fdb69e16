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
    CompletableFuture<R> fetch(int page, int pageSize, List<String> sort, String filter);
}
