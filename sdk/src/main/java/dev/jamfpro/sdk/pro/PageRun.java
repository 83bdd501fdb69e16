package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.internal.Blocking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.IntSupplier;

/**
 * One run over the pages of an operation, as a {@link Flow.Subscription}: fetches the first page,
 * plans the rest from its {@code totalCount}, keeps at most {@code window} pages fetched ahead of
 * the next page to deliver, and delivers pages strictly in order, paced by demand.
 *
 * <p>The plan works in record offsets, {@code [startPage * pageSize, (endPage + 1) * pageSize)} of
 * the requested size. When the first answer shows the server pages in another size than asked (it
 * clamped page-size, or ignores it), the run switches to the size actually served and re-plans the
 * same offsets, so every record in range is delivered once whatever the server did:
 * <ul>
 *   <li>fewer rows than asked on page 0 while {@code totalCount} says more: clamped; page 0 is kept,
 *       the rest is fetched in the served size;</li>
 *   <li>fewer rows than asked on a later start page: ambiguous (clamped, or the last page), since the
 *       rows came from the server's own offsets; they are dropped and the range is fetched again in the
 *       served size (one or two extra requests at most when it was the last page);</li>
 *   <li>more rows than asked: the server ignores page-size; the run pages in the size it serves.</li>
 * </ul>
 * The run ends on {@code totalCount} or on an empty page, never on a short page. A {@code totalCount}
 * contradicted by the records themselves (a page reaching past it) is distrusted for the rest of the
 * run, which then ends on an empty page. A run that reaches its end with fewer records than a trusted
 * {@code totalCount} promised for its range fails instead of completing (the pages delivered stay
 * delivered): a short list never looks like a whole one. Any failed page fails the run: no silent holes. The failure
 * takes the place of the page that failed: the pages before it are delivered first, then the error,
 * so what a consumer sees does not depend on which answer came back first. Other failures (the first
 * page, a subscriber that throws, a bad {@code request(n)}) end the run at once.
 */
final class PageRun<T> implements Flow.Subscription {
    /** Fetches page {@code page} of {@code size} records. Cancelling the future should cancel the request. */
    interface Source<T> {
        CompletableFuture<Answer<T>> fetch(int page, int size);
    }

    /** One answer: the server's {@code totalCount} (-1 if absent) and its records. */
    record Answer<T>(long totalCount, List<T> results) {
    }

    private final String operation;
    private final PageQuery query;
    private final IntSupplier windowSize;
    private int window = 1; // read from windowSize once the first page (fetched alone) is in
    private final Source<T> source;
    private final Flow.Subscriber<? super Page<T>> subscriber;
    private final long startOffset;
    private final long endOffset;

    private final Object lock = new Object();
    private final TreeMap<Integer, Page<T>> ready = new TreeMap<>();
    private final Map<Integer, CompletableFuture<Answer<T>>> inFlight = new HashMap<>();
    private int size;
    private int nextToDeliver;
    private int nextToFetch;
    private long lastPage;
    private boolean planned;
    private boolean emptySeen;
    private boolean totalDistrusted;
    /** The largest trusted {@code totalCount} seen (-1: none): what the run promised to deliver. */
    private long promised = -1;
    /** Records handed to the subscriber so far. */
    private long delivered;
    private long demand;
    private Throwable error;
    private long errorPage = -1; // -1: the error ends the run at once; else it stands in for that page
    private boolean cancelled;
    private boolean done;
    private boolean draining;
    private boolean missed;

    /**
     * @param windowSize pages kept fetched ahead, asked once the first page's request is made (the
     *                   client's limit arrives with it)
     */
    PageRun(String operation, PageQuery query, IntSupplier windowSize, Source<T> source,
            Flow.Subscriber<? super Page<T>> subscriber) {
        this.operation = operation;
        this.query = query;
        this.windowSize = windowSize;
        this.source = source;
        this.subscriber = subscriber;
        this.startOffset = (long) query.startPage() * query.pageSize();
        this.endOffset = query.endPage() == null ? Long.MAX_VALUE : (query.endPage() + 1L) * query.pageSize();
    }

    void start() {
        subscriber.onSubscribe(this);
        synchronized (lock) {
            if (cancelled || done || error != null) {
                return; // cancelled (or failed) in onSubscribe: not a single request
            }
        }
        startFetch(query.startPage(), query.pageSize(), true);
    }

