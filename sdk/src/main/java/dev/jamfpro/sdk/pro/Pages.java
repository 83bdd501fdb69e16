package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.internal.Blocking;
import dev.jamfpro.sdk.internal.ConcurrencyHint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All pages of a paged Pro API operation. Nothing is requested until a terminal method is called;
 * each terminal call is a fresh run.
 *
 * <p>A run fetches the first page, learns {@code totalCount} and the page size the server really
 * serves, then fetches the rest concurrently, a few pages ahead of the one being delivered, through
 * the client's concurrency limit (never more than {@code maxConcurrency} requests in flight per client,
 * whatever else it is doing). Pages are delivered in page order whatever order the answers arrive in.
 *
 * <ul>
 *   <li>The records delivered are those at offsets {@code [startPage * pageSize, (endPage + 1) * pageSize)}
 *       of the query's page size. A server that clamps the page size (Jamf: 2000, some endpoints less)
 *       or ignores it is detected on the first answer and the run continues in the size served, so
 *       nothing is lost or repeated; {@link Page#page()} then counts in that size.</li>
 *   <li>A run ends on {@code totalCount} or on an empty page, never on a short page. A
 *       {@code totalCount} contradicted by the records (a page reaching past it) is ignored and the run
 *       ends on an empty page.</li>
 *   <li>A run that ends with fewer records than {@code totalCount} promised (pages came back short or
 *       empty early) fails with a {@link JamfProSdkException} saying how many are missing, after the pages
 *       it got; a page without a {@code results} array (or {@code {}}) is a broken page and fails the run
 *       in its place. A short list never looks like a whole one.</li>
 *   <li>A page that times out or answers 504 (Jamf Cloud's edge gives up after about 90 s, and a page of
 *       2000 records with big sections can take longer) is fetched again as smaller pages covering the same
 *       records, split again if need be down to single records, and joined back into that page; later
 *       pages of the run then use the size that worked. The run stays exact.</li>
 *   <li>A page that fails otherwise fails the run, no silent holes: the pages before it are delivered, then the
 *       failure (the {@link dev.jamfpro.sdk.JamfProApiException} or other SDK exception of that page)
 *       takes its place; nothing after it is delivered and requests past it are cancelled.</li>
 *   <li>A run ended early (stream closed, subscription cancelled, consumer threw) cancels its requests.</li>
 * </ul>
 *
 * @param <T> the record type
 */
public final class Pages<T> {
    private final String operation;
    private final PageQuery query;
    /** The client's limit, learnt from the futures its calls return (the first page tells). */
    private final AtomicInteger maxConcurrency;
    private final PageRun.Source<T> source;

    private Pages(String operation, PageQuery query, AtomicInteger maxConcurrency, PageRun.Source<T> source) {
        this.operation = operation;
        this.query = query;
        this.maxConcurrency = maxConcurrency;
        this.source = source;
    }

    /**
     * Used by the generated {@code ...Pages} methods.
     *
     * @param operation for messages, for example {@code GET /api/v1/computers-inventory}
     * @param <T> the record type
     * @param <R> the type of one page's answer
     * @param query the pages, sort and filter asked for
     * @param supportsSort whether the operation takes {@code sort}
     * @param supportsFilter whether the operation takes {@code filter}
     * @param fetcher fetches one page
     * @param totalCount reads {@code totalCount} from an answer
     * @param results reads the records from an answer
     * @return the pages, fetched when a terminal method runs
     * @throws IllegalArgumentException if the query sorts or filters and the operation cannot
     */
    public static <T, R> Pages<T> of(String operation, PageQuery query, boolean supportsSort,
                                     boolean supportsFilter, PageFetcher<R> fetcher, Function<R, ? extends Number> totalCount,
                                     Function<R, List<T>> results) {
        Objects.requireNonNull(query, "query == null (use PageQuery.defaults())");
        if (query.filter() != null && !supportsFilter) {
            throw new IllegalArgumentException(operation + " has no filter parameter; remove the filter from the PageQuery");
        }
        if (query.sort() != null && !supportsSort) {
            throw new IllegalArgumentException(operation + " has no sort parameter; remove the sort from the PageQuery");
        }
        AtomicInteger maxConcurrency = new AtomicInteger(ConcurrencyHint.DEFAULT_MAX_CONCURRENCY);
        List<String> sort = query.sort() == null ? null : query.sort().terms();
        String filter = query.filter() == null ? null : query.filter().toString();
        PageRun.Source<T> source = (page, size) -> {
            CompletableFuture<R> call = fetcher.fetch(page, size, sort, filter);
            if (call == null) {
                throw new NullPointerException(operation + ": the page fetcher returned null");
            }
            maxConcurrency.set(ConcurrencyHint.of(call));
            CompletableFuture<PageRun.Answer<T>> answer = call.thenApply(envelope -> {
                if (envelope == null) {
                    throw new JamfProSdkException(operation + " page " + page + " answered without a body");
                }
                Number total = totalCount.apply(envelope);
                List<T> rows = results.apply(envelope);
                if (rows == null) {
                    // A page without a results array is a broken answer, not an empty page: ending the run on it
                    // would hand over a short list as if it were whole.
                    throw new JamfProSdkException(operation + " page " + page + " answered without a \"results\" array"
                            + (total == null ? " (and without \"totalCount\")" : "") + ": a broken page, not an empty one");
                }
                return new PageRun.Answer<>(total == null ? -1 : total.longValue(), rows);
            });
            Cancel.link(answer, call); // so a cancelled run frees its requests
            return answer;
        };
        return new Pages<>(operation, query, maxConcurrency, source);
    }

    /**
     * A sort list as Jamf's single comma-joined value, for operations that declare {@code sort} as a string.
     *
     * @param sort the sort terms
     * @return one comma-joined value, for example {@code name:asc,id:desc}
     */
    public static String joinSort(List<String> sort) {
        return sort == null || sort.isEmpty() ? null : String.join(",", sort);
    }

    /**
     * Every record of the pages in range, in server order. Fails with the exception of the first page
     * that failed. Holds every record: for large collections prefer {@link #forEachPage}.
     *
     * @return a future of the list
     */
    public CompletableFuture<List<T>> all() {
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        List<T> records = new ArrayList<>();
        subscribe(2, new Flow.Subscriber<>() {
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
     * Calls {@code consumer} with each page, in order, one at a time, on an SDK callback thread. At most
     * {@code maxConcurrency} pages past the one being consumed are in flight or waiting, so memory stays
     * bounded by a few pages whatever the total. The future completes after the last page, or fails with
     * the exception of the first failed page (after the pages before it) or with the consumer's own
     * exception if it throws, which also cancels the requests in flight.
     *
     * @param consumer receives each page, in order
     * @return a future that completes when Jamf Pro has answered with success
     */
    public CompletableFuture<Void> forEachPage(Consumer<Page<T>> consumer) {
        Objects.requireNonNull(consumer, "consumer == null");
        CompletableFuture<Void> result = new CompletableFuture<>();
        subscribe(1, new Flow.Subscriber<>() {
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
     * A cold publisher of the pages: each subscriber gets its own run, paced by its demand. The first
     * page is fetched on subscribe; after that no page more than {@code maxConcurrency} past what the
     * subscriber has requested is fetched. {@code cancel()} cancels the requests in flight;
     * {@code request(n)} with {@code n <= 0} ends the run with an {@link IllegalArgumentException}.
     *
     * @return a cold publisher of the pages: each subscriber gets its own run, paced by its demand
     */
    public Flow.Publisher<Page<T>> publisher() {
        return subscriber -> subscribe(1, Objects.requireNonNull(subscriber, "subscriber == null"));
    }

    /**
     * The pages as a blocking stream, for scripts: use it in try-with-resources, since closing the stream
     * cancels the run (a stream dropped unclosed keeps its few fetched pages until it is collected).
     * Pages are fetched ahead within the same bound as {@link #publisher()}. A failed page is thrown,
     * as the SDK exception, where that page would have been.
     *
     * @return the pages as a blocking stream
     */
    public Stream<Page<T>> stream() {
        BlockingSubscriber<T> subscriber = new BlockingSubscriber<>();
        subscribe(1, subscriber);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(subscriber, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(subscriber::cancel);
    }

    /**
     * Starts a run whose fetch-ahead window is {@code factor} times the client's concurrency limit, and
     * whose pages are fetched again in smaller pages when one times out or answers 504 ({@link PageSplitter}).
     */
    private void subscribe(int factor, Flow.Subscriber<? super Page<T>> subscriber) {
        new PageRun<>(operation, query, () -> factor * maxConcurrency.get(), PageSplitter.of(operation, source), subscriber)
                .start();
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
                Throwable error = Blocking.unwrap(failure.error());
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
