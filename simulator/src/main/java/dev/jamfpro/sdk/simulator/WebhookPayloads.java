package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jamf Pro's webhook payloads, built from the simulator's state: {@code {webhook, event}} in JSON, or
 * the same names under {@code <JSSEvent>} in XML (a list as its elements repeated under its name).
 */
final class WebhookPayloads {
    private WebhookPayloads() {
    }

    /** The computer record Jamf sends in computer events, every field present ({@code ""} when unset). */
    static JsonObject computer(SimulatedComputer c) {
        JsonObject o = new JsonObject();
        o.addProperty("udid", c.udid());
        o.addProperty("deviceName", c.name());
        o.addProperty("model", c.model());
        o.addProperty("macAddress", text(c.macAddress()));
        o.addProperty("alternateMacAddress", text(c.altMacAddress()));
        o.addProperty("serialNumber", c.serialNumber());
        o.addProperty("osVersion", c.osVersion());
        o.addProperty("osBuild", c.osBuild());
        o.addProperty("userDirectoryID", "-1");
        o.addProperty("username", text(c.username()));
        o.addProperty("realName", text(c.realName()));
        o.addProperty("emailAddress", text(c.email()));
        o.addProperty("phone", text(c.phone()));
        o.addProperty("position", text(c.position()));
        o.addProperty("department", text(c.department()));
        o.addProperty("building", text(c.building()));
        o.addProperty("room", text(c.room()));
        o.addProperty("ipAddress", text(c.ipAddress()));
        o.addProperty("reportedIpAddress", text(c.lastReportedIp()));
        o.addProperty("jssID", c.id());
        o.addProperty("managementId", text(c.managementId()));
        return o;
    }

    /**
     * The mobile device record Jamf sends in mobile device events, every field present ({@code ""} when
     * unset), from the device as the Pro API ({@code /v2/mobile-devices/{id}/detail}) or the Classic API
     * ({@code mobiledevices}) shows it: each field is the first of its names found, the record's own
     * fields before those of its sections ({@code location}, {@code ios}, {@code network}...).
     */
    static JsonObject mobileDevice(int id, Map<String, String> fields) {
        JsonObject o = new JsonObject();
        o.addProperty("udid", first(fields, "udid"));
        o.addProperty("deviceName", first(fields, "name", "device_name", "display_name"));
        o.addProperty("version", first(fields, "osVersion", "os_version"));
        o.addProperty("model", first(fields, "model"));
        o.addProperty("modelDisplay", first(fields, "model_display", "model"));
        o.addProperty("product", first(fields, "modelIdentifier", "model_identifier"));
        o.addProperty("serialNumber", first(fields, "serialNumber", "serial_number"));
        o.addProperty("osVersion", first(fields, "osVersion", "os_version"));
        o.addProperty("osBuild", first(fields, "osBuild", "os_build"));
        o.addProperty("bluetoothMacAddress", first(fields, "bluetoothMacAddress", "bluetooth_mac_address"));
        o.addProperty("wifiMacAddress", first(fields, "wifiMacAddress", "wifi_mac_address"));
        o.addProperty("imei", first(fields, "imei"));
        o.addProperty("icciID", first(fields, "iccid"));
        o.addProperty("userDirectoryID", "-1");
        o.addProperty("username", first(fields, "username"));
        o.addProperty("realName", first(fields, "realName", "realname", "real_name"));
        o.addProperty("emailAddress", first(fields, "emailAddress", "email_address"));
        o.addProperty("phone", first(fields, "phoneNumber", "phone", "phone_number"));
        o.addProperty("position", first(fields, "position"));
        o.addProperty("department", first(fields, "department"));
        o.addProperty("building", first(fields, "building"));
        o.addProperty("room", first(fields, "room"));
        o.addProperty("ipAddress", first(fields, "ipAddress", "ip_address"));
        o.addProperty("jssID", id);
        return o;
    }

    /** The leaf fields of a JSON record by name, the record's own first, then its sections' (breadth first). */
    static Map<String, String> fields(JsonObject record) {
        Map<String, String> fields = new LinkedHashMap<>();
        java.util.ArrayDeque<JsonObject> queue = new java.util.ArrayDeque<>(List.of(record));
        while (!queue.isEmpty()) {
            for (Map.Entry<String, JsonElement> e : queue.removeFirst().entrySet()) {
                JsonElement value = e.getValue();
                if (value.isJsonObject()) {
                    queue.add(value.getAsJsonObject());
                } else if (value.isJsonPrimitive()) {
                    fields.putIfAbsent(e.getKey(), value.getAsString());
                }
            }
        }
        return fields;
    }

