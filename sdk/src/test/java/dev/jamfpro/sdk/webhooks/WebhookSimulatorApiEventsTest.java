package dev.jamfpro.sdk.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.classic.model.ClassicBuilding;
import dev.jamfpro.sdk.classic.model.ClassicComputer;
import dev.jamfpro.sdk.classic.model.ClassicLocation;
import dev.jamfpro.sdk.classic.model.ClassicMobileDevice;
import dev.jamfpro.sdk.pro.model.Building;
import dev.jamfpro.sdk.pro.model.ComputerGeneralUpdate;
import dev.jamfpro.sdk.pro.model.ComputerInventoryUpdateRequest;
import dev.jamfpro.sdk.pro.model.UpdateMobileDeviceV2;
import dev.jamfpro.sdk.simulator.ComputerSeed;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.ManualClock;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import dev.jamfpro.sdk.simulator.SimulatedWebhook;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulated Jamf Pro posts the events its state changes imply when the change comes through the API
 * (RestAPIOperation, ComputerInventoryCompleted, the mobile device events), over real HTTP to the SDK's
 * receiver, typed, with the simulator's values and in the order the changes happened; JSON and XML.
 */
class WebhookSimulatorApiEventsTest {
    private static final Instant START = Instant.parse("2026-11-02T09:30:00Z");

    private final ManualClock clock = new ManualClock(START);
    private JamfProSimulator jamf;
    private AsyncJamfProClient client;
    private ListeningReceiver events;
    private String url;

