package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.internal.ProApiProxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All pages of a paged Pro API operation. Nothing is requested until a terminal method is called;
 * each terminal call is a fresh run. A run fetches the first page, learns {@code totalCount} (and the
 * page size the server really serves), then fetches the rest concurrently within the client's limit,
 * delivering pages in order. It ends on {@code totalCount} or on an empty page, never on a short one,
 * and a page that fails fails the whole run: no silent holes.
 *
 * @param <T> the record type
 */
public final class Pages<T> {
    private final String operation;
    private final PageQuery query;
    private final int maxConcurrency;
    private final PageRun.Source<T> source;

    private Pages(String operation, PageQuery query, int maxConcurrency, PageRun.Source<T> source) {
        this.operation = operation;
        this.query = query;
        this.maxConcurrency = maxConcurrency;
        this.source = source;
    }

    /**
     * Used by the generated {@code ...Pages} methods.
     *
     * @param api the API object the method runs on (its client's concurrency limit is used)
     * @param operation for messages, for example {@code GET /api/v1/computers-inventory}
     * @throws IllegalArgumentException if the query sorts or filters and the operation cannot
     */
    public static <T, R> Pages<T> of(Object api, String operation, PageQuery query, boolean supportsSort,
                                     boolean supportsFilter, PageFetcher<R> fetcher, Function<R, ? extends Number> totalCount,
                                     Function<R, List<T>> results) {
        Objects.requireNonNull(query, "query == null (use PageQuery.defaults())");
        if (query.filter() != null && !supportsFilter) {
            throw new IllegalArgumentException(operation + " has no filter parameter; remove the filter from the PageQuery");
        }
        if (query.sort() != null && !supportsSort) {
            throw new IllegalArgumentException(operation + " has no sort parameter; remove the sort from the PageQuery");
        }
        List<String> sort = query.sort() == null ? null : query.sort().terms();
        String filter = query.filter() == null ? null : query.filter().toString();
        PageRun.Source<T> source = (page, size) -> {
            CompletableFuture<R> call = fetcher.fetch(page, size, sort, filter);
            CompletableFuture<PageRun.Answer<T>> answer = call.thenApply(envelope -> {
                if (envelope == null) {
                    throw new JamfProSdkException(operation + " page " + page + " answered without a body");
                }
                Number total = totalCount.apply(envelope);
                List<T> rows = results.apply(envelope);
                return new PageRun.Answer<>(total == null ? -1 : total.longValue(), rows == null ? List.of() : rows);
            });
            // A dependent future does not pass cancellation upstream: do it, so a cancelled run frees its requests.
            answer.whenComplete((ignored, failure) -> {
                if (answer.isCancelled()) {
                    call.cancel(false);
                }
            });
            return answer;
        };
        return new Pages<>(operation, query, ProApiProxy.maxConcurrencyOf(api), source);
    }

    /** A sort list as Jamf's single comma-joined value, for operations that declare {@code sort} as a string. */
    public static String joinSort(List<String> sort) {
        return sort == null || sort.isEmpty() ? null : String.join(",", sort);
    }

    /** Every record of every page, in server order. */
    public CompletableFuture<List<T>> all() {
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        List<T> records = new ArrayList<>();
        subscribe(2 * maxConcurrency, new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Page<T> page) {
                records.addAll(page.results());
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                result.complete(records);
            }
        });
        return result;
    }

    /**
     * Calls {@code consumer} with each page, in order, one at a time. At most about
     * {@code maxConcurrency} pages are held or in flight whatever the total, so memory stays bounded.
     * A consumer that throws ends the run with that exception.
     */
    public CompletableFuture<Void> forEachPage(Consumer<Page<T>> consumer) {
        Objects.requireNonNull(consumer, "consumer == null");
        CompletableFuture<Void> result = new CompletableFuture<>();
        subscribe(maxConcurrency, new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Page<T> page) {
                try {
                    consumer.accept(page);
                } catch (RuntimeException | Error e) {
                    subscription.cancel();
                    result.completeExceptionally(e);
                }
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                result.complete(null);
            }
        });
        return result;
    }

    /**
     * A cold publisher of the pages: each subscriber gets its own run, paced by its demand; at most
     * about {@code maxConcurrency} pages are fetched ahead of what it has requested.
     */
    public Flow.Publisher<Page<T>> publisher() {
        return subscriber -> subscribe(maxConcurrency, Objects.requireNonNull(subscriber, "subscriber == null"));
    }

    /**
     * The pages as a blocking stream, for scripts. Pages are fetched ahead within the same bound as
     * {@link #forEachPage}; closing the stream early cancels the run. A failed page is thrown as the
     * SDK exception when the stream reaches it.
     */
    public Stream<Page<T>> stream() {
        BlockingSubscriber<T> subscriber = new BlockingSubscriber<>();
        subscribe(maxConcurrency, subscriber);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(subscriber, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(subscriber::cancel);
    }

    private void subscribe(int window, Flow.Subscriber<? super Page<T>> subscriber) {
        new PageRun<>(operation, query, Math.max(1, window), source, subscriber).start();
    }

    /** Requests one page at a time and hands pages to the stream's thread. */
    private static final class BlockingSubscriber<T> implements Flow.Subscriber<Page<T>>, Iterator<Page<T>> {
        private static final Object END = new Object();
        private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        private volatile Flow.Subscription subscription;
        private Object next;
        private boolean finished;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(Page<T> page) {
            queue.add(page);
        }

        @Override
        public void onError(Throwable error) {
            queue.add(new Failure(error));
        }

        @Override
        public void onComplete() {
            queue.add(END);
        }

        private record Failure(Throwable error) {
        }

        @Override
        public boolean hasNext() {
            if (finished) {
                return false;
            }
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel();
                    throw new JamfProSdkException("interrupted while waiting for a page", e);
                }
            }
            if (next == END) {
                finished = true;
                return false;
            }
            if (next instanceof Failure failure) {
                finished = true;
                Throwable error = failure.error() instanceof CompletionException c && c.getCause() != null
                        ? c.getCause() : failure.error();
                throw error instanceof RuntimeException runtime ? runtime
                        : new JamfProSdkException("paging failed: " + error, error);
            }
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Page<T> page = (Page<T>) next;
            next = null;
            subscription.request(1);
            return page;
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
