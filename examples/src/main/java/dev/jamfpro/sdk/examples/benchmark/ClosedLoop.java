package dev.jamfpro.sdk.examples.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs {@code total} calls keeping exactly {@code outstanding} in flight: each completion starts the
 * next. The same driver runs the SDK and plain OkHttp, so both see the same offered load.
 */
final class ClosedLoop {
    private ClosedLoop() {
    }

    /** Elapsed nanoseconds for {@code total} calls; throws the first failure. */
    static long run(int total, int outstanding, Supplier<CompletableFuture<?>> call) throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (issued.getAndIncrement() >= total || failure.get() != null) {
                return;
            }
            CompletableFuture<?> future;
            try {
                future = call.get();
            } catch (RuntimeException e) {
                future = CompletableFuture.failedFuture(e);
            }
            future.whenComplete((ignored, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                    while (done.getCount() > 0) {
                        done.countDown();
                    }
                    return;
                }
                done.countDown();
                next[0].run();
            });
        };
        long start = System.nanoTime();
        for (int i = 0; i < outstanding; i++) {
            next[0].run();
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("closed loop did not finish in 10 minutes");
        }
        long elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed: " + failure.get(), failure.get());
        }
        return elapsed;
    }
}
