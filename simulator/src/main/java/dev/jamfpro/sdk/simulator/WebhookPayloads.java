package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

    /** The event of ComputerCheckIn. */
    static JsonObject checkIn(SimulatedComputer c, String trigger) {
        JsonObject o = new JsonObject();
        o.add("computer", computer(c));
        o.addProperty("trigger", trigger);
        o.addProperty("username", text(c.username()));
        return o;
    }

    /** The event of SmartGroupComputerMembershipChange. */
    static JsonObject smartGroupChange(int groupId, String name, List<SimulatedComputer> added,
                                       List<SimulatedComputer> removed) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("jssid", groupId);
        o.addProperty("smartGroup", true);
        o.addProperty("computer", true);
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

    private static JsonArray records(List<SimulatedComputer> computers) {
        JsonArray array = new JsonArray();
        computers.forEach(c -> array.add(computer(c)));
        return array;
    }

    private static JsonArray ids(List<SimulatedComputer> computers) {
        JsonArray array = new JsonArray();
        computers.forEach(c -> array.add(c.id()));
        return array;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
