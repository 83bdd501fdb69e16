package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a successful write through the Pro or Classic API means in Jamf Pro's webhook events:
 * {@code RestAPIOperation} for every {@code POST}, {@code PUT}, {@code PATCH} and {@code DELETE} that
 * answered 2xx, and the mobile device events of the writes that enroll ({@code mobiledevices} created),
 * change (inventory) or remove a mobile device. The events of the fleet's own changes (a computer added or
 * changed by the same call) come from {@link FleetWebhooks}, inside the call.
 *
 * <p>A write runs under the fleet's write lock ({@link Fleet#inOrder}), its events queued before the lock
 * is let go: every event, of the fleet or of a call, is queued in the one order the changes happened, and
 * a call's {@code RestAPIOperation} follows the events of what it changed.
 */
final class ApiWebhooks {
    static final String REST_API_OPERATION = "RestAPIOperation";
    static final String MOBILE_DEVICE_ENROLLED = "MobileDeviceEnrolled";
    static final String MOBILE_DEVICE_UN_ENROLLED = "MobileDeviceUnEnrolled";
    static final String MOBILE_DEVICE_CHECK_IN = "MobileDeviceCheckIn";
    static final String MOBILE_DEVICE_INVENTORY_COMPLETED = "MobileDeviceInventoryCompleted";
    static final String SMART_GROUP_MOBILE_DEVICE_MEMBERSHIP_CHANGE = "SmartGroupMobileDeviceMembershipChange";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String PRO_MOBILE_DEVICES = "mobile-devices";
    private static final String CLASSIC_MOBILE_DEVICES = "mobiledevices";

    /**
     * The object a write addresses: its type as Jamf names it, its id (null for a create: the answer tells),
     * the path that reads it (before the id, for a create), and whether it is a mobile device.
     */
    private record Target(boolean pro, String typeName, String id, List<String> base, boolean create,
                          boolean mobileDevice) {
        /** The segments of a GET of the object {@code id}. */
        List<String> read(String objectId) {
            List<String> path = new ArrayList<>(base);
            if (create || !pro) {
                path.add(objectId);
            }
            return path;
        }
    }

    /** An object read back: its fields by name (the record's own first) and its name; empty when unreadable. */
    private record Read(Map<String, String> fields, String name) {
        static final Read NONE = new Read(Map.of(), "");
    }

    private final SimulatedWebhooks webhooks;
    private final Fleet fleet;
    /** Changed and read in change order only (under {@link Fleet#inOrder}). */
    private final SmartGroups<Map<String, String>> mobileGroups = new SmartGroups<>("smart mobile device group");
    private final JamfRoutes routes;
    private final Supplier<ProEngine> engine;
    private final Supplier<Directory> directory;
    /** The Pro API's mobile devices, as stored: what the device events of the test API also send. */
    private final Supplier<RecordCollection> mobileDevices;
    private final Clock clock;

    ApiWebhooks(SimulatedWebhooks webhooks, Fleet fleet, JamfRoutes routes, Supplier<ProEngine> engine,
                Supplier<Directory> directory, Supplier<RecordCollection> mobileDevices, Clock clock) {
        this.webhooks = webhooks;
        this.fleet = fleet;
        this.routes = routes;
        this.engine = engine;
        this.directory = directory;
        this.mobileDevices = mobileDevices;
        this.clock = clock;
    }

    /** Answers {@code request} ({@link JamfRoutes#route}); a write, in change order and with its events. */
    SimResponse route(SimRequest request, List<String> segments, String path) {
        if (!WRITES.contains(request.method()) || JamfRoutes.isAuthPath(path) || segments.size() < 2
                || !(segments.get(0).equals("api") || segments.get(0).equals("JSSResource"))) {
            return routes.route(request, segments, path);
        }
        return fleet.inOrder(() -> write(request, segments, path));
    }

    private SimResponse write(SimRequest request, List<String> segments, String path) {
        String method = request.method();
        Target target = segments.get(0).equals("api") ? proTarget(method, segments) : classicTarget(method, segments);
        // decided once, before the write: a registration made while it runs gets none of its events, rather
        // than one without what could only be read before (a deleted object's name, a removed device)
        boolean operation = target != null && webhooks.wants(REST_API_OPERATION);
        boolean unEnrolled = target != null && target.mobileDevice() && method.equals("DELETE")
                && (webhooks.wants(MOBILE_DEVICE_UN_ENROLLED) || !mobileGroups.isEmpty());
        // a deleted object can only be read before: its name (and a device's record) for the events
        Read before = method.equals("DELETE") && (operation || unEnrolled)
                ? read(request, target.pro() ? target.read(target.id()) : segments.subList(0, Math.min(4, segments.size())))
                : Read.NONE;
        String principal = routes.principal(request);
        SimResponse response = routes.route(request, segments, path);
        if (target == null || principal == null || response.status() / 100 != 2) {
            return response;
        }
        String id = target.id() != null ? target.id() : answeredId(target.pro(), response);
        Instant at = clock.instant();
        Read[] after = {null};
        Supplier<Read> readAfter = () -> {
            if (after[0] == null) {
                after[0] = id == null ? Read.NONE : read(request, target.read(id));
            }
            return after[0];
        };
        int objectId = number(id);
        if (target.mobileDevice() && (unEnrolled || !method.equals("DELETE"))) {
            String event = method.equals("DELETE") ? MOBILE_DEVICE_UN_ENROLLED
                    : target.create() ? MOBILE_DEVICE_ENROLLED : MOBILE_DEVICE_INVENTORY_COMPLETED;
            Supplier<Read> device = method.equals("DELETE") ? () -> before : readAfter;
            webhooks.emit(event, () -> WebhookPayloads.mobileDevice(objectId, device.get().fields()), 0, at);
            mobileGroupsAfter(objectId, () -> WebhookPayloads.mobileDevice(objectId, device.get().fields()),
                    !method.equals("DELETE"), at);
        }
        if (operation) {
            webhooks.emit(REST_API_OPERATION, () -> WebhookPayloads.restApiOperation(principal, objectId,
                    (method.equals("DELETE") ? before : readAfter.get()).name(), target.typeName(), method), 0, at);
        }
        return response;
    }

