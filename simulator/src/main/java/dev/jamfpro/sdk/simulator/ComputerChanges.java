package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * A Pro API inventory body ({@code PATCH .../computers-inventory-detail/{id}}'s update request, or a
 * create request) applied to a computer: the fields the fleet models (name, asset tag, serial number,
 * location, ...) change the computer; everything else is kept as the computer's stored changes and
 * shown on every read, so what was written is what is read.
 */
final class ComputerChanges {
    private ComputerChanges() {
    }

    static SimulatedComputer.Builder apply(SimulatedComputer.Builder b, JsonObject body, Directory directory) {
        JsonObject rest = body.deepCopy();
        String udid = take(rest, "udid");
        if (udid != null) {
            b.udid = udid;
        }
        JsonObject general = section(rest, "general");
        if (general != null) {
            b.name = orKeep(take(general, "name"), b.name);
            b.assetTag = orKeepNullable(general, "assetTag", b.assetTag);
            b.ipAddress = orKeep(take(general, "lastIpAddress"), b.ipAddress);
            if (general.has("managed") && general.get("managed").isJsonPrimitive()) {
                b.managed = general.remove("managed").getAsBoolean();
            }
            JsonElement remote = general.get("remoteManagement");
            if (remote != null && remote.isJsonObject()) {
                JsonObject r = remote.getAsJsonObject();
                if (r.has("managed") && r.get("managed").isJsonPrimitive()) {
                    b.managed = r.remove("managed").getAsBoolean();
                }
                b.managementUsername = orKeep(take(r, "managementUsername"), b.managementUsername);
            }
            if (general.has("supervised") && general.get("supervised").isJsonPrimitive()) {
                b.supervised = general.remove("supervised").getAsBoolean();
            }
            b.jamfBinaryVersion = orKeep(take(general, "jamfBinaryVersion"), b.jamfBinaryVersion);
        }
        JsonObject hardware = section(rest, "hardware");
        if (hardware != null) {
            b.serialNumber = orKeep(take(hardware, "serialNumber"), b.serialNumber);
            b.macAddress = orKeep(take(hardware, "macAddress"), b.macAddress);
            b.altMacAddress = orKeepNullable(hardware, "altMacAddress", b.altMacAddress);
            b.model = orKeep(take(hardware, "model"), b.model);
            b.modelIdentifier = orKeep(take(hardware, "modelIdentifier"), b.modelIdentifier);
        }
        JsonObject os = section(rest, "operatingSystem");
        if (os != null) {
            b.osName = orKeep(take(os, "name"), b.osName);
            b.osVersion = orKeep(take(os, "version"), b.osVersion);
            b.osBuild = orKeep(take(os, "build"), b.osBuild);
        }
        JsonObject location = section(rest, "userAndLocation");
        if (location != null) {
            b.username = orKeepNullable(location, "username", b.username);
            b.realName = orKeepNullable(location, "realname", b.realName);
            b.email = orKeepNullable(location, "email", b.email);
            b.position = orKeepNullable(location, "position", b.position);
            b.phone = orKeepNullable(location, "phone", b.phone);
            b.room = orKeepNullable(location, "room", b.room);
            if (location.has("buildingId")) {
                b.buildingId = emptyToNull(orKeepNullable(location, "buildingId", b.buildingId));
                b.building = b.buildingId == null ? null : directory.buildingName(b.buildingId).orElse(b.building);
            }
            if (location.has("departmentId")) {
                b.departmentId = emptyToNull(orKeepNullable(location, "departmentId", b.departmentId));
                b.department = b.departmentId == null ? null : directory.departmentName(b.departmentId).orElse(b.department);
            }
        }
        // what the fleet does not model is kept as it was written
        JsonObject changes = b.changes == null ? new JsonObject() : b.changes;
        for (Map.Entry<String, JsonElement> member : rest.entrySet()) {
            if (member.getValue().isJsonNull()
                    || member.getValue().isJsonObject() && member.getValue().getAsJsonObject().size() == 0) {
                continue; // a section sent as null or emptied of fleet fields changes nothing
            }
            changes.add(member.getKey(), JsonMerge.mergePatch(changes.get(member.getKey()), member.getValue()));
        }
        b.changes = changes.size() == 0 ? null : changes;
        return b;
    }

    private static JsonObject section(JsonObject body, String name) {
        JsonElement section = body.get(name);
        return section != null && section.isJsonObject() ? section.getAsJsonObject() : null;
    }

    /** Removes and returns a text member; null when absent or null. */
    private static String take(JsonObject object, String name) {
        JsonElement value = object.remove(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static String orKeep(String value, String current) {
        return value != null ? value : current;
    }

    /** A member that may be set to null (cleared); absent keeps the current value. */
    private static String orKeepNullable(JsonObject object, String name, String current) {
        if (!object.has(name)) {
            return current;
        }
        JsonElement value = object.remove(name);
        return value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
