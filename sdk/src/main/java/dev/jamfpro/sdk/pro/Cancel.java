package dev.jamfpro.sdk.pro;

import java.util.concurrent.CompletableFuture;

/** Passing a cancellation down: a dependent future does not pass it to the future it depends on. */
final class Cancel {
    private Cancel() {
    }

    /** When {@code outer} is cancelled, cancels {@code inner}; returns {@code inner}. */
    static <A> CompletableFuture<A> link(CompletableFuture<?> outer, CompletableFuture<A> inner) {
        outer.whenComplete((ignored, failure) -> {
            if (outer.isCancelled()) {
                inner.cancel(false);
            }
        });
        return inner;
    }
}
