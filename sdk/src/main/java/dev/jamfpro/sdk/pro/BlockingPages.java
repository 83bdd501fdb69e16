package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.internal.Blocking;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * All pages of a paged Pro API operation, for the synchronous client: iterable page by page, or a
 * stream of records, lazily and with bounded memory. Nothing is requested until you iterate; each
 * iteration is a fresh run of {@link Pages} (the first page alone, then the next ones fetched
 * concurrently, at most {@code maxConcurrency} ahead of the page you are on, delivered in order).
 *
 * <pre>{@code
 * for (Page<ComputerInventory> page : client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"), query)) {
 *     save(page.results());
 * }
 * try (Stream<ComputerInventory> computers = client.proApi().getComputersInventoryV4Pages(sections, query).stream()) {
 *     computers.filter(c -> c.getGeneral().getName().startsWith("Lab")).limit(10).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Stopping early: closing the stream (try-with-resources) cancels the requests in flight at once. A
 * {@code for} loop left with {@code break} sends no further request (only the pages already in flight,
 * at most {@code maxConcurrency}, complete), and its run is cancelled when the iterator is garbage
 * collected. A page that fails is thrown where it would have been, as the SDK's exception (for
 * example {@link dev.jamfpro.sdk.JamfProApiException}), after the pages before it.
 *
 * @param <T> the record type
 */
public final class BlockingPages<T> implements Iterable<Page<T>> {
    /** Cancels the run of an iterator dropped before its end. */
    private static final Cleaner ABANDONED = Cleaner.create();

    private final Pages<T> pages;

    private BlockingPages(Pages<T> pages) {
        this.pages = pages;
    }

    /**
     * The blocking face of {@code pages}; used by the generated blocking interfaces.
     *
     * @param pages the pages of the asynchronous client
     * @param <T> the record type
     * @return the blocking face
     */
    public static <T> BlockingPages<T> of(Pages<T> pages) {
        return new BlockingPages<>(Objects.requireNonNull(pages, "pages == null"));
    }

    /**
     * The asynchronous face of the same pages ({@code all()} as a future, {@code forEachPage},
     * {@code publisher()}).
     *
     * @return the {@link Pages}
     */
    public Pages<T> async() {
        return pages;
    }

    /**
     * Every record of the pages in range, in server order. Holds every record: for large collections
     * iterate or use {@link #stream()}.
     *
     * @return the records
     * @throws dev.jamfpro.sdk.JamfProSdkException the failure of the first page that failed
     */
    public List<T> all() {
        return Blocking.await(pages.all());
    }

    /**
     * Calls {@code consumer} with each page, in order, on this thread, fetching ahead within the
     * client's limit. An exception of the consumer ends the run (requests in flight are cancelled) and
     * is thrown.
     *
     * @param consumer what to do with each page
     * @throws dev.jamfpro.sdk.JamfProSdkException the failure of the first page that failed
     */
    public void forEachPage(Consumer<Page<T>> consumer) {
        Objects.requireNonNull(consumer, "consumer == null");
        try (Stream<Page<T>> run = pages.stream()) {
            Iterator<Page<T>> iterator = run.iterator();
            while (hasNextRethrowing(iterator)) {
                consumer.accept(iterator.next());
            }
        }
    }

    /**
     * The records of every page in range, in server order, fetched page by page as the stream is
     * consumed. Use it in try-with-resources: closing it cancels the requests in flight.
     *
     * @return a sequential stream of records
     */
    public Stream<T> stream() {
        Stream<Page<T>> run = pages.stream();
        Iterator<Page<T>> iterator = run.iterator();
        Iterator<Page<T>> rethrowing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return hasNextRethrowing(iterator);
            }

            @Override
            public Page<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return iterator.next();
            }
        };
        Iterable<Page<T>> once = () -> rethrowing;
        return java.util.stream.StreamSupport.stream(once.spliterator(), false)
                .flatMap(page -> page.results().stream())
                .onClose(run::close);
    }

    /**
     * A fresh run over the pages, in order. Iterating to the end, or to a failure, ends the run; an
     * iterator dropped earlier has its run cancelled when it is garbage collected.
     *
     * @return an iterator of pages
     */
    @Override
    public Iterator<Page<T>> iterator() {
        return new PageIterator<>(pages.stream());
    }

    @Override
    public String toString() {
        return "BlockingPages{" + pages + '}';
    }

    /** {@code iterator.hasNext()}, a failed page rethrown with this thread's stack trace in front. */
    private static boolean hasNextRethrowing(Iterator<?> iterator) {
        try {
            return iterator.hasNext();
        } catch (RuntimeException e) {
            throw Blocking.rethrow(e);
        }
    }

    /** Pages of one run; the run is closed at its end, at a failure, or when this iterator is collected. */
    private static final class PageIterator<T> implements Iterator<Page<T>> {
        private final Stream<Page<T>> run;
        private final Iterator<Page<T>> pages;
        private final Cleaner.Cleanable cancel;

        PageIterator(Stream<Page<T>> run) {
            this.run = run;
            this.pages = run.iterator();
            this.cancel = ABANDONED.register(this, run::close); // refers to the run, never to this iterator
        }

        @Override
        public boolean hasNext() {
            boolean more;
            try {
                more = hasNextRethrowing(pages);
            } catch (RuntimeException e) {
                cancel.clean();
                throw e;
            }
            if (!more) {
                cancel.clean();
            }
            return more;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pages.next();
        }

        @Override
        public String toString() {
            return "PageIterator{" + run + '}';
        }
    }
}