    private void onFirst(int first, Answer<T> answer) {
        synchronized (lock) {
            inFlight.remove(first);
            if (done) {
                return;
            }
            window = Math.max(1, windowSize.getAsInt());
            int requested = query.pageSize();
            int served = answer.results().size();
            long total = answer.totalCount();
            if (first == 0) {
                total = trusted(total, 0, served); // page 0 starts at 0 whatever size the server used
            }
            boolean everything = first == 0 && total >= 0 && served >= total;
            if (served == requested || served == 0 || everything) {
                // As asked (or the whole collection at once): the rows are [startOffset, startOffset + served).
                size = Math.max(requested, served);
                total = trusted(total, startOffset, served);
                ready.put(first, page(first, answer));
                nextToDeliver = first;
                nextToFetch = first + 1;
                emptySeen = served == 0;
                lastPage = served == 0 || everything ? first : Math.max(first, lastIndex(total));
            } else {
                // The server pages in another size than asked: continue in the size it serves.
                size = served;
                if (first == 0) {
                    ready.put(0, page(0, answer));
                    nextToDeliver = 0;
                    nextToFetch = 1;
                } else {
                    // These rows sit at the server's offsets, not ours: fetch the range again in the served size.
                    total = trusted(total, (long) first * served, served);
                    nextToDeliver = (int) (startOffset / size);
                    nextToFetch = nextToDeliver;
                }
                lastPage = lastIndex(total);
            }
            planned = true;
        }
        drain();
    }

    private void onFetched(int index, Answer<T> answer) {
        synchronized (lock) {
            inFlight.remove(index);
            if (done) {
                return;
            }
            int served = answer.results().size();
            if (served > size) {
                recordError(new JamfProSdkException(operation + " answered page " + index + " with " + served
                        + " records although " + size + " were asked: the server does not page consistently"), index);
            } else if (served == 0) {
                emptySeen = true;
                lastPage = Math.min(lastPage, index - 1L);
            } else if (index <= lastPage) {
                ready.put(index, page(index, answer));
                long total = trusted(answer.totalCount(), (long) index * size, served);
                if (!emptySeen) {
                    lastPage = Math.max(lastPage, lastIndex(total));
                }
            }
        }
        drain();
    }

    /** Fails the run at once ({@code page} -1) or in place of page {@code page}. */
    private void fail(Throwable failure, long page) {
        Throwable cause = Blocking.unwrap(failure);
        List<CompletableFuture<Answer<T>>> beyond = new ArrayList<>();
        synchronized (lock) {
            if (recordError(cause, page) && page >= 0) {
                // Nothing past the failed page will be delivered: free those requests.
                inFlight.entrySet().removeIf(e -> e.getKey() > page && beyond.add(e.getValue()));
            }
        }
        beyond.forEach(f -> f.cancel(false));
        drain();
    }

    /** Keeps the error that comes first in delivery order; true if {@code cause} is now the run's error. */
    private boolean recordError(Throwable cause, long page) {
        if (done || (error != null && (errorPage < 0 || (page >= 0 && page >= errorPage)))) {
            return false;
        }
        error = cause;
        errorPage = page;
        return true;
    }

    /**
     * {@code totalCount}, or -1 (unknown) once a page has shown it to be wrong: records at offsets at or
     * past it mean the server miscounts, and only an empty page can end the run safely.
     */
    private long trusted(long totalCount, long pageStart, int served) {
        if (totalCount >= 0 && pageStart + served > totalCount) {
            totalDistrusted = true;
        }
        if (totalDistrusted) {
            promised = -1;
            return -1;
        }
        promised = Math.max(promised, totalCount);
        return totalCount;
    }

    /**
     * The failure of a run that reached its end with fewer records than {@code totalCount} promised for
     * its range (a page came back empty early, or short), or null when nothing is missing. A short list
     * must never look like a whole one.
     */
    private JamfProSdkException shortfall() {
        if (totalDistrusted || promised < 0) {
            return null;
        }
        long expected = Math.max(0, Math.min(promised, endOffset) - startOffset);
        if (delivered >= expected) {
            return null;
        }
        return new JamfProSdkException(operation + ": the run ended after " + delivered + " records but totalCount "
                + "promised " + expected + (startOffset > 0 || endOffset != Long.MAX_VALUE ? " in the requested range" : "")
                + "; " + (expected - delivered) + " are missing (the collection changed during the run, or the server "
                + "served short or empty pages). No partial result is returned as if it were whole.");
    }

