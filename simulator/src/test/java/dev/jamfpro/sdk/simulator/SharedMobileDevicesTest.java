package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mobile device is one record seen through both APIs, over HTTP: enrolled or changed through one API,
 * it is the same device under the same id through the other, and each change posts exactly one event.
 */
class SharedMobileDevicesTest {
    private JamfProSimulator sim;
    private TestHttp http;
    private String token;
    private String receiver;

    @BeforeEach
    void start() throws Exception {
        sim = JamfProSimulator.builder().computers(2).mobileDevices(6).start();
        http = new TestHttp(sim);
        token = http.oauthToken();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            receiver = "http://localhost:" + free.getLocalPort() + "/nobody"; // the deliveries are what is checked
        }
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aDeviceEnrolledThroughTheTestApiIsReadThroughClassicByIdSerialAndUdid() {
        String id = sim.enrollMobileDevice("{\"name\": \"Test iPad\", \"serialNumber\": \"DMPXK1ABCD12\","
                + " \"udid\": \"00008110-000A1B2C3D4E5F60\", \"wifiMacAddress\": \"A4:83:E7:12:34:56\","
                + " \"model\": \"iPad Pro 11-inch\", \"modelIdentifier\": \"iPad14,3\", \"osVersion\": \"17.5\","
                + " \"managed\": true, \"assetTag\": \"TAG-0042\", \"phoneNumber\": \"+1 555 0199\","
                + " \"ios\": {\"supervised\": false}}");
        assertEquals("7", id, "the next id after the six seeded devices");
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(Map.entry("general/id", id),
                Map.entry("general/name", "Test iPad"), Map.entry("general/display_name", "Test iPad"),
                Map.entry("general/device_name", "Test iPad"), Map.entry("general/serial_number", "DMPXK1ABCD12"),
                Map.entry("general/udid", "00008110-000A1B2C3D4E5F60"),
                Map.entry("general/wifi_mac_address", "A4:83:E7:12:34:56"),
                Map.entry("general/model", "iPad Pro 11-inch"), Map.entry("general/model_identifier", "iPad14,3"),
                Map.entry("general/os_version", "17.5"), Map.entry("general/managed", "true"),
                Map.entry("general/supervised", "false"), Map.entry("general/asset_tag", "TAG-0042"),
                Map.entry("general/phone_number", "+1 555 0199")));
        for (String lookup : List.of("id/" + id, "serialnumber/DMPXK1ABCD12", "udid/00008110-000A1B2C3D4E5F60",
                "macaddress/A4:83:E7:12:34:56", "name/Test%20iPad")) {
            XmlNode device = classic("mobiledevices/" + lookup);
            expected.forEach((path, value) -> assertEquals(value, device.textAt(path), lookup + ": " + path));
        }
    }

    @Test
    void aDeviceChangedThroughClassicIsReadThroughTheProListAndDetail() {
        JsonObject detailBefore = pro("/v2/mobile-devices/3/detail");
        String modelNumber = classic("mobiledevices/id/3").textAt("general/model_number");
        HttpResponse<String> put = http.put("/JSSResource/mobiledevices/id/3", token, "application/xml",
                "<mobile_device><general><name>Front Desk iPad</name><asset_tag>FD-1</asset_tag>"
                        + "<serial_number>F9FXL2QWERTY</serial_number><os_version>18.3</os_version>"
                        + "<supervised>false</supervised><managed>false</managed></general>"
                        + "<location><room>Lobby</room></location></mobile_device>");
        assertEquals(201, put.statusCode(), put.body());

        JsonObject item = pro("/v2/mobile-devices/3");
        assertEquals("Front Desk iPad", item.get("name").getAsString());
        assertEquals("F9FXL2QWERTY", item.get("serialNumber").getAsString());
        JsonObject listed = null;
        for (JsonElement e : pro("/v2/mobile-devices?page-size=100").getAsJsonArray("results")) {
            if (e.getAsJsonObject().get("id").getAsString().equals("3")) {
                listed = e.getAsJsonObject();
            }
        }
        assertEquals(item, listed, "the list shows the device as its item does");
        JsonObject detail = pro("/v2/mobile-devices/3/detail");
        assertEquals("Front Desk iPad", detail.get("name").getAsString());
        assertEquals("FD-1", detail.get("assetTag").getAsString());
        assertEquals("F9FXL2QWERTY", detail.get("serialNumber").getAsString());
        assertEquals("18.3", detail.get("osVersion").getAsString());
        assertEquals(false, detail.get("managed").getAsBoolean());
        assertEquals(false, detail.getAsJsonObject("ios").get("supervised").getAsBoolean());
        assertEquals("Lobby", detail.getAsJsonObject("location").get("room").getAsString());
        XmlNode classic = classic("mobiledevices/id/3");
        assertEquals(item.get("udid").getAsString(), classic.textAt("general/udid"), "what Classic did not send is kept");
        assertEquals(detail.get("bluetoothMacAddress").getAsString(), classic.textAt("general/bluetooth_mac_address"));
        assertEquals("Front Desk iPad", classic.textAt("general/display_name"), "one name, shown in each element");
        assertEquals(modelNumber, classic.textAt("general/model_number"), "a Classic-only field stays as it was");
        assertEquals(detailBefore.getAsJsonObject("ios").get("batteryLevel"),
                detail.getAsJsonObject("ios").get("batteryLevel"), "a Pro-only field stays as it was");
    }

    @Test
    void aDeviceRenamedThroughProIsReadThroughClassic() {
        HttpResponse<String> patch = http.send(HttpRequest.newBuilder(http.uri("/api/v2/mobile-devices/2"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"Loaner iPhone\", \"assetTag\": \"LN-7\", \"location\": {\"room\": \"B12\"}}"))
                .build());
        assertEquals(200, patch.statusCode(), patch.body());
        XmlNode classic = classic("mobiledevices/id/2");
        assertEquals("Loaner iPhone", classic.textAt("general/name"));
        assertEquals("Loaner iPhone", classic.textAt("general/device_name"));
        assertEquals("LN-7", classic.textAt("general/asset_tag"));
        assertEquals("B12", classic.textAt("location/room"));
        assertEquals("Loaner iPhone", classic("mobiledevices/name/Loaner%20iPhone").textAt("general/name"));
    }

    @Test
    void aDeviceDeletedThroughClassicIsGoneFromProAndTheCountsAgree() {
        assertEquals(ids(), classicIds());
        assertEquals(200, http.delete("/JSSResource/mobiledevices/id/4", token).statusCode());
        assertEquals(404, http.get("/api/v2/mobile-devices/4", token).statusCode());
        assertEquals(404, http.get("/api/v2/mobile-devices/4/detail", token).statusCode());

        HttpResponse<String> created = http.post("/JSSResource/mobiledevices/id/0", token, "application/xml",
                "<mobile_device><general><name>Kiosk</name><serial_number>KIOSK0000001</serial_number>"
                        + "<udid>11111111-2222-3333-4444-555555555555</udid></general></mobile_device>");
        assertEquals(201, created.statusCode(), created.body());
        String id = XmlNode.parse(created.body()).textAt("id");
        assertEquals("7", id, "one id sequence for both APIs");
        JsonObject kiosk = pro("/v2/mobile-devices/" + id);
        assertEquals("Kiosk", kiosk.get("name").getAsString());
        assertEquals("11111111-2222-3333-4444-555555555555", kiosk.get("udid").getAsString());

        HttpResponse<String> sameName = http.post("/JSSResource/mobiledevices/id/0", token, "application/xml",
                "<mobile_device><general><name>Kiosk</name></general></mobile_device>");
        assertEquals(201, sameName.statusCode(), "names of mobile devices are not unique: " + sameName.body());
        assertEquals(200, http.delete("/JSSResource/mobiledevices/id/8", token).statusCode());
        List<String> ids = ids();
        assertEquals(List.of("1", "2", "3", "5", "6", "7"), ids);
        assertEquals(ids, classicIds());
        assertEquals(200, http.delete("/JSSResource/mobiledevices/id/" + id, token).statusCode());
        assertEquals(404, http.get("/api/v2/mobile-devices/" + id, token).statusCode());
        assertEquals(List.of("1", "2", "3", "5", "6"), ids());
        assertEquals(ids(), classicIds());
    }

    @Test
    void eachChangeThroughEitherApiPostsExactlyOneEventForTheSameId() throws Exception {
        sim.webhooks().register(receiver, "MobileDeviceEnrolled", "MobileDeviceInventoryCompleted",
                "MobileDeviceUnEnrolled");
        int group = sim.addSmartMobileDeviceGroup("Lobby devices", d -> "Lobby Kiosk".equals(d.get("deviceName")));

        String id = sim.enrollMobileDevice("{\"name\": \"Spare iPad\", \"serialNumber\": \"SPARE0000001\"}");
        assertEquals(201, http.put("/JSSResource/mobiledevices/id/" + id, token, "application/xml",
                "<mobile_device><general><name>Lobby Kiosk</name></general></mobile_device>").statusCode());
        assertEquals(Set.of(Integer.parseInt(id)), sim.smartMobileDeviceGroupMembers(group));
        HttpResponse<String> patch = http.send(HttpRequest.newBuilder(http.uri("/api/v2/mobile-devices/" + id))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"assetTag\": \"LK-1\"}")).build());
        assertEquals(200, patch.statusCode(), patch.body());
        assertEquals(200, http.delete("/JSSResource/mobiledevices/id/" + id, token).statusCode());
        assertEquals(Set.of(), sim.smartMobileDeviceGroupMembers(group));

        assertTrue(sim.webhooks().awaitDeliveries(Duration.ofSeconds(10)));
        List<String> events = new ArrayList<>();
        for (WebhookDelivery d : sim.webhooks().deliveries()) {
            JsonObject payload = JsonParser.parseString(d.body()).getAsJsonObject();
            JsonObject event = payload.getAsJsonObject("event");
            events.add(d.eventName() + " " + event.get("jssID").getAsString() + " " + event.get("deviceName").getAsString());
        }
        assertEquals(List.of("MobileDeviceEnrolled " + id + " Spare iPad",
                "MobileDeviceInventoryCompleted " + id + " Lobby Kiosk",
                "MobileDeviceInventoryCompleted " + id + " Lobby Kiosk",
                "MobileDeviceUnEnrolled " + id + " Lobby Kiosk"), events);
    }

    private List<String> ids() {
        List<String> ids = new ArrayList<>();
        JsonObject page = pro("/v2/mobile-devices?page-size=100");
        for (JsonElement e : page.getAsJsonArray("results")) {
            ids.add(e.getAsJsonObject().get("id").getAsString());
        }
        assertEquals(ids.size(), page.get("totalCount").getAsInt());
        return ids;
    }

    private List<String> classicIds() {
        XmlNode list = classic("mobiledevices");
        List<String> ids = new ArrayList<>();
        for (XmlNode item : list.children()) {
            if (!item.name().equals("size")) {
                ids.add(item.textAt("id"));
            }
        }
        assertEquals(Integer.toString(ids.size()), list.textAt("size"));
        return ids;
    }

    private JsonObject pro(String path) {
        HttpResponse<String> response = http.get("/api" + path, token);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return TestHttp.json(response);
    }

    private XmlNode classic(String path) {
        HttpResponse<String> response = http.get("/JSSResource/" + path, token);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return XmlNode.parse(response.body());
    }
}
