package dev.jamfpro.sdk.webhooks;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.sun.net.httpserver.HttpServer;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WebhookReceiver} behind the JDK's HTTP server on a loopback port, queueing the typed events it
 * receives from a simulator's webhooks: the far end of the end-to-end webhook tests.
 */
final class ListeningReceiver implements AutoCloseable {
    private final BlockingQueue<WebhookEvent> events = new LinkedBlockingQueue<>();
    private final JamfProSimulator jamf;
    private final HttpServer server;

    ListeningReceiver(WebhookReceiver receiver, JamfProSimulator jamf) throws IOException {
        this.jamf = jamf;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jamf", receiver.httpHandler(events::add));
        server.start();
    }

    /** {@return the URL to register with the simulator} */
    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/jamf";
    }

    /** The next event received, waiting for it; fails with the simulator's deliveries when none comes. */
    WebhookEvent next() throws InterruptedException {
        WebhookEvent event = events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within 10 s; simulator deliveries: " + jamf.webhooks().deliveries());
        }
        return event;
    }

    /** The next event received, which must be a {@code type}. */
    <T extends WebhookEvent> T next(Class<T> type) throws InterruptedException {
        WebhookEvent event = next();
        return assertInstanceOf(type, event, () -> "expected " + type.getSimpleName() + ", got " + event);
    }

    /** {@return an event received and not yet taken, or null} */
    WebhookEvent poll() {
        return events.poll();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