    @BeforeEach
    void start() throws IOException {
        jamf = JamfProSimulator.builder().computers(10).mobileDevices(5).clock(clock).start();
        client = AsyncJamfProClient.builder().server(jamf.host()).port(jamf.port())
                .credentials(new ApiClientCredentialsProvider("sim-client", "sim-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build()).build();
        events = new ListeningReceiver(WebhookReceiver.builder().headerAuthentication("X-Hook-Secret", "s3cret").build(),
                jamf);
        url = events.url();
    }

    @AfterEach
    void stop() {
        client.close();
        jamf.close();
        events.close();
    }

    private int register(String form, String... eventNames) {
        SimulatedWebhook.Builder webhook = SimulatedWebhook.builder(url).events(eventNames)
                .headerAuthentication("X-Hook-Secret", "s3cret");
        return jamf.webhooks().register((form.equals("XML") ? webhook.xml() : webhook.json()).build());
    }

    private <T extends WebhookEvent> T next(Class<T> type) throws InterruptedException {
        return events.next(type);
    }

    /** Nothing more was posted: every delivery queued so far is done, and the receiver has no event left. */
    private void nothingElse() throws InterruptedException {
        assertTrue(jamf.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        assertNull(events.poll(), "nothing else was posted");
    }

    private static void assertOperation(RestApiOperation event, String operation, String type, int id, String name) {
        assertEquals(operation, event.restApiOperationType().orElseThrow());
        assertEquals(type, event.objectTypeName().orElseThrow());
        assertEquals(id, event.objectId().getAsInt());
        assertEquals(name, event.objectName().orElseThrow());
        assertEquals("sim-client", event.authorizedUsername().orElseThrow());
        assertEquals(true, event.operationSuccessful().orElseThrow());
        assertEquals(java.util.Map.of(), event.otherFields(), "every field the simulator sends is declared");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JSON", "XML"})
    void everySuccessfulWriteOfBothApisPostsRestApiOperationInOrderAndReadsDoNot(String form) throws Exception {
        int webhookId = register(form, "RestAPIOperation");

        String proId = client.proApi().postBuildingsV1(building("Harbour Office")).join().getId();
        clock.advance(Duration.ofMinutes(1));
        client.proApi().getBuildingsByIdV1(proId).join(); // a read: no event
        Building rename = client.proApi().getBuildingsByIdV1(proId).join();
        rename.setName("Harbour House");
        client.proApi().putBuildingsByIdV1(proId, rename).join();
        ClassicBuilding annex = new ClassicBuilding();
        annex.setName("Classic Annex");
        int classicId = client.classicApi().createBuilding(annex).join();
        client.proApi().deleteBuildingsByIdV1(proId).join();
        client.classicApi().deleteBuildingById(classicId).join();
        Throwable missing = client.proApiRequest("DELETE", "v1/buildings/999999", java.util.Map.of(), null)
                .handle((answer, failure) -> failure).join();
        assertTrue(missing != null && missing.getMessage().contains("404"), "a failed write: no event; " + missing);

        RestApiOperation created = next(RestApiOperation.class);
        assertEquals(webhookId, created.webhook().id().getAsInt());
        assertEquals(START, created.webhook().eventTimestamp().orElseThrow());
        assertOperation(created, "POST", "Building", Integer.parseInt(proId), "Harbour Office");
        RestApiOperation renamed = next(RestApiOperation.class);
        assertEquals(START.plus(Duration.ofMinutes(1)), renamed.webhook().eventTimestamp().orElseThrow());
        assertOperation(renamed, "PUT", "Building", Integer.parseInt(proId), "Harbour House");
        assertOperation(next(RestApiOperation.class), "POST", "Building", classicId, "Classic Annex");
        assertOperation(next(RestApiOperation.class), "DELETE", "Building", Integer.parseInt(proId), "Harbour House");
        assertOperation(next(RestApiOperation.class), "DELETE", "Building", classicId, "Classic Annex");
        nothingElse();
    }

    @Test
    void concurrentWritesPostTheirOperationsInTheOrderTheyChangedTheStore() throws Exception {
        register("JSON", "RestAPIOperation");
        List<java.util.concurrent.CompletableFuture<String>> creates = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) { // in flight together: the store numbers them in the order it took them
            creates.add(client.proApi().postBuildingsV1(building("Branch " + i)).thenApply(h -> h.getId()));
        }
        java.util.concurrent.CompletableFuture.allOf(creates.toArray(java.util.concurrent.CompletableFuture[]::new))
                .join();

        List<Integer> posted = new java.util.ArrayList<>();
        for (int i = 0; i < creates.size(); i++) {
            RestApiOperation created = next(RestApiOperation.class);
            posted.add(created.objectId().getAsInt());
            assertEquals("Branch", created.objectName().orElseThrow().split(" ")[0]);
        }
        List<Integer> ids = creates.stream().map(f -> Integer.parseInt(f.join())).sorted().toList();
        assertEquals(ids, posted, "posted in the order the store created them");
        nothingElse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JSON", "XML"})
    void aComputerUpdatedThroughEitherApiPostsInventoryCompletedThenTheOperation(String form) throws Exception {
        SimulatedComputer mac = jamf.addComputer(ComputerSeed.named("Grace's MacBook Air"));
        register(form, "ComputerInventoryCompleted", "RestAPIOperation", "ComputerAdded");

        ComputerInventoryUpdateRequest change = new ComputerInventoryUpdateRequest();
        ComputerGeneralUpdate general = new ComputerGeneralUpdate();
        general.setName("Grace's MacBook Pro");
        change.setGeneral(general);
        client.proApi().patchComputersInventoryDetailByIdV4(Integer.toString(mac.id()), change).join();
        clock.advance(Duration.ofMinutes(5));
        ClassicComputer classic = new ClassicComputer();
        ClassicLocation location = new ClassicLocation();
        location.setRoom("4.12");
        location.setUsername("grace");
        classic.setLocation(location);
        client.classicApi().updateComputerById(mac.id(), classic).join();

        ComputerInventoryCompleted patched = next(ComputerInventoryCompleted.class);
        assertEquals(START, patched.webhook().eventTimestamp().orElseThrow());
        assertEquals(mac.id(), patched.computer().jssId().getAsInt());
        assertEquals("Grace's MacBook Pro", patched.computer().deviceName().orElseThrow());
        assertEquals(mac.serialNumber(), patched.computer().serialNumber().orElseThrow());
        assertEquals(java.util.Map.of(), patched.otherFields());
        assertOperation(next(RestApiOperation.class), "PATCH", "Computer", mac.id(), "Grace's MacBook Pro");

        ComputerInventoryCompleted put = next(ComputerInventoryCompleted.class);
        assertEquals(START.plus(Duration.ofMinutes(5)), put.webhook().eventTimestamp().orElseThrow());
        assertEquals("4.12", put.computer().room().orElseThrow());
        assertEquals("grace", put.computer().username().orElseThrow());
        assertEquals("Grace's MacBook Pro", put.computer().deviceName().orElseThrow());
        assertOperation(next(RestApiOperation.class), "PUT", "Computer", mac.id(), "Grace's MacBook Pro");
        nothingElse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JSON", "XML"})
    void aMobileDeviceEnrolledCheckingInUpdatedAndDeletedPostsItsEventsInOrder(String form) throws Exception {
        register(form, "MobileDeviceEnrolled", "MobileDeviceCheckIn", "MobileDeviceInventoryCompleted",
                "MobileDeviceUnEnrolled");

        // through the test API: enrolled, then checking in, then changed through the Pro API
        String id = jamf.enrollMobileDevice("{\"name\": \"Lin's iPad\", \"serialNumber\": \"DMPLIN0001\", "
                + "\"udid\": \"00008103-LIN\", \"osVersion\": \"18.1\", \"wifiMacAddress\": \"F0:99:B6:00:00:01\"}");
        clock.advance(Duration.ofMinutes(10));
        String checkedIn = jamf.checkInMobileDevice(id);
        assertEquals(START.plus(Duration.ofMinutes(10)), Instant.parse(JsonParser.parseString(checkedIn)
                .getAsJsonObject().get("lastContactTimestamp").getAsString()), "the contact time moved to now");
        UpdateMobileDeviceV2 rename = new UpdateMobileDeviceV2();
        rename.setName("Lin's iPad Pro");
        client.proApi().patchMobileDevicesByIdV2(id, rename).join();

        // through the Classic API: created, then deleted
        ClassicMobileDevice phone = new ClassicMobileDevice();
        ClassicMobileDevice.General general = new ClassicMobileDevice.General();
        general.setName("Sam's iPhone");
        general.setSerialNumber("DMPSAM0002");
        general.setUdid("00008110-SAM");
        phone.setGeneral(general);
        ClassicLocation owner = new ClassicLocation();
        owner.setUsername("sam");
        owner.setRoom("B-17");
        phone.setLocation(owner);
        int classicId = client.classicApi().createMobileDevice(phone).join();
        client.classicApi().deleteMobileDeviceById(classicId).join();

        MobileDeviceEnrolled enrolled = next(MobileDeviceEnrolled.class);
        assertEquals(START, enrolled.webhook().eventTimestamp().orElseThrow());
        WebhookMobileDevice lin = enrolled.mobileDevice();
        assertEquals(Integer.parseInt(id), lin.jssId().getAsInt());
        assertEquals("Lin's iPad", lin.deviceName().orElseThrow());
        assertEquals("DMPLIN0001", lin.serialNumber().orElseThrow());
        assertEquals("00008103-LIN", lin.udid().orElseThrow());
        assertEquals("18.1", lin.osVersion().orElseThrow());
        assertEquals("F0:99:B6:00:00:01", lin.wifiMacAddress().orElseThrow());
        assertEquals(java.util.Map.of(), lin.otherFields(), "every field the simulator sends is declared");

        MobileDeviceCheckIn checkIn = next(MobileDeviceCheckIn.class);
        assertEquals(START.plus(Duration.ofMinutes(10)), checkIn.webhook().eventTimestamp().orElseThrow());
        assertEquals(lin, checkIn.mobileDevice(), "the same record: a check-in changes no field Jamf sends");

        MobileDeviceInventoryCompleted updated = next(MobileDeviceInventoryCompleted.class);
        assertEquals("Lin's iPad Pro", updated.mobileDevice().deviceName().orElseThrow());
        assertEquals("DMPLIN0001", updated.mobileDevice().serialNumber().orElseThrow());

        MobileDeviceEnrolled sam = next(MobileDeviceEnrolled.class);
        assertEquals(classicId, sam.mobileDevice().jssId().getAsInt());
        assertEquals("Sam's iPhone", sam.mobileDevice().deviceName().orElseThrow());
        assertEquals("DMPSAM0002", sam.mobileDevice().serialNumber().orElseThrow());
        assertEquals("sam", sam.mobileDevice().username().orElseThrow());
        assertEquals("B-17", sam.mobileDevice().room().orElseThrow());
        MobileDeviceUnEnrolled gone = next(MobileDeviceUnEnrolled.class);
        assertEquals(sam.mobileDevice(), gone.mobileDevice(), "the device as it was before it was deleted");
        nothingElse();
    }

    @Test
    void aMobileDeviceChangedThroughOneApiThenTheOtherPostsOneEventPerChangeOfTheOneDevice() throws Exception {
        register("JSON", "MobileDeviceEnrolled", "MobileDeviceInventoryCompleted", "MobileDeviceUnEnrolled");
        int group = jamf.addSmartMobileDeviceGroup("Reception", d -> d.get("deviceName").startsWith("Reception"));

        String id = jamf.enrollMobileDevice("{\"name\": \"Ada's iPad\", \"serialNumber\": \"DMPADA0001\", "
                + "\"udid\": \"00008103-ADA\"}");
        ClassicMobileDevice rename = new ClassicMobileDevice(); // through Classic: the device the Pro API enrolled
        ClassicMobileDevice.General general = new ClassicMobileDevice.General();
        general.setName("Reception iPad");
        rename.setGeneral(general);
        client.classicApi().updateMobileDeviceById(Integer.parseInt(id), rename).join();
        assertEquals(Set.of(Integer.parseInt(id)), jamf.smartMobileDeviceGroupMembers(group));
        UpdateMobileDeviceV2 osUpdate = new UpdateMobileDeviceV2(); // through Pro: the device Classic renamed
        osUpdate.setAssetTag("REC-1");
        client.proApi().patchMobileDevicesByIdV2(id, osUpdate).join();
        client.classicApi().deleteMobileDeviceById(Integer.parseInt(id)).join();
        assertEquals(Set.of(), jamf.smartMobileDeviceGroupMembers(group));

        WebhookMobileDevice enrolled = next(MobileDeviceEnrolled.class).mobileDevice();
        assertEquals(Integer.parseInt(id), enrolled.jssId().getAsInt());
        assertEquals("Ada's iPad", enrolled.deviceName().orElseThrow());
        for (int i = 0; i < 2; i++) { // the Classic PUT's, then the Pro PATCH's: one each, the same device
            WebhookMobileDevice changed = next(MobileDeviceInventoryCompleted.class).mobileDevice();
            assertEquals(Integer.parseInt(id), changed.jssId().getAsInt());
            assertEquals("Reception iPad", changed.deviceName().orElseThrow());
            assertEquals("DMPADA0001", changed.serialNumber().orElseThrow());
            assertEquals("00008103-ADA", changed.udid().orElseThrow());
        }
        WebhookMobileDevice gone = next(MobileDeviceUnEnrolled.class).mobileDevice();
        assertEquals(Integer.parseInt(id), gone.jssId().getAsInt());
        assertEquals("Reception iPad", gone.deviceName().orElseThrow());
        assertEquals("DMPADA0001", gone.serialNumber().orElseThrow());
        nothingElse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"JSON", "XML"})
    void aMobileDeviceJoiningThenLeavingASmartGroupPostsEachChangeAfterItsOwnEvent(String form) throws Exception {
        int group = jamf.addSmartMobileDeviceGroup("Lab iPads", d -> d.get("deviceName").startsWith("Lab"));
        int seededIPads = jamf.addSmartMobileDeviceGroup("iPads", d -> d.get("model").startsWith("iPad"));
        assertEquals(Set.of(), jamf.smartMobileDeviceGroupMembers(group), "no seeded device is named Lab...");
        int webhookId = jamf.webhooks().register(SimulatedWebhook.builder(url).events("MobileDeviceEnrolled",
                "MobileDeviceInventoryCompleted", "SmartGroupMobileDeviceMembershipChange").smartGroupId(group)
                .headerAuthentication("X-Hook-Secret", "s3cret").build());
        if (form.equals("XML")) { // the same, in XML, to a second registration: both forms read back typed
            jamf.webhooks().unregister(webhookId);
            register(form, "MobileDeviceEnrolled", "MobileDeviceInventoryCompleted",
                    "SmartGroupMobileDeviceMembershipChange");
        }

        String id = jamf.enrollMobileDevice("{\"name\": \"Lab iPad 1\", \"model\": \"iPad Air (M2)\", "
                + "\"serialNumber\": \"DMPLAB0001\"}");
        assertEquals(Set.of(Integer.parseInt(id)), jamf.smartMobileDeviceGroupMembers(group));
        UpdateMobileDeviceV2 rename = new UpdateMobileDeviceV2();
        rename.setName("Spare iPad");
        client.proApi().patchMobileDevicesByIdV2(id, rename).join();
        assertEquals(Set.of(), jamf.smartMobileDeviceGroupMembers(group));

        assertEquals("Lab iPad 1", next(MobileDeviceEnrolled.class).mobileDevice().deviceName().orElseThrow());
        SmartGroupMobileDeviceMembershipChange joined = next(SmartGroupMobileDeviceMembershipChange.class);
        assertEquals(group, joined.groupId().getAsInt());
        assertEquals("Lab iPads", joined.groupName().orElseThrow());
        assertEquals(false, joined.computerGroup().orElseThrow());
        assertEquals(List.of(Integer.parseInt(id)), joined.groupAddedDevicesIds());
        assertEquals("DMPLAB0001", joined.groupAddedDevices().get(0).serialNumber().orElseThrow());
        assertEquals(List.of(), joined.groupRemovedDevicesIds());
        if (form.equals("XML")) { // registered for every group: the iPads group's change follows, in group order
            SmartGroupMobileDeviceMembershipChange iPads = next(SmartGroupMobileDeviceMembershipChange.class);
            assertEquals(seededIPads, iPads.groupId().getAsInt());
            assertEquals(List.of(Integer.parseInt(id)), iPads.groupAddedDevicesIds());
        }
        assertEquals("Spare iPad", next(MobileDeviceInventoryCompleted.class).mobileDevice().deviceName().orElseThrow());
        SmartGroupMobileDeviceMembershipChange left = next(SmartGroupMobileDeviceMembershipChange.class);
        assertEquals(List.of(), left.groupAddedDevicesIds());
        assertEquals(List.of(Integer.parseInt(id)), left.groupRemovedDevicesIds());
        assertEquals("Spare iPad", left.groupRemovedDevices().get(0).deviceName().orElseThrow());
        nothingElse();
    }

    @Test
    void eachEventGoesOnlyToTheWebhooksRegisteredForItAndAfterTheEventsOfWhatTheCallChanged() throws Exception {
        int group = jamf.addSmartComputerGroup("Lab Macs", c -> c.name().startsWith("Lab"));
        int all = register("JSON", "ComputerAdded", "SmartGroupComputerMembershipChange", "RestAPIOperation");
        int checkInsOnly = register("XML", "MobileDeviceCheckIn");

        jamf.checkIn(jamf.computers().get(0).id()); // ComputerCheckIn: registered by no one
        ClassicComputer lab = new ClassicComputer();
        ClassicComputer.General general = new ClassicComputer.General();
        general.setName("Lab Mac 1");
        general.setSerialNumber("C02LAB0001");
        lab.setGeneral(general);
        int labId = client.classicApi().createComputer(lab).join();
        jamf.checkInMobileDevice("1");

        ComputerAdded added = next(ComputerAdded.class);
        assertEquals(all, added.webhook().id().getAsInt());
        assertEquals(labId, added.computer().jssId().getAsInt());
        SmartGroupComputerMembershipChange joined = next(SmartGroupComputerMembershipChange.class);
        assertEquals(group, joined.groupId().getAsInt());
        assertEquals(List.of(labId), joined.groupAddedDevicesIds());
        assertOperation(next(RestApiOperation.class), "POST", "Computer", labId, "Lab Mac 1");
        MobileDeviceCheckIn checkIn = next(MobileDeviceCheckIn.class);
        assertEquals(checkInsOnly, checkIn.webhook().id().getAsInt());
        assertEquals(1, checkIn.mobileDevice().jssId().getAsInt());
        nothingElse();
        assertTrue(SimulatedWebhook.SIMULATED_EVENTS.containsAll(Set.of("RestAPIOperation",
                "ComputerInventoryCompleted", "MobileDeviceEnrolled", "MobileDeviceCheckIn",
                "MobileDeviceInventoryCompleted", "MobileDeviceUnEnrolled", "SmartGroupMobileDeviceMembershipChange")));
    }

    private static Building building(String name) {
        Building building = new Building();
        building.setName(name);
        return building;
    }
}
