package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The kinds of record the Pro and the Classic API both keep (departments, categories, buildings,
 * sites, scripts, packages, mobile devices): on Jamf Pro each is one record seen two ways, so here the Pro store
 * ({@link RecordCollection}) and the Classic store ({@link ClassicStore}) of a kind are {@link Link}ed:
 * the same ids from one sequence, every write through either side mirrored at once onto the other
 * (the fields both sides have, {@link Field}), names unique across both (mobile devices excepted: on Jamf
 * many are "Ava's iPhone"). A field only one side has
 * stays on that side. Computers are shared the other way, one fleet rendered twice
 * ({@link ClassicComputers}, {@link InventoryJson}); these kinds have no model of their own, so each
 * side keeps its own shape and this table says how the shapes meet.
 */
final class SharedKinds {
    /**
     * How a field's value is written on each side; {@code BASE64}: Pro text, Classic its Base64 (UTF-8);
     * {@code CATEGORY}: Pro a category's id ({@code -1} for none), Classic its name
     * ({@value #NO_CATEGORY} for none).
     */
    enum Type {
        STRING, INTEGER, BOOLEAN, BASE64, CATEGORY
    }

    /** Whether the records of Classic resource {@code resource} have unique names (mobile devices do not). */
    static boolean uniqueNames(String resource) {
        return kinds().stream().noneMatch(k -> k.resource().equals(resource) && !k.uniqueNames());
    }

    /** What the Classic API shows for a script or package in no category (Jamf's example). */
    static final String NO_CATEGORY = "No category assigned";

    /** The categories a {@link Type#CATEGORY} field names. */
    private static final String CATEGORIES = "/v1/categories";

    /**
     * A field both sides have: the Pro property (a path into nested objects, {@code ios/supervised}), the
     * Classic element path, the Pro type, and for an enumeration the Pro value → Classic value pairs (Pro
     * {@code AT_REBOOT}, Classic {@code At Reboot}).
     */
    record Field(String pro, String classic, Type type, Map<String, String> values) {
        static Field of(String pro, String classic) {
            return new Field(pro, classic, Type.STRING, Map.of());
        }

        static Field of(String pro, String classic, Type type) {
            return new Field(pro, classic, type, Map.of());
        }
    }

    /**
     * One kind: its Pro collection, its Classic resource, the fields both have (the first whose Classic
     * element is {@code name} or {@code general/name} is the name), whether names are unique.
     */
    record Kind(String proPath, String resource, List<Field> fields, boolean uniqueNames) {
        Kind(String proPath, String resource, List<Field> fields) {
            this(proPath, resource, fields, true);
        }

        Field name() {
            return fields.stream().filter(f -> f.classic().equals("name") || f.classic().equals("general/name"))
                    .findFirst().orElseThrow();
        }
    }

    private static final Map<String, String> SCRIPT_PRIORITY = Map.of("BEFORE", "Before", "AFTER", "After",
            "AT_REBOOT", "At Reboot");

    /** The linked kinds, in the order the README lists them. */
    static List<Kind> kinds() {
        // a Pro categoryName follows the Classic category; the categoryId after it is what the Classic side shows
        List<Field> script = new ArrayList<>(List.of(Field.of("name", "name"), Field.of("categoryName", "category"),
                Field.of("categoryId", "category", Type.CATEGORY), Field.of("info", "info"),
                Field.of("notes", "notes"), new Field("priority", "priority", Type.STRING, SCRIPT_PRIORITY),
                Field.of("osRequirements", "os_requirements"), Field.of("scriptContents", "script_contents"),
                Field.of("scriptContents", "script_contents_encoded", Type.BASE64)));
        for (int p = 4; p <= 11; p++) {
            script.add(Field.of("parameter" + p, "parameters/parameter" + p));
        }
        return List.of(
                new Kind("/v1/departments", "departments", List.of(Field.of("name", "name"))),
                new Kind("/v1/categories", "categories",
                        List.of(Field.of("name", "name"), Field.of("priority", "priority", Type.INTEGER))),
                new Kind("/v1/buildings", "buildings", List.of(Field.of("name", "name"))),
                new Kind("/v1/sites", "sites", List.of(Field.of("name", "name"))),
                new Kind("/v1/scripts", "scripts", List.copyOf(script)),
                new Kind("/v1/packages", "packages", List.of(Field.of("packageName", "name"),
                        Field.of("fileName", "filename"), Field.of("categoryId", "category", Type.CATEGORY),
                        Field.of("info", "info"), Field.of("notes", "notes"),
                        Field.of("priority", "priority", Type.INTEGER), Field.of("osRequirements", "os_requirements"),
                        Field.of("rebootRequired", "reboot_required", Type.BOOLEAN),
                        Field.of("fillUserTemplate", "fill_user_template", Type.BOOLEAN),
                        Field.of("fillExistingUsers", "fill_existing_users", Type.BOOLEAN),
                        Field.of("hashType", "hash_type"), Field.of("hashValue", "hash_value"))),
                new Kind("/v2/mobile-devices", "mobiledevices", mobileDeviceFields(), false));
    }

