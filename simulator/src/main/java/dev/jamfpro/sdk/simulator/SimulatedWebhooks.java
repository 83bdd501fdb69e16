package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The simulator's webhooks: registrations, and the one thread that posts events to them in the order
 * the simulator's state changed (a computer or mobile device added, checking in or changed, a smart
 * group's members changing, an API write: {@link SimulatedWebhook#SIMULATED_EVENTS}), in Jamf Pro's
 * payload shapes.
 *
 * <pre>{@code
 * jamf.webhooks().register("http://localhost:8080/jamf", "ComputerAdded", "ComputerCheckIn");
 * SimulatedComputer mac = jamf.addComputer(ComputerSeed.named("Ada's MacBook Pro")); // posts ComputerAdded
 * jamf.checkIn(mac.id());                                                    // posts ComputerCheckIn
 * jamf.webhooks().awaitDeliveries(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>Like Jamf Pro, it posts each event once and does not retry; {@link #deliveries()} tells what the
 * receivers answered.
 */
public final class SimulatedWebhooks implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SimulatedWebhooks.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    private record Registration(int id, SimulatedWebhook webhook) {
    }

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final Object progress = new Object();
    private int nextId = 1;
    private int pending;
    private ExecutorService sender;
    private boolean closed;

    SimulatedWebhooks() {
    }

    /**
     * Registers {@code webhook}; its id, sent as {@code webhook.id}.
     *
     * @param webhook what to post, where and how
     * @return the registration's id
     */
    public int register(SimulatedWebhook webhook) {
        synchronized (progress) {
            if (closed) {
                throw new IllegalStateException("the simulator is closed");
            }
            int id = nextId++;
            registrations.add(new Registration(id, webhook));
            return id;
        }
    }

    /**
     * Registers a webhook posting {@code events} to {@code url} in JSON without authentication; its id.
     *
     * @param url where to post
     * @param events the events' names, for example {@code ComputerCheckIn}
     * @return the registration's id
     */
    public int register(String url, String... events) {
        return register(SimulatedWebhook.builder(url).events(events).build());
    }

    /**
     * Removes registration {@code id}; false if there was none. Events already queued are still posted.
     *
     * @param id the registration's id
     * @return whether there was such a registration
     */
    public boolean unregister(int id) {
        return registrations.removeIf(r -> r.id() == id);
    }

    /** {@return what was posted so far and how each receiver answered, in the order posted} */
    public List<WebhookDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /**
     * Waits until every event queued so far has been posted (answered or failed).
     *
     * @param timeout how long to wait at most
     * @return false if some were still pending after {@code timeout}
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitDeliveries(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    /** Whether some registration takes {@code eventName}: an event no one takes need not be worked out. */
    boolean wants(String eventName) {
        for (Registration r : registrations) {
            if (r.webhook().events().contains(eventName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Queues the event {@code event} makes, which happened at {@code at}, for each registration taking
     * {@code eventName} (and group {@code groupId}, if any); {@code event} is not called when none does.
     */
    void emit(String eventName, Supplier<JsonObject> event, int groupId, java.time.Instant at) {
        JsonObject made = null;
        for (Registration r : registrations) {
            SimulatedWebhook webhook = r.webhook();
            if (!webhook.events().contains(eventName)
                    || groupId != 0 && webhook.smartGroupId() != 0 && webhook.smartGroupId() != groupId) {
                continue;
            }
            String name = webhook.name() != null ? webhook.name() : "Simulated webhook " + r.id();
            if (made == null) {
                made = event.get();
            }
            JsonObject payload = WebhookPayloads.payload(r.id(), name, eventName, at, made);
            byte[] body = webhook.xml() ? WebhookPayloads.xml(payload) : WebhookPayloads.json(payload);
            synchronized (progress) {
                if (closed) {
                    return;
                }
                if (sender == null) {
                    sender = Executors.newSingleThreadExecutor(task -> {
                        Thread thread = new Thread(task, "jamf-simulator-webhooks");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                pending++;
                sender.execute(() -> {
                    try {
                        deliveries.add(post(r.id(), webhook, eventName, body));
                    } finally {
                        synchronized (progress) {
                            pending--;
                            progress.notifyAll();
                        }
                    }
                });
            }
        }
    }

    private static WebhookDelivery post(int id, SimulatedWebhook webhook, String eventName, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) webhook.url().toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", webhook.xml() ? "text/xml; charset=UTF-8"
                    : "application/json; charset=UTF-8");
            connection.setRequestProperty("User-Agent", "JamfProSimulator");
            for (Map.Entry<String, String> header : webhook.authentication().entrySet()) {
                connection.setRequestProperty(header.getKey(), header.getValue());
            }
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            if (status < 200 || status >= 300) {
                LOG.log(System.Logger.Level.WARNING, "webhook " + id + " (" + eventName + ") to " + webhook.url()
                        + " answered " + status);
            }
            return new WebhookDelivery(id, eventName, webhook.url(), text, status, null);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "webhook " + id + " (" + eventName + ") to " + webhook.url()
                    + " failed: " + e);
            return new WebhookDelivery(id, eventName, webhook.url(), text, 0, e.toString());
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** Stops posting: what is queued is dropped after a short grace. Idempotent. */
    @Override
    public void close() {
        ExecutorService toStop;
        synchronized (progress) {
            closed = true;
            toStop = sender;
        }
        if (toStop == null) {
            return;
        }
        toStop.shutdown();
        try {
            if (!toStop.awaitTermination(2, TimeUnit.SECONDS)) {
                toStop.shutdownNow();
            }
        } catch (InterruptedException e) {
            toStop.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        List<SimulatedWebhook> webhooks = new ArrayList<>();
        registrations.forEach(r -> webhooks.add(r.webhook()));
        return "SimulatedWebhooks" + webhooks;
    }
}