    /** The leaf fields of an XML record by name, the record's own first, then its sections' (breadth first). */
    static Map<String, String> fields(XmlNode record) {
        Map<String, String> fields = new LinkedHashMap<>();
        java.util.ArrayDeque<XmlNode> queue = new java.util.ArrayDeque<>(List.of(record));
        while (!queue.isEmpty()) {
            for (XmlNode child : queue.removeFirst().children()) {
                if (child.isLeaf()) {
                    fields.putIfAbsent(child.name(), child.text() == null ? "" : child.text());
                } else if (!child.isList()) {
                    queue.add(child);
                }
            }
        }
        return fields;
    }

    private static String first(Map<String, String> fields, String... names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    /** The event of RestAPIOperation: a call through the API that changed {@code objectTypeName} {@code objectId}. */
    static JsonObject restApiOperation(String username, int objectId, String objectName, String objectTypeName,
                                       String operation) {
        JsonObject o = new JsonObject();
        o.addProperty("authorizedUsername", text(username));
        o.addProperty("objectID", objectId);
        o.addProperty("objectName", text(objectName));
        o.addProperty("objectTypeName", objectTypeName);
        o.addProperty("operationSuccessful", true);
        o.addProperty("restAPIOperationType", operation);
        return o;
    }

    /** The event of ComputerCheckIn. */
    static JsonObject checkIn(SimulatedComputer c, String trigger) {
        JsonObject o = new JsonObject();
        o.add("computer", computer(c));
        o.addProperty("trigger", trigger);
        o.addProperty("username", text(c.username()));
        return o;
    }

    /**
     * The event of SmartGroupComputerMembershipChange ({@code computer} true) and
     * SmartGroupMobileDeviceMembershipChange ({@code computer} false): the records that joined and left, each
     * with its {@code jssID}.
     */
    static JsonObject smartGroupChange(int groupId, String name, boolean computer, List<JsonObject> added,
                                       List<JsonObject> removed) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("jssid", groupId);
        o.addProperty("smartGroup", true);
        o.addProperty("computer", computer);
        o.add("groupAddedDevices", records(added));
        o.add("groupAddedDevicesIds", ids(added));
        o.add("groupRemovedDevices", records(removed));
        o.add("groupRemovedDevicesIds", ids(removed));
        return o;
    }

    /** {@code {webhook: {id, name, webhookEvent, eventTimestamp}, event}}. */
    static JsonObject payload(int webhookId, String webhookName, String eventName, Instant timestamp,
                              JsonObject event) {
        JsonObject webhook = new JsonObject();
        webhook.addProperty("id", webhookId);
        webhook.addProperty("name", webhookName);
        webhook.addProperty("webhookEvent", eventName);
        webhook.addProperty("eventTimestamp", timestamp.toEpochMilli());
        JsonObject payload = new JsonObject();
        payload.add("webhook", webhook);
        payload.add("event", event);
        return payload;
    }

    static byte[] json(JsonObject payload) {
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xml(JsonObject payload) {
        StringBuilder x = new StringBuilder(2048).append(ClassicXml.PROLOG);
        element(x, "JSSEvent", payload);
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder x, String name, JsonElement value) {
        if (value.isJsonArray()) {
            value.getAsJsonArray().forEach(item -> element(x, name, item));
            return;
        }
        x.append('<').append(name).append('>');
        if (value.isJsonObject()) {
            for (Map.Entry<String, JsonElement> child : value.getAsJsonObject().entrySet()) {
                element(x, child.getKey(), child.getValue());
            }
        } else if (!value.isJsonNull()) {
            ClassicXml.escape(x, value.getAsString());
        }
        x.append("</").append(name).append('>');
    }

    private static JsonArray records(List<JsonObject> records) {
        JsonArray array = new JsonArray();
        records.forEach(array::add);
        return array;
    }

    private static JsonArray ids(List<JsonObject> records) {
        JsonArray array = new JsonArray();
        records.forEach(r -> array.add(r.get("jssID")));
        return array;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