    /**
     * A mobile device's fields: one name shown in three Classic elements ({@code name} last: when a Classic
     * write gives them different names, a field's last element that differs from the Pro record wins); the
     * Pro record as stored holds its list shape ({@code model}) and its detail shape ({@code ios/model}) in
     * one, so a Classic element both shapes keep is mapped to both (the top-level one last: it is what an
     * enrolment names).
     */
    private static List<Field> mobileDeviceFields() {
        return List.of(Field.of("name", "general/display_name"), Field.of("name", "general/device_name"),
                Field.of("name", "general/name"), Field.of("serialNumber", "general/serial_number"),
                Field.of("udid", "general/udid"), Field.of("wifiMacAddress", "general/wifi_mac_address"),
                Field.of("bluetoothMacAddress", "general/bluetooth_mac_address"),
                Field.of("ipAddress", "general/ip_address"), Field.of("ios/model", "general/model"),
                Field.of("model", "general/model"), Field.of("ios/modelIdentifier", "general/model_identifier"),
                Field.of("modelIdentifier", "general/model_identifier"), Field.of("osVersion", "general/os_version"),
                Field.of("osBuild", "general/os_build"), Field.of("managed", "general/managed", Type.BOOLEAN),
                Field.of("ios/supervised", "general/supervised", Type.BOOLEAN),
                Field.of("assetTag", "general/asset_tag"), Field.of("phoneNumber", "general/phone_number"),
                Field.of("location/username", "location/username"), Field.of("location/realName", "location/real_name"),
                Field.of("location/emailAddress", "location/email_address"),
                Field.of("location/position", "location/position"), Field.of("location/room", "location/room"));
    }

    /**
     * Realistic seeds, by Pro path, for the kinds the fleet does not name ({@code count} records of each;
     * departments and buildings are the fleet's): the Pro side is seeded, the Classic side starts as its
     * mirror.
     */
    static Map<String, List<JsonObject>> seeds(int count) {
        List<JsonObject> categories = records(count, List.of("Applications", "Productivity", "Security", "Utilities",
                "Developer Tools", "Communication", "Printers", "Fonts"), (r, n) -> r.addProperty("name", n));
        Map<String, List<JsonObject>> seeds = Map.of(
                CATEGORIES, categories,
                "/v1/sites", records(count, List.of("Eau Claire", "Minneapolis", "London", "Amsterdam", "Tokyo",
                        "Sydney"), (r, n) -> r.addProperty("name", n)),
                "/v1/scripts", records(count, List.of("Install Rosetta", "Set Computer Name", "Reset Printing System",
                        "Enable FileVault", "Clear Browser Caches", "Rename Admin Account"), (r, n) -> {
                            r.addProperty("name", n);
                            r.addProperty("scriptContents", "#!/bin/zsh\necho \"" + n + "\"\n");
                        }),
                "/v1/packages", records(count, List.of("Firefox-128.0.dmg", "GoogleChrome-126.0.pkg",
                        "Zoom-6.1.pkg", "Slack-4.39.pkg", "Microsoft_Office_16.86.pkg", "Jamf_Connect-2.35.pkg"),
                        (r, n) -> {
                            r.addProperty("packageName", n);
                            r.addProperty("fileName", n);
                        }));
        for (String path : List.of("/v1/scripts", "/v1/packages")) { // each in a seeded category, in turn
            List<JsonObject> records = seeds.get(path);
            for (int i = 0; i < records.size(); i++) {
                records.get(i).addProperty("categoryId", Integer.toString(i % count + 1));
                if (path.equals("/v1/scripts")) {
                    records.get(i).add("categoryName", categories.get(i % count).get("name"));
                }
            }
        }
        return seeds;
    }

