package dev.jamfpro.sdk.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock moved by hand, so tests reach a token's expiry without waiting. Give the same instance to
 * the simulator ({@code JamfProSimulator.builder().clock(clock)}) and to the client
 * ({@code AsyncJamfProClient.builder().clock(clock)}), then {@link #advance(Duration)}.
 */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;

    /**
     * A clock that stands at {@code start} until moved.
     *
     * @param start the first instant it tells
     */
    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(java.util.Objects.requireNonNull(start, "start == null"));
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param duration how far to move
     */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
