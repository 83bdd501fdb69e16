package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.classic.model.ClassicBuilding;
import dev.jamfpro.sdk.classic.model.ClassicPolicy;
import dev.jamfpro.sdk.pro.PageQuery;
import dev.jamfpro.sdk.pro.model.Building;
import dev.jamfpro.sdk.pro.model.ComputerGeneralUpdate;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import dev.jamfpro.sdk.pro.model.ComputerInventoryUpdateRequest;
import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.pro.model.ComputerUserAndLocation;
import dev.jamfpro.sdk.pro.model.MobileDeviceDetailsGetV2;
import dev.jamfpro.sdk.pro.model.MobileDeviceV2;
import dev.jamfpro.sdk.pro.model.UpdateMobileDeviceV2;
import dev.jamfpro.sdk.pro.query.FilterField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Seed, read, update, read through the SDK against the simulator: what a test seeds is what the SDK
 * reads, what the SDK writes is what the simulator's store then holds, for the main Pro API stores
 * (typed where the generated methods are, raw where a generic round trip suits) and every Classic API
 * resource that has records.
 */
@SuppressWarnings("deprecation") // v1 inventory and Classic computers: read here to show they share the fleet
class SimulatorRoundTripTest {
    /** Pro stores and the property that names their records; each is written back with a PUT. */
    private static final Map<String, String> PRO_STORES = Map.ofEntries(
            Map.entry("/v1/departments", "name"), Map.entry("/v1/categories", "name"), Map.entry("/v1/scripts", "name"),
            Map.entry("/v1/packages", "packageName"), Map.entry("/v1/api-roles", "displayName"),
            Map.entry("/v1/computer-extension-attributes", "name"), Map.entry("/v1/advanced-mobile-device-searches", "name"),
            Map.entry("/v1/api-integrations", "displayName"), Map.entry("/v3/computer-groups/smart-groups", "name"),
            Map.entry("/v2/computer-groups/static-groups", "name"), Map.entry("/v3/computer-prestages", "displayName"),
            Map.entry("/v2/enrollment-customizations", "displayName"), Map.entry("/v1/dock-items", "name"),
            Map.entry("/v1/distribution-points", "name"), Map.entry("/v2/inventory-preload/records", "username"),
            Map.entry("/v1/accounts", "username"), Map.entry("/v1/self-service/branding/macos", "brandingName"));

    private static JamfProSimulator jamf;
    private static AsyncJamfProClient client;

    @BeforeAll
    static void start() {
        jamf = JamfProSimulator.builder().computers(20).mobileDevices(5).start();
        client = SimulatorClients.client(jamf);
    }

    @AfterAll
    static void stop() {
        client.close();
        jamf.close();
    }

    // ------------------------------------------------------------------ Pro, typed

    @Test
    void buildingsSeededReadUpdatedReadAndFound() {
        String id = jamf.proStore("/v1/buildings").add("{\"name\": \"Seeded HQ\", \"city\": \"Oslo\"}");
        Building read = client.proApi().getBuildingsByIdV1(id).join();
        assertEquals("Seeded HQ", read.getName());
        assertEquals("Oslo", read.getCity());

        read.setName("Renamed HQ");
        read.setCity("Bergen");
        client.proApi().putBuildingsByIdV1(id, read).join();
        Building again = client.proApi().getBuildingsByIdV1(id).join();
        assertEquals("Renamed HQ", again.getName());
        assertEquals("Bergen", again.getCity());
        assertTrue(jamf.proStore("/v1/buildings").get(id).orElseThrow().contains("\"Bergen\""));

        List<Building> found = client.proApi().getBuildingsV1Pages(PageQuery.builder()
                .filter(FilterField.of("name").eq("Renamed HQ")).build()).all().join();
        assertEquals(List.of(id), found.stream().map(Building::getId).toList());
        assertEquals(jamf.proStore("/v1/buildings").size(),
                client.proApi().getBuildingsV1(0, 1, null, null).join().getTotalCount());
    }