    /**
     * Pro mobile device {@code id} checked in (its {@code lastContactTimestamp} now {@code at}): queues
     * MobileDeviceCheckIn. Called in change order (under {@link Fleet#inOrder}).
     */
    void mobileDeviceCheckedIn(String id, JsonObject record, Instant at) {
        Supplier<JsonObject> device = () -> WebhookPayloads.mobileDevice(number(id), proFields(record));
        webhooks.emit(MOBILE_DEVICE_CHECK_IN, device, 0, at);
        mobileGroupsAfter(number(id), device, true, at);
    }

    /** Pro mobile device {@code id} enrolled (created through the test API): queues MobileDeviceEnrolled. */
    void mobileDeviceEnrolled(String id, JsonObject record, Instant at) {
        Supplier<JsonObject> device = () -> WebhookPayloads.mobileDevice(number(id), proFields(record));
        webhooks.emit(MOBILE_DEVICE_ENROLLED, device, 0, at);
        mobileGroupsAfter(number(id), device, true, at);
    }

    /**
     * Adds a smart mobile device group whose members are the devices whose webhook record {@code criteria}
     * accepts, starting with those of {@code devices} (Pro records); its id. Call in change order.
     */
    int addSmartMobileDeviceGroup(String name, Predicate<Map<String, String>> criteria, List<JsonObject> devices) {
        List<Map<String, String>> views = new ArrayList<>();
        for (JsonObject record : devices) {
            JsonElement key = record.get("id");
            int id = key != null && key.isJsonPrimitive() ? number(key.getAsString()) : 0;
            views.add(view(WebhookPayloads.mobileDevice(id, proFields(record))));
        }
        return mobileGroups.add(name, criteria, views, view -> number(view.get("jssID")));
    }

    /** The ids of smart mobile device group {@code id}'s members now. Call in change order. */
    Set<Integer> mobileGroupMembers(int id) {
        return mobileGroups.members(id);
    }

    /** After device {@code id} changed (or left, when not {@code exists}): the groups it joined or left. */
    private void mobileGroupsAfter(int id, Supplier<JsonObject> device, boolean exists, Instant at) {
        if (mobileGroups.isEmpty()) {
            return;
        }
        JsonObject record = device.get();
        mobileGroups.after(id, view(record), exists, (groupId, name, joined) -> {
            List<JsonObject> moved = List.of(record);
            webhooks.emit(SMART_GROUP_MOBILE_DEVICE_MEMBERSHIP_CHANGE, () -> WebhookPayloads.smartGroupChange(groupId,
                    name, false, joined ? moved : List.of(), joined ? List.of() : moved), groupId, at);
        });
    }

    /** A webhook record as the text of its fields, by name: what smart group criteria test. */
    private static Map<String, String> view(JsonObject record) {
        Map<String, String> view = new java.util.LinkedHashMap<>();
        record.entrySet().forEach(e -> view.put(e.getKey(), e.getValue().getAsString()));
        return java.util.Collections.unmodifiableMap(view);
    }

    // ------------------------------------------------------------------ what a write addresses

    private Target proTarget(String method, List<String> segments) {
        List<String> api = segments.subList(1, segments.size());
        ProApiModel.Match match = ProApiModel.get().match(api);
        if (match == null) {
            return null;
        }
        List<String> template = ProApiModel.split(match.template());
        if (method.equals("POST") && engine.get().role(match.template()) == ProEngine.Role.COLLECTION) {
            String collection = api.get(api.size() - 1);
            return new Target(true, typeName(collection), null, List.copyOf(segments), true,
                    collection.equals(PRO_MOBILE_DEVICES));
        }
        int last = -1;
        for (int i = 0; i < template.size(); i++) {
            if (ProApiModel.isParam(template.get(i))) {
                last = i;
            }
        }
        if (last < 1) { // settings, or an action on no one object (.../delete-multiple: on its collection's records)
            boolean many = engine.get().role(match.template()) == ProEngine.Role.DELETE_MULTIPLE;
            return new Target(true, typeName(api.get(api.size() - (many ? 2 : 1))), null, List.copyOf(segments), false,
                    false);
        }
        String collection = api.get(last - 1);
        // an action on a device (/v2/mobile-devices/{id}/erase) is no change to its inventory
        boolean device = collection.equals(PRO_MOBILE_DEVICES) && last == api.size() - 1;
        return new Target(true, typeName(collection), api.get(last), List.copyOf(segments.subList(0, last + 2)), false,
                device);
    }

