package dev.jamfpro.sdk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.simulator.ComputerSeed;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.ManualClock;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import dev.jamfpro.sdk.simulator.SimulatedWebhook;
import dev.jamfpro.sdk.simulator.WebhookDelivery;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulated Jamf Pro posts to the receiver's URL; the receiver hands over typed events, in order. */
class WebhookSimulatorEndToEndTest {
    private static final Instant START = Instant.parse("2026-11-02T09:30:00Z");

    private final ManualClock clock = new ManualClock(START);
    private JamfProSimulator jamf;
    private ListeningReceiver events;
    private String url;

    @BeforeEach
    void start() throws IOException {
        jamf = JamfProSimulator.builder().computers(10).clock(clock).start();
        events = new ListeningReceiver(WebhookReceiver.builder().basicAuthentication("jamf", "hook-secret").build(), jamf);
        url = events.url();
    }

    @AfterEach
    void stop() {
        jamf.close();
        events.close();
    }

    private WebhookEvent next() throws InterruptedException {
        return events.next();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JSON", "XML"})
    void aComputerAddedThenCheckingInArrivesAsTwoTypedEventsInOrder(String form) throws Exception {
        SimulatedWebhook.Builder webhook = SimulatedWebhook.builder(url).events("ComputerAdded", "ComputerCheckIn")
                .name("Inventory sync").basicAuthentication("jamf", "hook-secret");
        int webhookId = jamf.webhooks().register((form.equals("XML") ? webhook.xml() : webhook.json()).build());

        SimulatedComputer mac = jamf.addComputer(ComputerSeed.named("Ada's MacBook Pro"));
        clock.advance(Duration.ofMinutes(15));
        jamf.checkIn(mac.id());

        ComputerAdded added = assertInstanceOf(ComputerAdded.class, next());
        assertEquals(webhookId, added.webhook().id().getAsInt());
        assertEquals("Inventory sync", added.webhook().name().orElseThrow());
        assertEquals(START, added.webhook().eventTimestamp().orElseThrow());
        assertEquals(mac.id(), added.computer().jssId().getAsInt());
        assertEquals("Ada's MacBook Pro", added.computer().deviceName().orElseThrow());
        assertEquals(mac.serialNumber(), added.computer().serialNumber().orElseThrow());
        assertEquals(mac.udid(), added.computer().udid().orElseThrow());
        assertEquals(mac.managementId(), added.computer().managementId().orElseThrow());
        assertEquals(java.util.Map.of(), added.otherFields(), "every field the simulator sends is declared");

        ComputerCheckIn checkIn = assertInstanceOf(ComputerCheckIn.class, next());
        assertEquals(START.plus(Duration.ofMinutes(15)), checkIn.webhook().eventTimestamp().orElseThrow());
        assertEquals(mac.id(), checkIn.computer().orElseThrow().jssId().getAsInt());
        assertEquals("CLIENT_CHECKIN", checkIn.trigger().orElseThrow());
        assertEquals(added.computer(), checkIn.computer().orElseThrow(), "the same record in both events");

        assertTrue(jamf.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        assertEquals(List.of(200, 200), jamf.webhooks().deliveries().stream()
                .map(d -> d.statusCode().orElse(0)).toList());
        assertNull(events.poll(), "nothing else was posted");
    }

    @Test
    void aSmartGroupGainingTheNewComputerArrivesTypedAfterComputerAdded() throws Exception {
        int group = jamf.addSmartComputerGroup("Ada's Macs", c -> c.name().startsWith("Ada's"));
        jamf.webhooks().register(SimulatedWebhook.builder(url).events("ComputerAdded", "SmartGroupComputerMembershipChange")
                .xml().basicAuthentication("jamf", "hook-secret").build());

        SimulatedComputer mac = jamf.addComputer(ComputerSeed.named("Ada's iMac"));

        assertInstanceOf(ComputerAdded.class, next());
        SmartGroupComputerMembershipChange change = assertInstanceOf(SmartGroupComputerMembershipChange.class, next());
        assertEquals(group, change.groupId().getAsInt());
        assertEquals("Ada's Macs", change.groupName().orElseThrow());
        assertEquals(List.of(mac.id()), change.groupAddedDevicesIds());
        assertEquals(mac.serialNumber(), change.groupAddedDevices().get(0).serialNumber().orElseThrow());
        assertEquals(List.of(), change.groupRemovedDevicesIds());
    }

    @Test
    void aWebhookWithWrongCredentialsIsRefusedAndNeverReachesTheListener() throws Exception {
        jamf.webhooks().register(SimulatedWebhook.builder(url).events("ComputerAdded")
                .basicAuthentication("jamf", "stale-secret").build());
        jamf.addComputer(ComputerSeed.named("Mallory's Mac"));
        assertTrue(jamf.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        WebhookDelivery delivery = jamf.webhooks().deliveries().get(0);
        assertEquals(401, delivery.statusCode().orElseThrow());
        assertNull(events.poll());
    }
}