    /** The last page index covering records below min(totalCount, endOffset); unknown total: no bound. */
    private long lastIndex(long totalCount) {
        if (totalCount < 0) {
            return endOffset == Long.MAX_VALUE ? Long.MAX_VALUE : (endOffset + size - 1) / size - 1;
        }
        long limit = Math.min(totalCount, endOffset);
        return (limit + size - 1) / size - 1;
    }

    /** A page trimmed to the records inside [startOffset, endOffset). */
    private Page<T> page(int index, Answer<T> answer) {
        List<T> rows = answer.results();
        long pageStart = (long) index * size;
        int from = (int) Math.max(0, Math.min(rows.size(), startOffset - pageStart));
        int to = (int) Math.max(from, Math.min(rows.size(), endOffset - pageStart));
        List<T> kept = from == 0 && to == rows.size() ? rows : new ArrayList<>(rows.subList(from, to));
        return new Page<>(index, size, answer.totalCount(), kept);
    }

    private void startFetch(int index, int pageSize, boolean first) {
        CompletableFuture<Answer<T>> future;
        try {
            future = source.fetch(index, pageSize);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        boolean ended;
        synchronized (lock) {
            ended = done;
            if (!ended && !future.isDone()) {
                inFlight.put(index, future);
            }
        }
        if (ended) {
            future.cancel(false); // the run ended while this fetch was being started
            return;
        }
        future.whenComplete((answer, failure) -> {
            if (failure != null) {
                fail(failure, first ? -1 : index);
            } else if (first) {
                onFirst(index, answer);
            } else {
                onFetched(index, answer);
            }
        });
    }

    /** Serializes all signals to the subscriber; whoever finds work does it, others leave a note. */
    private void drain() {
        synchronized (lock) {
            if (draining) {
                missed = true;
                return;
            }
            draining = true;
        }
        while (true) {
            Page<T> deliver = null;
            boolean complete = false;
            Throwable failure = null;
            List<Integer> toFetch = List.of();
            int fetchSize = 0;
            List<CompletableFuture<Answer<T>>> toCancel = List.of();
            synchronized (lock) {
                boolean failNow = error != null && (errorPage < 0
                        || (planned && nextToDeliver >= errorPage && nextToDeliver <= lastPage));
                if (!done && (failNow || cancelled)) {
                    done = true;
                    failure = cancelled ? null : error;
                    toCancel = new ArrayList<>(inFlight.values());
                    inFlight.clear();
                    ready.clear();
                } else if (!done && planned) {
                    if (demand > 0 && ready.containsKey(nextToDeliver)) {
                        deliver = ready.remove(nextToDeliver);
                        delivered += deliver.results().size();
                        nextToDeliver++;
                        if (demand != Long.MAX_VALUE) {
                            demand--;
                        }
                    } else if (nextToDeliver > lastPage) {
                        done = true;
                        failure = shortfall();
                        complete = failure == null;
                        toCancel = new ArrayList<>(inFlight.values());
                        inFlight.clear();
                        ready.clear();
                    }
                    if (!done) {
                        List<Integer> indexes = new ArrayList<>();
                        long fetchLimit = error == null ? lastPage : Math.min(lastPage, errorPage - 1);
                        while (nextToFetch <= fetchLimit && nextToFetch - nextToDeliver < window) {
                            indexes.add(nextToFetch++);
                        }
                        toFetch = indexes;
                        fetchSize = size;
                    }
                }
                boolean idle = deliver == null && !complete && toCancel.isEmpty() && toFetch.isEmpty()
                        && !(done && failure != null);
                if (idle) {
                    if (!missed) {
                        draining = false;
                        return;
                    }
                    missed = false;
                    continue;
                }
            }
            toCancel.forEach(f -> f.cancel(false));
            for (int index : toFetch) {
                startFetch(index, fetchSize, false);
            }
            if (failure != null) {
                subscriber.onError(failure);
            } else if (complete) {
                subscriber.onComplete();
            } else if (deliver != null) {
                try {
                    subscriber.onNext(deliver);
                } catch (Throwable e) { // a subscriber must not throw (Reactive Streams 2.13); if it does, the run ends
                    synchronized (lock) {
                        recordError(e, -1);
                    }
                }
            }
        }
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            fail(new IllegalArgumentException("request(" + n + "): demand must be positive"), -1);
            return;
        }
        synchronized (lock) {
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        }
        drain();
    }

    @Override
    public void cancel() {
        synchronized (lock) {
            cancelled = true;
        }
        drain();
    }
}
