package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.JamfHttpException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.JamfProTimeoutException;
import dev.jamfpro.sdk.internal.Blocking;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one run, fetched again in smaller pages when one is too big for the server to answer
 * in time. Jamf Cloud's edge answers 504 after about 90 s, and a page of 2000 records with large
 * sections can take longer than that; asking again for the same page would only time out again.
 *
 * <p>When page {@code p} of {@code size} records times out ({@link JamfProTimeoutException}) or answers
 * 504 (after the client's retries), its records, offsets {@code [p x size, (p + 1) x size)}, are fetched
 * as {@code k} pages of {@code size / k} (the largest divisor of {@code size} up to half of it), pages
 * {@code p x k} to {@code p x k + k - 1}, and their records joined in order into one answer for page
 * {@code p}: the same records, so the run stays exact (nothing lost or repeated, {@code totalCount}
 * checks unchanged). A smaller page that fails the same way is split again, down to single records; a
 * single record that still fails fails the run. Once a split has worked, the later pages of the run are
 * fetched in that smaller size straight away rather than timing out first.
 *
 * <p>A joined page is checked like any page: a smaller page answering more records than asked, or a
 * short one followed by one with records (the collection changed, or the server pages inconsistently),
 * fails that page rather than yield a page with a hole.
 */
final class PageSplitter<T> implements PageRun.Source<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);

    private final String operation;
    private final PageRun.Source<T> source;
    /** The page size that worked after a split in this run (0: no split yet). */
    private volatile int workingSize;

    private PageSplitter(String operation, PageRun.Source<T> source) {
        this.operation = operation;
        this.source = source;
    }

    /** {@code source} with pages split on timeouts and 504s, for one run. */
    static <T> PageRun.Source<T> of(String operation, PageRun.Source<T> source) {
        return new PageSplitter<>(operation, source);
    }

    @Override
    public CompletableFuture<PageRun.Answer<T>> fetch(int page, int size) {
        int known = workingSize;
        if (known > 0 && known < size && size % known == 0) {
            return joined(page, size, known, null);
        }
        CompletableFuture<PageRun.Answer<T>> whole = source.fetch(page, size);
        CompletableFuture<PageRun.Answer<T>> result = new CompletableFuture<>();
        Cancel.link(result, whole);
        whole.whenComplete((answer, failure) -> {
            if (failure == null) {
                result.complete(answer);
                return;
            }
            Throwable cause = Blocking.unwrap(failure);
            int smaller = smallerSize(size);
            if (result.isDone() || !tooBig(cause) || smaller == size) {
                result.completeExceptionally(cause);
                return;
            }
            LOG.warn("{} page {} of {} records {}: fetching its records again as {} pages of {}", operation, page, size,
                    cause instanceof JamfProTimeoutException ? "timed out" : "answered HTTP 504", size / smaller, smaller);
            Cancel.link(result, joined(page, size, smaller, cause)).whenComplete((joinedAnswer, joinedFailure) -> {
                if (joinedFailure != null) {
                    result.completeExceptionally(Blocking.unwrap(joinedFailure));
                } else {
                    result.complete(joinedAnswer);
                }
            });
        });
        return result;
    }

    /** Page {@code page} of {@code size} as pages of {@code smaller}, joined; {@code cause}: why (null: known). */
    private CompletableFuture<PageRun.Answer<T>> joined(int page, int size, int smaller, Throwable cause) {
        int parts = size / smaller;
        long first = (long) page * parts;
        if (first + parts - 1 > Integer.MAX_VALUE) {
            return CompletableFuture.failedFuture(cause != null ? cause : new JamfProSdkException(operation + " page "
                    + page + " cannot be split: the page numbers would pass " + Integer.MAX_VALUE));
        }
        List<CompletableFuture<PageRun.Answer<T>>> pieces = new CopyOnWriteArrayList<>();
        CompletableFuture<PageRun.Answer<T>> result = new CompletableFuture<>();
        result.whenComplete((answer, failure) -> {
            if (failure != null) {
                pieces.forEach(piece -> piece.cancel(false)); // failed or cancelled: free the requests still out
            }
        });
        AtomicInteger left = new AtomicInteger(parts);
        for (int i = 0; i < parts && !result.isDone(); i++) {
            CompletableFuture<PageRun.Answer<T>> piece = fetch((int) (first + i), smaller);
            pieces.add(piece);
            if (result.isDone()) {
                piece.cancel(false);
            }
            piece.whenComplete((answer, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(Blocking.unwrap(failure)); // fail at once, not after the slowest piece
                } else if (left.decrementAndGet() == 0) {
                    try {
                        result.complete(join(page, smaller, pieces));
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                }
            });
        }
        return result;
    }

    private PageRun.Answer<T> join(int page, int smaller, List<CompletableFuture<PageRun.Answer<T>>> pieces) {
        List<T> rows = new ArrayList<>(smaller * pieces.size());
        long totalCount = -1;
        boolean ended = false;
        for (int i = 0; i < pieces.size(); i++) {
            PageRun.Answer<T> piece = pieces.get(i).join();
            int served = piece.results().size();
            if (served > smaller) {
                throw new JamfProSdkException(operation + " answered " + served + " records to a page of " + smaller
                        + " (page " + page + " split after a timeout): the server does not page consistently");
            }
            if (ended && served > 0) {
                throw new JamfProSdkException(operation + " page " + page + ", fetched as " + pieces.size() + " pages of "
                        + smaller + " after a timeout: part " + i + " has records after a short part (the collection "
                        + "changed, or the server pages inconsistently); a page with a hole is not delivered");
            }
            ended |= served < smaller;
            rows.addAll(piece.results());
            totalCount = Math.max(totalCount, piece.totalCount());
        }
        int known = workingSize;
        if (known == 0 || smaller < known) {
            workingSize = smaller;
        }
        return new PageRun.Answer<>(totalCount, rows);
    }

    /** The largest divisor of {@code size} up to half of it (1 for a prime), or {@code size} when 1. */
    static int smallerSize(int size) {
        for (int d = size / 2; d >= 1; d--) {
            if (size % d == 0) {
                return d;
            }
        }
        return size;
    }

    /** A timeout, or Jamf Cloud's edge giving up (504): the page may be too big to answer in time. */
    private static boolean tooBig(Throwable cause) {
        return cause instanceof JamfProTimeoutException
                || cause instanceof JamfHttpException http && http.statusCode() == 504;
    }
}