    @Test
    void computersSeededReadPatchedReadInEveryVersionAndInClassic() {
        SimulatedComputer seeded = jamf.addComputer(ComputerSeed.named("Seeded Mac").building("Main Office"));
        String id = Integer.toString(seeded.id());
        ComputerInventoryV4 v4 = client.proApi().getComputersInventoryByIdV4(id, List.of("GENERAL", "USER_AND_LOCATION"))
                .join();
        assertEquals("Seeded Mac", v4.getGeneral().getName());
        assertEquals("1", v4.getUserAndLocation().getBuildingId());

        ComputerInventoryUpdateRequest change = new ComputerInventoryUpdateRequest();
        ComputerGeneralUpdate general = new ComputerGeneralUpdate();
        general.setName("Renamed Mac");
        general.setBarcode1("BC-1"); // not a fleet field: kept as written
        change.setGeneral(general);
        ComputerUserAndLocation location = new ComputerUserAndLocation();
        location.setBuildingId("2");
        change.setUserAndLocation(location);
        client.proApi().patchComputersInventoryDetailByIdV4(id, change).join();

        ComputerInventoryV4 after = client.proApi().getComputersInventoryByIdV4(id,
                List.of("GENERAL", "USER_AND_LOCATION")).join();
        assertEquals("Renamed Mac", after.getGeneral().getName());
        assertEquals("BC-1", after.getGeneral().getBarcode1());
        assertEquals("2", after.getUserAndLocation().getBuildingId());
        ComputerInventory v1 = client.proApi().getComputersInventoryByIdV1(id, List.of("GENERAL")).join();
        assertEquals("Renamed Mac", v1.getGeneral().getName(), "v1 and v4 show one fleet");
        assertEquals("Riverside Campus", client.classicApi().getComputerById(seeded.id()).join().getLocation()
                .getBuilding(), "the Classic record shows the building the Pro API set");
        assertEquals("Renamed Mac", jamf.computer(seeded.id()).orElseThrow().name());
    }

    @Test
    void mobileDevicesSeededReadPatchedAndReadInTheirDetailShape() {
        String id = jamf.proStore("/v2/mobile-devices").add("{\"name\": \"Seeded iPad\", \"serialNumber\": \"F9SEEDED01\"}");
        MobileDeviceV2 read = client.proApi().getMobileDevicesByIdV2(id).join();
        assertEquals("Seeded iPad", read.getName());
        assertEquals("F9SEEDED01", read.getSerialNumber());

        UpdateMobileDeviceV2 change = new UpdateMobileDeviceV2();
        change.setName("Renamed iPad");
        change.setAssetTag("TAG-7");
        client.proApi().patchMobileDevicesByIdV2(id, change).join();
        MobileDeviceDetailsGetV2 detail = client.proApi().getMobileDevicesByIdDetailV2(id).join();
        assertEquals("Renamed iPad", detail.getName());
        assertEquals("TAG-7", detail.getAssetTag());
        assertEquals("F9SEEDED01", detail.getSerialNumber());
    }

    // ------------------------------------------------------------------ Pro, raw JSON through the SDK

