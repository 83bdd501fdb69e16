package dev.jamfpro.sdk;

import dev.jamfpro.sdk.internal.Blocking;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The results of {@link JamfProClient#concurrentApiRequests}: one per argument, in argument order,
 * whatever order the calls finish in. The calls start when this object is created.
 *
 * <pre>{@code
 * for (ClassicPolicy policy : client.concurrentApiRequests(client.classicApi()::getPolicyById, ids)) {
 *     System.out.println(policy.getGeneral().getName());
 * }
 * }</pre>
 *
 * @param <R> the handler's result type
 */
public final class BlockingConcurrentResults<R> implements Iterable<R> {
    private final ConcurrentResults<R> results;

    BlockingConcurrentResults(ConcurrentResults<R> results) {
        this.results = Objects.requireNonNull(results, "results == null");
    }

    /**
     * The results in argument order, waiting for each as the stream reaches it. A failure is thrown at
     * its position, as the handler threw it, when {@link SessionConfig#returnExceptions()} is true (the
     * default), or skipped and logged at WARN when it is false.
     *
     * @return a sequential stream of the results
     */
    public Stream<R> stream() {
        return results.stream();
    }

    /**
     * The results in argument order, as {@link #stream()} delivers them.
     *
     * @return an iterator of the results
     */
    @Override
    public Iterator<R> iterator() {
        return stream().iterator();
    }

    /**
     * Every result in argument order, once all are in.
     *
     * @return the results
     * @throws RuntimeException the first failure to happen, as the handler threw it
     */
    public List<R> all() {
        return Blocking.await(results.all());
    }

    /**
     * Success or failure for every argument, in argument order, once all are in; never throws a
     * handler's failure. Each {@link Outcome#argument()} is the argument it belongs to.
     *
     * @return the outcomes
     */
    public List<Outcome<R>> outcomes() {
        return Blocking.await(results.outcomes());
    }

    /**
     * How many arguments there were.
     *
     * @return the number of arguments
     */
    public int size() {
        return results.size();
    }

    /**
     * The same results as futures.
     *
     * @return the {@link ConcurrentResults} this object waits for
     */
    public ConcurrentResults<R> async() {
        return results;
    }
}
