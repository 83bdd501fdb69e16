package dev.jamfpro.sdk;

import dev.jamfpro.sdk.internal.Blocking;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The results of {@link AsyncJamfProClient#concurrentApiRequests}: one per argument, in argument
 * order, whatever order the requests finish in. The requests start when this object is created; the
 * handler runs for a bounded number of arguments at a time and the client's concurrency limit bounds
 * the requests in flight.
 *
 * @param <R> the handler's result type
 */
public final class ConcurrentResults<R> {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentResults.class);

    private final List<?> arguments;
    private final List<CompletableFuture<R>> results;
    private final boolean returnExceptions;

    private ConcurrentResults(List<?> arguments, List<CompletableFuture<R>> results, boolean returnExceptions) {
        this.arguments = arguments;
        this.results = results;
        this.returnExceptions = returnExceptions;
    }

    static <A, R> ConcurrentResults<R> start(Function<A, CompletableFuture<R>> handler, Iterable<A> arguments,
                                             int window, boolean returnExceptions, Executor executor) {
        List<A> args = new ArrayList<>();
        arguments.forEach(args::add);
        List<CompletableFuture<R>> results = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            results.add(new CompletableFuture<>());
        }
        new Launcher<>(handler, args, results, executor).start(window);
        return new ConcurrentResults<>(java.util.Collections.unmodifiableList(args), List.copyOf(results), returnExceptions);
    }

    /** Runs the handler for at most {@code window} arguments at a time, in argument order. */
    private static final class Launcher<A, R> {
        private final Function<A, CompletableFuture<R>> handler;
        private final List<A> arguments;
        private final List<CompletableFuture<R>> results;
        private final Executor executor;
        private int next;

        Launcher(Function<A, CompletableFuture<R>> handler, List<A> arguments, List<CompletableFuture<R>> results,
                 Executor executor) {
            this.handler = handler;
            this.arguments = arguments;
            this.results = results;
            this.executor = executor;
        }

        void start(int window) {
            for (int i = 0; i < window; i++) {
                launchNext();
            }
        }

        private void failUnlaunched() {
            int from;
            synchronized (this) {
                from = next;
                next = arguments.size();
            }
            for (int i = from; i < arguments.size(); i++) {
                results.get(i).completeExceptionally(new ClientClosedException("concurrentApiRequests, argument " + i));
            }
        }

        private void launchNext() {
            int index;
            synchronized (this) {
                if (next >= arguments.size()) {
                    return;
                }
                index = next++;
            }
            CompletableFuture<R> target = results.get(index);
            CompletableFuture<R> call;
            try {
                call = handler.apply(arguments.get(index));
                if (call == null) {
                    call = CompletableFuture.failedFuture(new NullPointerException("handler returned null for argument "
                            + index));
                }
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            call.whenComplete((value, error) -> {
                if (error != null) {
                    target.completeExceptionally(Blocking.unwrap(error));
                } else {
                    target.complete(value);
                }
                try {
                    executor.execute(this::launchNext); // a fresh stack, whatever thread completed the call
                } catch (RejectedExecutionException closed) {
                    failUnlaunched(); // the client's threads are gone: it was closed
                }
            });
        }
    }

    /**
     * The results in argument order, blocking for each as the stream reaches it. A failure is thrown at
     * its position when {@link SessionConfig#returnExceptions()} is true (the default), or skipped and
     * logged at WARN when it is false.
     *
     * @return the results in argument order, blocking for each as the stream reaches it
     */
    public Stream<R> stream() {
        Iterator<R> iterator = new Iterator<>() {
            private int index;
            private R pending;
            private boolean ready;

            @Override
            public boolean hasNext() {
                while (!ready && index < results.size()) {
                    int position = index++;
                    try {
                        pending = results.get(position).join();
                        ready = true;
                    } catch (CompletionException e) {
                        Throwable cause = Blocking.unwrap(e);
                        if (returnExceptions) { // with this thread's trace in it, as all() and a blocking call do
                            throw cause instanceof RuntimeException ? Blocking.rethrow(cause) : new JamfProSdkException(
                                    "request " + position + " failed: " + cause, cause);
                        }
                        LOG.warn("Request {} of {} failed and is skipped: {}", position, results.size(), cause.toString());
                    }
                }
                return ready;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ready = false;
                R value = pending;
                pending = null;
                return value;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    /** {@return all results in argument order; fails with the first failure to happen} */
    public CompletableFuture<List<R>> all() {
        CompletableFuture<List<R>> all = new CompletableFuture<>();
        for (CompletableFuture<R> result : results) {
            result.whenComplete((value, error) -> {
                if (error != null) {
                    all.completeExceptionally(Blocking.unwrap(error));
                }
            });
        }
        CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).whenComplete((ignored, error) -> {
            if (error == null) {
                List<R> values = new ArrayList<>(results.size());
                results.forEach(r -> values.add(r.join()));
                all.complete(values);
            }
        });
        return all;
    }

    /**
     * Success or failure for every argument, in argument order; never fails itself.
     *
     * @return a future of one outcome per argument
     */
    public CompletableFuture<List<Outcome<R>>> outcomes() {
        return CompletableFuture.allOf(results.stream().map(r -> r.handle((v, e) -> null)).toArray(CompletableFuture[]::new))
                .thenApply(ignored -> {
                    List<Outcome<R>> outcomes = new ArrayList<>(results.size());
                    for (int i = 0; i < results.size(); i++) {
                        Object argument = arguments.get(i);
                        outcomes.add(results.get(i).handle((v, e) -> e == null ? Outcome.success(argument, v)
                                : Outcome.<R>failure(argument, Blocking.unwrap(e))).join());
                    }
                    return outcomes;
                });
    }

    /** {@return how many arguments there were} */
    public int size() {
        return results.size();
    }
}
