package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfHttpException;
import dev.jamfpro.sdk.classic.model.ClassicMobileDevice;
import dev.jamfpro.sdk.classic.model.ClassicMobileDevicesItem;
import dev.jamfpro.sdk.pro.model.LocationV2;
import dev.jamfpro.sdk.pro.model.MobileDeviceDetailsGetV2;
import dev.jamfpro.sdk.pro.model.MobileDeviceV2;
import dev.jamfpro.sdk.pro.model.UpdateMobileDeviceV2;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mobile device is one record seen through both APIs, through the SDK's typed methods: enrolled, it is
 * read through {@code classicApi()} by id, serial number and UDID; changed through Classic, {@code proApi()}
 * reads the change in the list, the item and the detail; changed through Pro, Classic reads it; deleted
 * through Classic, Pro answers 404; both count the same devices.
 */
class SimulatorSharedMobileDevicesTest {
    private JamfProSimulator jamf;
    private AsyncJamfProClient client;

    @BeforeEach
    void start() {
        jamf = JamfProSimulator.builder().computers(1).mobileDevices(4).start();
        client = SimulatorClients.client(jamf);
    }

    @AfterEach
    void stop() {
        client.close();
        jamf.close();
    }

    @Test
    void enrolledThenReadThroughClassicByIdSerialNumberAndUdid() {
        String id = jamf.enrollMobileDevice("{\"name\": \"Nora's iPad\", \"serialNumber\": \"DMPNORA0001\","
                + " \"udid\": \"00008112-NORA\", \"wifiMacAddress\": \"A4:83:E7:00:00:07\", \"model\": \"iPad Air (M2)\","
                + " \"modelIdentifier\": \"iPad14,8\", \"osVersion\": \"18.2\", \"managed\": true,"
                + " \"assetTag\": \"NORA-1\", \"ios\": {\"supervised\": true}}");
        for (ClassicMobileDevice device : List.of(client.classicApi().getMobileDeviceById(Integer.parseInt(id)).join(),
                client.classicApi().getMobileDeviceBySerialNumber("DMPNORA0001").join(),
                client.classicApi().getMobileDeviceByUdid("00008112-NORA").join())) {
            ClassicMobileDevice.General general = device.getGeneral();
            assertEquals(Integer.valueOf(id), general.getId());
            assertEquals("Nora's iPad", general.getName());
            assertEquals("Nora's iPad", general.getDisplayName());
            assertEquals("DMPNORA0001", general.getSerialNumber());
            assertEquals("00008112-NORA", general.getUdid());
            assertEquals("A4:83:E7:00:00:07", general.getWifiMacAddress());
            assertEquals("iPad Air (M2)", general.getModel());
            assertEquals("iPad14,8", general.getModelIdentifier());
            assertEquals("18.2", general.getOsVersion());
            assertEquals(true, general.getManaged());
            assertEquals(true, general.getSupervised());
            assertEquals("NORA-1", general.getAssetTag());
        }
    }

    @Test
    void changedThroughClassicThenReadThroughTheProListItemAndDetail() {
        ClassicMobileDevice change = named("Reception iPad");
        change.getGeneral().setAssetTag("REC-2");
        change.getGeneral().setOsVersion("18.3");
        client.classicApi().updateMobileDeviceById(2, change).join();

        MobileDeviceV2 listed = client.proApi().getMobileDevicesV2(0, 100, null).join().getResults().stream()
                .filter(d -> d.getId().equals("2")).findFirst().orElseThrow();
        assertEquals("Reception iPad", listed.getName());
        MobileDeviceV2 item = client.proApi().getMobileDevicesByIdV2("2").join();
        assertEquals("Reception iPad", item.getName());
        assertEquals(listed.getSerialNumber(), item.getSerialNumber());
        MobileDeviceDetailsGetV2 detail = client.proApi().getMobileDevicesByIdDetailV2("2").join();
        assertEquals("Reception iPad", detail.getName());
        assertEquals("REC-2", detail.getAssetTag());
        assertEquals("18.3", detail.getOsVersion());
        assertEquals(item.getUdid(), detail.getUdid());
        assertEquals(item.getUdid(), client.classicApi().getMobileDeviceById(2).join().getGeneral().getUdid());
    }

    @Test
    void changedThroughProThenReadThroughClassic() {
        UpdateMobileDeviceV2 change = new UpdateMobileDeviceV2();
        change.setName("Loaner iPhone");
        change.setAssetTag("LOAN-3");
        LocationV2 location = new LocationV2();
        location.setRoom("Store room");
        change.setLocation(location);
        client.proApi().patchMobileDevicesByIdV2("3", change).join();

        ClassicMobileDevice device = client.classicApi().getMobileDeviceByName("Loaner iPhone").join();
        assertEquals(3, device.getGeneral().getId());
        assertEquals("Loaner iPhone", device.getGeneral().getDeviceName());
        assertEquals("LOAN-3", device.getGeneral().getAssetTag());
        assertEquals("Store room", device.getLocation().getRoom());
    }

    @Test
    void createdAndDeletedThroughClassicAndCountedAlikeByBoth() {
        ClassicMobileDevice phone = named("Sam's iPhone");
        phone.getGeneral().setSerialNumber("DMPSAM0002");
        phone.getGeneral().setUdid("00008110-SAM");
        int id = client.classicApi().createMobileDevice(phone).join();
        assertEquals(5, id, "one id sequence: after the four seeded devices");
        MobileDeviceV2 sam = client.proApi().getMobileDevicesByIdV2(Integer.toString(id)).join();
        assertEquals("Sam's iPhone", sam.getName());
        assertEquals("DMPSAM0002", sam.getSerialNumber());
        assertEquals("00008110-SAM", sam.getUdid());
        assertEquals(ids(), classicIds());

        client.classicApi().deleteMobileDeviceById(id).join();
        client.classicApi().deleteMobileDeviceById(1).join();
        assertEquals(404, status(client.proApi().getMobileDevicesByIdV2(Integer.toString(id))));
        assertEquals(404, status(client.proApi().getMobileDevicesByIdDetailV2("1")));
        assertEquals(List.of(2, 3, 4), ids());
        assertEquals(ids(), classicIds());
    }

    /** A Classic device that gives only its name (and what the caller adds to its general section). */
    private static ClassicMobileDevice named(String name) {
        ClassicMobileDevice device = new ClassicMobileDevice();
        device.setGeneral(new ClassicMobileDevice.General());
        device.getGeneral().setName(name);
        return device;
    }

    private List<Integer> ids() {
        var page = client.proApi().getMobileDevicesV2(0, 100, null).join();
        assertEquals(page.getResults().size(), page.getTotalCount());
        return page.getResults().stream().map(d -> Integer.parseInt(d.getId())).toList();
    }

    private List<Integer> classicIds() {
        return client.classicApi().listAllMobileDevices().join().stream().map(ClassicMobileDevicesItem::getId).toList();
    }

    private static int status(CompletableFuture<?> call) {
        try {
            call.join();
            throw new AssertionError("expected a failure");
        } catch (CompletionException e) {
            return assertInstanceOf(JamfHttpException.class, e.getCause()).statusCode();
        }
    }
}
