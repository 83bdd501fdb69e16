package dev.jamfpro.sdk;

import dev.jamfpro.sdk.internal.http.DelayScheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Records every backoff the client asks for and runs the retry at once, on a fresh thread. */
final class RecordingScheduler implements DelayScheduler {
    final List<Duration> delays = new CopyOnWriteArrayList<>();
    private volatile Consumer<Duration> beforeRun = d -> { };

    RecordingScheduler beforeEachRetry(Consumer<Duration> hook) {
        this.beforeRun = hook;
        return this;
    }

    @Override
    public void schedule(Runnable task, Duration delay) {
        delays.add(delay);
        Thread thread = new Thread(() -> {
            beforeRun.accept(delay);
            task.run();
        }, "test-retry");
        thread.setDaemon(true);
        thread.start();
    }
}
