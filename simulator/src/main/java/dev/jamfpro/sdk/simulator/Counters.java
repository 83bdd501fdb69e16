package dev.jamfpro.sdk.simulator;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The simulator's counters and its bounded log of answered requests. */
final class Counters implements HttpServerCore.Listener {
    private final AtomicLong total = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong faults = new AtomicLong();
    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();
    private final ArrayDeque<RecordedRequest> log = new ArrayDeque<>();
    private final int logLimit;

    Counters(int logLimit) {
        this.logLimit = logLimit;
    }

    @Override
    public void arrived() {
        total.incrementAndGet();
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    @Override
    public void finished() {
        inFlight.decrementAndGet();
    }

    void path(String path) {
        byPath.computeIfAbsent(path, p -> new LongAdder()).increment();
    }

    void tokenRequest() {
        tokens.incrementAndGet();
    }

    void fault() {
        faults.incrementAndGet();
    }

    void record(RecordedRequest request) {
        if (logLimit <= 0) {
            return;
        }
        synchronized (log) {
            if (log.size() >= logLimit) {
                log.removeFirst();
            }
            log.addLast(request);
        }
    }

    List<RecordedRequest> recorded() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    SimulatorStats snapshot(int connections) {
        Map<String, Long> paths = new HashMap<>();
        byPath.forEach((path, count) -> paths.put(path, count.sum()));
        return new SimulatorStats(total.get(), inFlight.get(), peak.get(), tokens.get(), faults.get(), connections, paths);
    }

    void reset() {
        total.set(0);
        peak.set(inFlight.get());
        tokens.set(0);
        faults.set(0);
        byPath.clear();
        synchronized (log) {
            log.clear();
        }
    }
}