    private static Target classicTarget(String method, List<String> segments) {
        ClassicModel model = ClassicModel.get();
        String name = segments.get(1);
        ClassicModel.Resource resource = model.resource(name);
        if (resource == null) {
            resource = model.resource(name.toLowerCase(Locale.ROOT));
        }
        if (resource == null) {
            return null;
        }
        String item = resource.itemElement() != null ? resource.itemElement() : resource.name();
        boolean lookup = segments.size() >= 4;
        boolean create = method.equals("POST") && lookup && segments.get(2).equals("id");
        String id = lookup && !create && segments.get(2).equals("id") ? segments.get(3) : null;
        return new Target(false, typeName(item), id, List.of("JSSResource", resource.name(), "id"), create,
                resource.name().equals(CLASSIC_MOBILE_DEVICES) && lookup);
    }

    /** The id a write's answer names: Pro {@code {"id": ...}}, Classic {@code <resource><id>7</id></resource>}. */
    private static String answeredId(boolean pro, SimResponse response) {
        byte[] body = response.body();
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            if (pro) {
                JsonElement answer = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
                JsonElement id = answer.isJsonObject() ? answer.getAsJsonObject().get("id") : null;
                return id != null && id.isJsonPrimitive() ? id.getAsString() : null;
            }
            String id = XmlNode.parse(body).textAt("id");
            return id == null || id.isEmpty() ? null : id;
        } catch (RuntimeException e) {
            return null; // an answer without an id: the event says 0
        }
    }

    /**
     * Reads the object at {@code segments} as the caller could, with the caller's credentials; a Pro mobile
     * device as stored (its shapes on the API each show a part of it).
     */
    private Read read(SimRequest request, List<String> segments) {
        if (segments.size() == 4 && segments.get(0).equals("api") && segments.get(2).equals(PRO_MOBILE_DEVICES)) {
            RecordCollection mobiles = mobileDevices.get();
            JsonObject device = mobiles == null ? null : mobiles.get(segments.get(3)).orElse(null);
            return device == null ? Read.NONE : named(proFields(device));
        }
        String path = "/" + String.join("/", segments);
        SimResponse answer = routes.route(request.get(path), segments, path);
        if (answer.status() != 200 || answer.body() == null || answer.body().length == 0) {
            return Read.NONE;
        }
        Map<String, String> fields;
        try {
            if (segments.get(0).equals("api")) {
                JsonElement json = JsonParser.parseString(new String(answer.body(), StandardCharsets.UTF_8));
                if (!json.isJsonObject()) {
                    return Read.NONE;
                }
                fields = proFields(json.getAsJsonObject());
            } else {
                fields = WebhookPayloads.fields(XmlNode.parse(answer.body()));
            }
        } catch (RuntimeException e) {
            return Read.NONE;
        }
        return named(fields);
    }

    private static Read named(Map<String, String> fields) {
        for (String name : List.of("name", "displayName", "display_name", "username", "packageName", "brandingName")) {
            String value = fields.get(name);
            if (value != null && !value.isEmpty()) {
                return new Read(fields, value);
            }
        }
        return new Read(fields, "");
    }

    /** The fields of a Pro record, its building and department named (the Pro API gives their ids). */
    private Map<String, String> proFields(JsonObject record) {
        Map<String, String> fields = WebhookPayloads.fields(record);
        Directory names = directory.get();
        if (!fields.containsKey("building") && fields.containsKey("buildingId")) {
            names.buildingName(fields.get("buildingId")).ifPresent(n -> fields.put("building", n));
        }
        if (!fields.containsKey("department") && fields.containsKey("departmentId")) {
            names.departmentName(fields.get("departmentId")).ifPresent(n -> fields.put("department", n));
        }
        return fields;
    }

    /**
     * Jamf's name of a type from a Pro collection segment ({@code static-groups}: {@code Static Group};
     * the computer inventory: {@code Computer}) or a Classic item element ({@code computer_group}:
     * {@code Computer Group}).
     */
    static String typeName(String segment) {
        if (segment.startsWith("computers-inventory")) {
            return "Computer";
        }
        String[] words = segment.split("[-_]");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = i == words.length - 1 ? ProEngine.singular(words[i]) : words[i];
            if (word.isEmpty()) {
                continue;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static int number(String id) {
        if (id == null || !id.matches("\\d{1,9}")) {
            return 0; // Jamf's objectID and jssID are whole numbers: an id that is not one is sent as 0
        }
        return Integer.parseInt(id);
    }
}
