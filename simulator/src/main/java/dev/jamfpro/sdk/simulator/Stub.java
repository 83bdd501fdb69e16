package dev.jamfpro.sdk.simulator;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stub installed with {@link JamfProSimulator#stub}: the requests its matcher accepts get its
 * canned answer instead of the simulated one, before latency and faults, authentication endpoints
 * included, until it is used up or removed.
 */
public final class Stub {
    private final RequestMatcher matcher;
    private final StubAnswer answer;
    private final int times;
    private final AtomicInteger hits = new AtomicInteger();
    private final Runnable onRemove;

    Stub(RequestMatcher matcher, StubAnswer answer, int times, java.util.function.Consumer<Stub> remove) {
        this.matcher = matcher;
        this.answer = answer;
        this.times = times;
        this.onRemove = () -> remove.accept(this);
    }

    /** Takes one use if the stub matches and is not used up; the answer, or null. */
    StubAnswer take(String method, String path, java.util.Map<String, java.util.List<String>> query) {
        if (!matcher.matches(method, path, query)) {
            return null;
        }
        while (true) {
            int used = hits.get();
            if (times > 0 && used >= times) {
                return null;
            }
            if (hits.compareAndSet(used, used + 1)) {
                return answer;
            }
        }
    }

    /** {@return the requests answered by this stub so far} */
    public int hits() {
        return hits.get();
    }

    /** Whether it still answers (it is not removed and its uses are not used up). */
    boolean usedUp() {
        return times > 0 && hits.get() >= times;
    }

    /** Stops answering; the simulated answers come back. Idempotent. */
    public void remove() {
        onRemove.run();
    }

    @Override
    public String toString() {
        return "Stub{" + answer + ", hits=" + hits.get() + (times > 0 ? " of " + times : "") + '}';
    }
}
