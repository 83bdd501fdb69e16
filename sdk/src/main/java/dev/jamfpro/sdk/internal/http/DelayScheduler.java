package dev.jamfpro.sdk.internal.http;

import java.time.Duration;

/** Runs a task after a delay (retry backoff). Tests replace it to record waits instead of sleeping. */
@FunctionalInterface
public interface DelayScheduler {
    void schedule(Runnable task, Duration delay);
}