    private static List<JsonObject> records(int count, List<String> names,
                                            java.util.function.BiConsumer<JsonObject, String> fill) {
        List<JsonObject> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = names.get(i % names.size()) + (i < names.size() ? "" : " " + (i / names.size() + 1));
            JsonObject record = new JsonObject();
            fill.accept(record, name);
            records.add(record);
        }
        return records;
    }

    /** A write that would give a record a name another record of its kind has (Jamf's names are unique). */
    static final class DuplicateName extends IllegalArgumentException {
        DuplicateName(String kind, String name) {
            super("a " + kind + " record named '" + name + "' exists already (names are unique, Pro and Classic alike)");
        }
    }

    /** A Classic write naming a category that does not exist (Jamf answers 409 "Problem with category"). */
    static final class UnknownCategory extends IllegalArgumentException {
        UnknownCategory(String name) {
            super("there is no category named '" + name + "'");
        }
    }

    private SharedKinds() {
    }

    /**
     * The Pro and Classic stores of one kind, made one: every write through either store runs under this
     * link's lock (taken before either store's own), then is mirrored onto the other store. Readers take
     * only the store they read.
     */
    static final class Link {
        private final Kind kind;
        private final RecordCollection pro;
        private final ClassicStore classic;
        private final XmlNode classicTemplate;
        /** The Pro store at a path (the categories a {@link Type#CATEGORY} field names), or null. */
        private final Function<String, RecordCollection> stores;

        private Link(Kind kind, RecordCollection pro, ClassicStore classic, XmlNode classicTemplate,
                     Function<String, RecordCollection> stores) {
            this.kind = kind;
            this.pro = pro;
            this.classic = classic;
            this.classicTemplate = classicTemplate.copy();
            this.stores = stores;
        }

        /**
         * Links the two stores of {@code kind}: the Classic store becomes the mirror of the Pro one (the
         * Pro side is the seed), continuing its id sequence, and every write after is mirrored.
         */
        static Link connect(Kind kind, RecordCollection pro, ClassicStore classic, XmlNode classicTemplate,
                            Function<String, RecordCollection> stores) {
            Link link = new Link(kind, pro, classic, classicTemplate, stores);
            // No write runs unlinked meanwhile (a Pro store's first write waits for this link:
            // RecordCollection#linkBeforeFirstWrite); one that finds the link set waits for its lock, so for the copy.
            synchronized (link) {
                pro.link(link);
                classic.link(link);
                classic.clearHere();
                for (JsonObject record : pro.all()) {
                    link.mirrorToClassic(record);
                }
                classic.continueFrom(pro.nextId());
            }
            return link;
        }

        /**
         * Runs a write under the link's lock: refused ({@link DuplicateName}) when {@code name} is that of
         * another record than {@code id}, else {@code change} then {@code mirror} of its result.
         */
        synchronized <T> T write(String name, String id, Supplier<T> change, java.util.function.Consumer<T> mirror) {
            if (name != null && !name.isEmpty()) {
                for (JsonObject record : pro.all()) {
                    JsonElement other = record.get(kind.name().pro());
                    if (other != null && other.isJsonPrimitive() && other.getAsString().equalsIgnoreCase(name)
                            && !record.get(pro.keyProperty()).getAsString().equals(id)) {
                        throw new DuplicateName(kind.resource(), name);
                    }
                }
            }
            T result = change.get();
            mirror.accept(result);
            return result;
        }

        /**
         * As {@link #write}, for a Classic record ({@code proposed}, as it will be stored): also refused
         * ({@link UnknownCategory}) when it names, anew, a category that does not exist (a name the record
         * shows already, of a category renamed since, is no new one).
         */
        synchronized <T> T writeClassic(XmlNode proposed, String id, Supplier<T> change,
                                        java.util.function.Consumer<T> mirror) {
            XmlNode before = id == null ? null : classic.get(Integer.parseInt(id)).orElse(null);
            for (Field f : kind.fields()) {
                String text = f.type() == Type.CATEGORY ? proposed.textAt(f.classic()) : null;
                if (text != null && categoryId(text) == null
                        && (before == null || !text.equals(before.textAt(f.classic())))) {
                    throw new UnknownCategory(text);
                }
            }
            return write(kind.uniqueNames() ? proposed.textAt(kind.name().classic()) : null, id, change, mirror);
        }

        /** The name a Pro body gives its record, or null when it gives none. */
        String proName(JsonObject body) {
            if (!kind.uniqueNames()) {
                return null;
            }
            JsonElement name = body.get(kind.name().pro());
            return name != null && name.isJsonPrimitive() ? name.getAsString() : null;
        }

        /** A Pro record was written: the Classic record of its id becomes it (Classic-only fields kept). */
        void mirrorToClassic(JsonObject record) {
            int id = Integer.parseInt(record.get(pro.keyProperty()).getAsString());
            XmlNode target = classic.get(id).orElseGet(classicTemplate::copy);
            for (Field f : kind.fields()) {
                String text = classicText(f, proGet(record, f.pro()));
                if (text != null) {
                    target.set(f.classic(), text);
                }
            }
            classic.putHere(id, target);
        }

        /**
         * A Classic record was written: the Pro record of its id takes the fields that differ from what it
         * showed (Pro-only fields kept); then the Classic record is shown again from it, so that two Classic
         * elements of one Pro field ({@code script_contents}, {@code script_contents_encoded}) agree again.
         */
        void mirrorToPro(int id, XmlNode record) {
            String key = Integer.toString(id);
            JsonObject before = pro.get(key).orElseGet(() -> pro.replacement(key, new JsonObject()));
            JsonObject target = before.deepCopy();
            for (Field f : kind.fields()) {
                XmlNode node = record.at(f.classic());
                if (node == null || node.text().equals(classicText(f, proGet(before, f.pro())))) {
                    continue; // not sent, or as the Pro record showed it
                }
                JsonElement value = proValue(f, node.text());
                if (value != null) {
                    proSet(target, f.pro(), value);
                }
            }
            pro.putHere(key, target);
            mirrorToClassic(pro.get(key).orElseThrow());
        }

        /** The value at {@code path} ({@code ios/supervised}) of a Pro record, or null when it has none. */
        private static JsonElement proGet(JsonObject record, String path) {
            JsonElement at = record;
            for (String name : path.split("/")) {
                if (at == null || !at.isJsonObject()) {
                    return null;
                }
                at = at.getAsJsonObject().get(name);
            }
            return at;
        }

        /** Sets the value at {@code path} of a Pro record, making the objects on the way when missing. */
        private static void proSet(JsonObject record, String path, JsonElement value) {
            String[] names = path.split("/");
            JsonObject at = record;
            for (int i = 0; i < names.length - 1; i++) {
                JsonElement next = at.get(names[i]);
                if (next == null || !next.isJsonObject()) {
                    next = new JsonObject();
                    at.add(names[i], next);
                }
                at = next.getAsJsonObject();
            }
            at.add(names[names.length - 1], value);
        }

        /** A Pro value as the Classic field shows it; null when the Pro record has no such property. */
        private String classicText(Field f, JsonElement value) {
            if (value == null) {
                return null;
            }
            String text = value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString() : value.toString();
            return switch (f.type()) {
                case BASE64 -> Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
                case CATEGORY -> {
                    RecordCollection categories = stores.apply(CATEGORIES);
                    JsonElement name = categories == null ? null
                            : categories.get(text).map(c -> c.get("name")).orElse(null);
                    yield name != null && name.isJsonPrimitive() ? name.getAsString() : NO_CATEGORY;
                }
                default -> f.values().getOrDefault(text, text);
            };
        }

        private JsonElement proValue(Field f, String text) {
            for (Map.Entry<String, String> e : f.values().entrySet()) {
                if (e.getValue().equalsIgnoreCase(text)) {
                    return new JsonPrimitive(e.getKey());
                }
            }
            return switch (f.type()) {
                case STRING -> new JsonPrimitive(text);
                case INTEGER -> {
                    if (text.isEmpty()) {
                        yield JsonNull.INSTANCE;
                    }
                    try {
                        yield new JsonPrimitive(Long.parseLong(text.trim()));
                    } catch (NumberFormatException e) {
                        yield null; // not a number: the Pro side keeps what it had
                    }
                }
                case BOOLEAN -> text.isEmpty() ? JsonNull.INSTANCE
                        : new JsonPrimitive(text.trim().toLowerCase(Locale.ROOT).equals("true"));
                case CATEGORY -> categoryId(text);
                case BASE64 -> {
                    try {
                        yield new JsonPrimitive(new String(Base64.getMimeDecoder().decode(text.trim()),
                                StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        yield null; // not Base64: the Pro side keeps what it had
                    }
                }
            };
        }

        /** Deletes record {@code id} from both stores; false if there was none. */
        synchronized boolean delete(String id) {
            boolean existed = pro.deleteHere(id);
            if (id.matches("\\d{1,9}")) {
                existed |= classic.deleteHere(Integer.parseInt(id));
            }
            return existed;
        }

        /** Removes every record from both stores. */
        synchronized void clear() {
            pro.clearHere();
            classic.clearHere();
        }

        /** The id of the category named {@code name}: {@code -1} for none, null (kept as it was) for an unknown one. */
        private JsonElement categoryId(String name) {
            if (name.isBlank() || name.equalsIgnoreCase(NO_CATEGORY)) {
                return new JsonPrimitive("-1");
            }
            RecordCollection categories = stores.apply(CATEGORIES);
            for (JsonObject category : categories == null ? List.<JsonObject>of() : categories.all()) {
                JsonElement other = category.get("name");
                if (other != null && other.isJsonPrimitive() && other.getAsString().equalsIgnoreCase(name.trim())) {
                    return category.get("id");
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return "Link{" + kind.proPath() + " = " + kind.resource() + "}";
        }
    }
}