    @TestFactory
    Stream<DynamicTest> proStoresKeepWhatWasWritten() {
        return PRO_STORES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> proRoundTrip(e.getKey(),
                e.getValue())));
    }

    private static void proRoundTrip(String path, String nameProperty) {
        ProRecords store = jamf.proStore(path);
        String id = store.add("{\"" + nameProperty + "\": \"Seeded " + path + "\"}");
        String resource = path.substring(1) + "/" + id;
        JsonObject read = json(client.proApiRequest("GET", resource, Map.of(), null).join());
        assertEquals("Seeded " + path, read.get(nameProperty).getAsString());

        JsonObject change = read.deepCopy();
        change.addProperty(nameProperty, "Renamed " + path);
        JamfResponse written = client.proApiRequest("PUT", resource, Map.of(), change).join();
        assertTrue(written.statusCode() / 100 == 2, "PUT " + resource + ": " + written.statusCode());
        JsonObject again = json(client.proApiRequest("GET", resource, Map.of(), null).join());
        assertEquals("Renamed " + path, again.get(nameProperty).getAsString());
        assertEquals("Renamed " + path, JsonParser.parseString(store.get(id).orElseThrow()).getAsJsonObject()
                .get(nameProperty).getAsString());
    }

    private static JsonObject json(JamfResponse response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    // ------------------------------------------------------------------ Classic

    @Test
    void classicTypedBuildingAndPolicy() {
        int building = jamf.classicStore("buildings").add("<building><name>Seeded Annex</name></building>");
        assertEquals("Seeded Annex", client.classicApi().getBuildingById(building).join().getName());
        ClassicBuilding change = new ClassicBuilding();
        change.setName("Renamed Annex");
        client.classicApi().updateBuildingById(building, change).join();
        assertEquals("Renamed Annex", client.classicApi().getBuildingByName("Renamed Annex").join().getName());

        int policy = jamf.classicStore("policies").add("<policy><general><name>Seeded Policy</name><enabled>true</enabled>"
                + "<trigger_checkin>true</trigger_checkin></general><custom_section><kept>yes</kept></custom_section></policy>");
        ClassicPolicy read = client.classicApi().getPolicyById(policy).join();
        assertEquals("Seeded Policy", read.getGeneral().getName());
        ClassicPolicy rename = new ClassicPolicy();
        rename.setGeneral(read.getGeneral());
        rename.getGeneral().setName("Renamed Policy");
        client.classicApi().updatePolicyById(policy, rename).join();
        String stored = jamf.classicStore("policies").get(policy).orElseThrow();
        assertTrue(stored.contains("<name>Renamed Policy</name>"), stored);
        assertTrue(stored.contains("<custom_section><kept>yes</kept></custom_section>"), "kept what the update left out");
    }

    /** Every Classic resource that has records: seeded, read, partly updated and read again through the SDK. */
    @TestFactory
    Stream<DynamicTest> everyClassicStoreKeepsWhatWasWritten() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String resource : jamf.classicResources()) {
            ClassicRecords store;
            try {
                store = jamf.classicStore(resource.equals("accounts") ? "accounts/users" : resource);
            } catch (IllegalArgumentException fleetReportOrAction) {
                continue; // computers are the fleet (above); reports and actions keep no records
            }
            if (store.size() == 0) {
                continue; // a device's report (computerhistory...): made when the device's report is first read
            }
            tests.add(DynamicTest.dynamicTest(resource, () -> classicRoundTrip(resource, store)));
        }
        assertTrue(tests.size() >= 60, "Classic stores with records: " + tests.size());
        return tests.stream();
    }

    private static void classicRoundTrip(String resource, ClassicRecords store) {
        String root = store.rootElement();
        String template = store.get(store.ids().get(0)).orElseThrow();
        boolean settings = store.readPath(store.ids().get(0)).equals(resource);
        if (settings) {
            store.clear(); // a settings resource has one record: the seeded one replaces it
        }
        // Jamf's record of this resource, made unique (ids, names and UUIDs are lookups), with an element of ours
        String seeded = template.replaceFirst("<id>\\d+</id>", "")
                .replaceFirst("<name>([^<]*)</name>", "<name>$1 (round trip)</name>")
                .replaceAll("<(uuid|command_uuid)>[^<]*</\\1>", "<$1>" + java.util.UUID.randomUUID() + "</$1>")
                .replace("</" + root + ">", "<seeded_by_test>first</seeded_by_test></" + root + ">");
        int id = store.add(seeded);
        String lookup = store.readPath(id);
        String first = client.classicApiRequest("GET", lookup, null).join().body();
        assertTrue(first.contains("<seeded_by_test>first</seeded_by_test>"), first);

        String update = "<" + root + "><updated_by_sdk>second</updated_by_sdk></" + root + ">";
        JamfResponse put;
        try {
            put = client.classicApiRequest("PUT", lookup, update).join();
        } catch (java.util.concurrent.CompletionException e) {
            assertTrue(e.getCause() instanceof dev.jamfpro.sdk.ClassicApiException c && c.statusCode() == 405,
                    "only a resource Jamf does not let update refuses a PUT: " + e.getCause());
            return;
        }
        assertEquals(201, put.statusCode());
        String second = client.classicApiRequest("GET", lookup, null).join().body();
        assertTrue(second.contains("<seeded_by_test>first</seeded_by_test>"), "kept what the update left out: " + second);
        assertTrue(second.contains("<updated_by_sdk>second</updated_by_sdk>"), "kept what the update sent: " + second);
        assertNotNull(store.get(id).orElseThrow());
    }
}
