package dev.jamfpro.sdk.pro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;

/**
 * One run over the pages of an operation, as a {@link Flow.Subscription}: fetches the first page,
 * plans the rest from its {@code totalCount}, keeps at most {@code window} pages fetched ahead of
 * the next page to deliver, and delivers pages strictly in order, paced by demand.
 *
 * <p>The plan works in record offsets, {@code [startPage * pageSize, (endPage + 1) * pageSize)},
 * so when the server serves fewer rows than asked while {@code totalCount} says more (it clamped
 * the page size), the run switches to the size actually served and still covers every record once.
 */
final class PageRun<T> implements Flow.Subscription {
    /** Fetches page {@code page} of {@code size} records. */
    interface Source<T> {
        CompletableFuture<Answer<T>> fetch(int page, int size);
    }

    /** One answer: the server's {@code totalCount} (-1 if absent) and its records. */
    record Answer<T>(long totalCount, List<T> results) {
    }

    private final PageQuery query;
    private final int window;
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
    private long demand;
    private Throwable error;
    private boolean cancelled;
    private boolean done;
    private boolean draining;
    private boolean missed;

    PageRun(String operation, PageQuery query, int window, Source<T> source, Flow.Subscriber<? super Page<T>> subscriber) {
        this.query = query;
        this.window = window;
        this.source = source;
        this.subscriber = subscriber;
        this.startOffset = (long) query.startPage() * query.pageSize();
        this.endOffset = query.endPage() == null ? Long.MAX_VALUE : (query.endPage() + 1L) * query.pageSize();
    }

    void start() {
        subscriber.onSubscribe(this);
        int first = query.startPage();
        fetch(first, query.pageSize()).whenComplete((answer, failure) -> {
            if (failure != null) {
                fail(failure);
            } else {
                onFirst(answer);
            }
        });
    }

    private void onFirst(Answer<T> answer) {
        synchronized (lock) {
            int requested = query.pageSize();
            int served = answer.results().size();
            int first = query.startPage();
            long limit = Math.min(answer.totalCount() < 0 ? Long.MAX_VALUE : answer.totalCount(), endOffset);
            if (served > requested) {
                // The server ignores page-size and sent everything at once: one page, nothing more to ask.
                size = served;
                ready.put(first, new Page<>(first, served, answer.totalCount(), answer.results()));
                nextToDeliver = first;
                nextToFetch = first + 1;
                lastPage = first;
            } else if (served > 0 && served < requested && startOffset + served < limit) {
                // Clamped: continue in the size the server really serves.
                size = served;
                if (first == 0) {
                    ready.put(0, page(0, answer));
                    nextToDeliver = 0;
                    nextToFetch = 1;
                } else {
                    nextToDeliver = (int) (startOffset / size);
                    nextToFetch = nextToDeliver;
                }
                lastPage = lastIndex(answer.totalCount());
            } else {
                size = requested;
                ready.put(first, page(first, answer));
                nextToDeliver = first;
                nextToFetch = first + 1;
                lastPage = served == 0 ? first : Math.max(first, lastIndex(answer.totalCount()));
                emptySeen = served == 0;
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
            if (answer.results().isEmpty()) {
                emptySeen = true;
                lastPage = Math.min(lastPage, index - 1L);
            } else if (index <= lastPage) {
                ready.put(index, page(index, answer));
                if (!emptySeen && answer.totalCount() >= 0) {
                    lastPage = Math.max(lastPage, lastIndex(answer.totalCount()));
                }
            }
        }
        drain();
    }

    private void fail(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        synchronized (lock) {
            if (error == null) {
                error = cause;
            }
        }
        drain();
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

    private CompletableFuture<Answer<T>> fetch(int index, int pageSize) {
        CompletableFuture<Answer<T>> future;
        try {
            future = source.fetch(index, pageSize);
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        return future;
    }

    private void startFetch(int index, int pageSize) {
        CompletableFuture<Answer<T>> future = fetch(index, pageSize);
        synchronized (lock) {
            if (!future.isDone()) {
                inFlight.put(index, future);
            }
        }
        future.whenComplete((answer, failure) -> {
            if (failure != null) {
                fail(failure);
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
                if (!done && (error != null || cancelled)) {
                    done = true;
                    failure = cancelled ? null : error;
                    toCancel = new ArrayList<>(inFlight.values());
                    inFlight.clear();
                    ready.clear();
                } else if (!done && planned) {
                    if (demand > 0 && ready.containsKey(nextToDeliver)) {
                        deliver = ready.remove(nextToDeliver);
                        nextToDeliver++;
                        if (demand != Long.MAX_VALUE) {
                            demand--;
                        }
                    } else if (nextToDeliver > lastPage) {
                        done = true;
                        complete = true;
                        toCancel = new ArrayList<>(inFlight.values());
                        inFlight.clear();
                        ready.clear();
                    }
                    if (!done) {
                        List<Integer> indexes = new ArrayList<>();
                        while (nextToFetch <= lastPage && nextToFetch - nextToDeliver < window) {
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
                startFetch(index, fetchSize);
            }
            if (failure != null) {
                subscriber.onError(failure);
            } else if (complete) {
                subscriber.onComplete();
            } else if (deliver != null) {
                try {
                    subscriber.onNext(deliver);
                } catch (RuntimeException e) {
                    synchronized (lock) {
                        if (error == null) {
                            error = e;
                        }
                    }
                }
            }
        }
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            fail(new IllegalArgumentException("request(" + n + "): demand must be positive"));
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
