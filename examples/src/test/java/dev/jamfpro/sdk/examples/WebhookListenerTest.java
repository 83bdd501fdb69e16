package dev.jamfpro.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.sun.net.httpserver.HttpServer;
import dev.jamfpro.sdk.simulator.ComputerSeed;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.ManualClock;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import dev.jamfpro.sdk.simulator.SimulatedWebhook;
import dev.jamfpro.sdk.webhooks.ComputerAdded;
import dev.jamfpro.sdk.webhooks.ComputerCheckIn;
import dev.jamfpro.sdk.webhooks.FakeWebhooks;
import dev.jamfpro.sdk.webhooks.WebhookEvent;
import dev.jamfpro.sdk.webhooks.WebhookReceiver;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's webhook examples, run: the listener against the simulator, and the two test patterns. */
class WebhookListenerTest {

    @Test
    void theListenerPrintsWhatTheSimulatedJamfProPosts() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpServer listener = WebhookListener.listen(0, "hook-secret", lines::add);
        ManualClock clock = new ManualClock(Instant.parse("2026-11-02T09:30:00Z"));
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(10).clock(clock).start()) {
            String url = "http://localhost:" + listener.getAddress().getPort() + "/jamf";
            jamf.webhooks().register(SimulatedWebhook.builder(url).events("ComputerAdded", "ComputerCheckIn",
                    "SmartGroupComputerMembershipChange").xml().basicAuthentication("jamf", "hook-secret").build());
            int group = jamf.addSmartComputerGroup("Ada's Macs", c -> c.name().startsWith("Ada's"));

            SimulatedComputer mac = jamf.addComputer(ComputerSeed.named("Ada's MacBook Pro"));
            jamf.checkIn(mac.id());

            assertEquals("ComputerAdded at 2026-11-02T09:30:00Z", next(lines));
            assertEquals("Ada's Macs: joined [" + mac.id() + "], left []", next(lines));
            assertEquals("Ada's MacBook Pro (" + mac.serialNumber() + ") checked in: CLIENT_CHECKIN", next(lines));
            assertEquals(1, group);

            HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("jamf:hook-secret".getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"webhook\":{\"webhookEvent\":\"ComputerTeleported\"}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, unknown.statusCode());
            assertEquals("new to this SDK: ComputerTeleported {\"webhook\":{\"webhookEvent\":\"ComputerTeleported\"}}",
                    next(lines));
        } finally {
            listener.stop(0);
        }
    }

    private static String next(BlockingQueue<String> lines) throws InterruptedException {
        String line = lines.poll(10, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("the listener printed nothing within 10 s");
        }
        return line;
    }

    // README: the test example
    @Test
    void theSimulatorPostsToYourReceiver() throws Exception {
        BlockingQueue<WebhookEvent> received = new LinkedBlockingQueue<>();
        WebhookReceiver receiver = WebhookReceiver.builder().basicAuthentication("jamf", "test-secret").build();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/jamf", receiver.httpHandler(received::add));
        server.start();
        try (JamfProSimulator jamf = JamfProSimulator.builder().computers(10).start()) {
            jamf.webhooks().register(SimulatedWebhook.builder("http://localhost:" + server.getAddress().getPort() + "/jamf")
                    .events("ComputerAdded", "ComputerCheckIn").basicAuthentication("jamf", "test-secret").build());

            SimulatedComputer mac = jamf.addComputer(ComputerSeed.named("Ada's MacBook Pro"));
            jamf.checkIn(mac.id());

            ComputerAdded added = assertInstanceOf(ComputerAdded.class, received.poll(10, TimeUnit.SECONDS));
            assertEquals("Ada's MacBook Pro", added.computer().deviceName().orElseThrow());
            ComputerCheckIn checkIn = assertInstanceOf(ComputerCheckIn.class, received.poll(10, TimeUnit.SECONDS));
            assertEquals(mac.id(), checkIn.computer().orElseThrow().jssId().getAsInt());
        } finally {
            server.stop(0);
        }
    }

    // README: fakes, for tests that need no server at all
    @Test
    void fakeEventsForUnitTests() {
        FakeWebhooks fakes = FakeWebhooks.seeded(42);
        ComputerCheckIn checkIn = fakes.computerCheckIn().trigger("LOGIN").build();
        String body = checkIn.toXml();                       // what Jamf Pro would post (or toJson())
        assertEquals(checkIn, WebhookEvent.fromXml(body));
        assertEquals("LOGIN", checkIn.trigger().orElseThrow());
    }
}
