package dev.jamfpro.sdk;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts requests in flight at the server: from arrival until the answer is written. */
final class InFlightCounter implements ServeEventListener {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        int now = inFlight.incrementAndGet();
        total.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
    }

    @Override
    public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
        inFlight.decrementAndGet();
    }

    @Override
    public String getName() {
        return "in-flight-counter";
    }

    int peak() {
        return peak.get();
    }

    int inFlight() {
        return inFlight.get();
    }

    int total() {
        return total.get();
    }

    void reset() {
        peak.set(0);
        total.set(0);
    }
}
