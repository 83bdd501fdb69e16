package dev.jamfpro.sdk.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The records of one Classic resource, as XML trees by id, in id order: what Jamf's lookups
 * ({@code id}, {@code name}, {@code serialnumber}, {@code udid}, {@code macaddress}, {@code email},
 * ...) find, what {@code id/0} creates into, what {@code PUT} merges into. Thread-safe; records handed
 * out are copies.
 */
final class ClassicStore {
    /** Where each lookup key of Jamf's paths is found in a record, first match wins. */
    private static final Map<String, List<String>> LOOKUP_PATHS = Map.ofEntries(
            Map.entry("id", List.of("id", "general/id")),
            Map.entry("name", List.of("name", "general/name", "display_name", "general/display_name",
                    "general/device_name")),
            Map.entry("serialnumber", List.of("general/serial_number", "serial_number", "hardware/serial_number")),
            Map.entry("udid", List.of("general/udid", "udid")),
            Map.entry("macaddress", List.of("general/mac_address", "general/alt_mac_address", "general/wifi_mac_address",
                    "general/bluetooth_mac_address", "mac_address", "wifi_mac_address")),
            Map.entry("email", List.of("email", "email_address", "general/email_address")),
            Map.entry("bundleid", List.of("general/bundle_id", "bundle_id")),
            Map.entry("uuid", List.of("general/uuid", "uuid", "general/command_uuid", "general/payload_uuid")),
            Map.entry("status", List.of("general/uuid", "uuid", "general/command_uuid")),
            Map.entry("category", List.of("general/category/name", "category/name", "category")),
            Map.entry("createdby", List.of("general/created_by", "created_by")),
            Map.entry("invitation", List.of("invitation", "general/invitation")),
            Map.entry("extension", List.of("extension")),
            Map.entry("userid", List.of("id")),
            Map.entry("groupid", List.of("id")),
            Map.entry("username", List.of("name")),
            Map.entry("groupname", List.of("name")));

    private final String resource;
    private final String root;
    private final String idPath;
    private final Map<Integer, XmlNode> records = new LinkedHashMap<>();
    /** Each record's XML, written once per change: a read is then a copy of bytes. */
    private final Map<Integer, String> xml = new java.util.HashMap<>();
    private int nextId = 1;
    /** The Pro store these records are also seen through, when they are a shared kind ({@link SharedKinds}). */
    private volatile SharedKinds.Link link;

    /** A store whose records look like {@code template} (its root element, where it keeps its id). */
    ClassicStore(String resource, XmlNode template) {
        this.resource = resource;
        this.root = template.name();
        this.idPath = idPath(template);
    }

    String resource() {
        return resource;
    }

    /** From now on every write is mirrored through {@code link} (and checked for a duplicate name). */
    void link(SharedKinds.Link link) {
        this.link = link;
    }

    /**
     * The next create takes {@code next}, or a higher id when this store holds one as high: the sequence of
     * the Pro store it is linked to and now mirrors, whatever this store numbered before (its seed, cleared).
     */
    synchronized void continueFrom(long next) {
        int held = records.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        nextId = (int) Math.max(next, held + 1L);
    }

    /** The record's root element ({@code building}). */
    String root() {
        return root;
    }

    /**
     * The section that names a record: the record itself when it has an {@code <id>}, else the first
     * top-level section that has one ({@code general}, or {@code connection} for LDAP servers).
     */
    static String identitySection(XmlNode record) {
        if (record.child("id") != null) {
            return "";
        }
        if (record.at("general/id") != null) {
            return "general/";
        }
        for (XmlNode section : record.children()) {
            if (!section.isLeaf() && !section.isList() && section.child("id") != null && section.child("id").isLeaf()) {
                return section.name() + "/";
            }
        }
        return "";
    }

    /** Where a record keeps its id: {@code id}, {@code general/id}, {@code connection/id}. */
    static String idPath(XmlNode record) {
        return identitySection(record) + "id";
    }

    /** Where a record keeps its name, or null when it has none. */
    static String namePath(XmlNode record) {
        String path = identitySection(record) + "name";
        return record.at(path) != null ? path : record.child("name") != null ? "name" : null;
    }

    /**
     * Adds a record under the next id (or its own, when it has one that is free); returns the id.
     *
     * @throws SharedKinds.DuplicateName when the records are a shared kind and the name is taken
     * @throws SharedKinds.UnknownCategory when the records are a shared kind and name a category that does not exist
     */
    int add(XmlNode record, boolean keepOwnId) {
        SharedKinds.Link l = link;
        return l == null ? addHere(record, keepOwnId) : l.writeClassic(record, null,
                () -> addHere(record, keepOwnId), id -> l.mirrorToPro(id, get(id).orElseThrow()));
    }

    private synchronized int addHere(XmlNode record, boolean keepOwnId) {
        int id = nextId;
        if (keepOwnId) {
            String own = record.textAt(idPath);
            if (own != null && own.matches("\\d{1,9}") && Integer.parseInt(own) > 0
                    && !records.containsKey(Integer.parseInt(own))) {
                id = Integer.parseInt(own);
            }
        }
        putHere(id, record);
        return id;
    }

    /** The record's XML document, if it exists. */
    synchronized Optional<String> xml(int id) {
        XmlNode record = records.get(id);
        return record == null ? Optional.empty() : Optional.of(xml.computeIfAbsent(id, k -> record.toXml()));
    }

    synchronized Optional<XmlNode> get(int id) {
        XmlNode record = records.get(id);
        return record == null ? Optional.empty() : Optional.of(record.copy());
    }

    synchronized List<Integer> ids() {
        List<Integer> ids = new ArrayList<>(records.keySet());
        ids.sort(null);
        return ids;
    }

    /** Every record in id order (copies). */
    synchronized List<XmlNode> all() {
        List<XmlNode> all = new ArrayList<>();
        for (int id : ids()) {
            all.add(records.get(id).copy());
        }
        return all;
    }

    synchronized int size() {
        return records.size();
    }

    /** Ids of the records whose lookup {@code key} equals {@code value} (case-insensitive), in id order. */
    synchronized List<Integer> find(String key, String value) {
        String k = key.toLowerCase(Locale.ROOT);
        List<Integer> found = new ArrayList<>();
        if (k.equals("id") || k.equals("userid") || k.equals("groupid")) {
            try {
                int id = Integer.parseInt(value.trim());
                if (records.containsKey(id)) {
                    found.add(id);
                }
            } catch (NumberFormatException e) {
                // no such record
            }
            return found;
        }
        for (int id : ids()) {
            if (matches(records.get(id), k, value)) {
                found.add(id);
            }
        }
        return found;
    }

    /** The value a lookup {@code key} finds a record by (its name, serial number...), or null. */
    static String lookupValue(XmlNode record, String key) {
        if (key.equalsIgnoreCase("name") && namePath(record) != null) {
            return record.textAt(namePath(record));
        }
        List<String> paths = LOOKUP_PATHS.getOrDefault(key.toLowerCase(Locale.ROOT), List.of(key, "general/" + key));
        for (String path : paths) {
            String text = record.textAt(path);
            if (text != null && !text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    static boolean matches(XmlNode record, String key, String value) {
        if (key.equals("name") && namePath(record) != null) {
            String name = record.textAt(namePath(record));
            if (name != null && name.equalsIgnoreCase(value)) {
                return true;
            }
        }
        List<String> paths = LOOKUP_PATHS.get(key);
        if (paths == null) {
            paths = List.of(key, "general/" + key);
        }
        for (String path : paths) {
            String text = record.textAt(path);
            if (text != null && !text.isEmpty() && equal(key, text, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(String key, String actual, String wanted) {
        if (key.equals("macaddress")) {
            return normalizeMac(actual).equals(normalizeMac(wanted));
        }
        return actual.equalsIgnoreCase(wanted);
    }

    private static String normalizeMac(String mac) {
        return mac.replace(":", "").replace("-", "").replace(".", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Applies {@code change} to a copy of the record and stores it; empty if there is no such record.
     *
     * @throws SharedKinds.DuplicateName when the records are a shared kind and the new name is taken
     * @throws SharedKinds.UnknownCategory when the records are a shared kind and name a category that does not exist
     */
    Optional<XmlNode> update(int id, UnaryOperator<XmlNode> change) {
        SharedKinds.Link l = link;
        if (l == null) {
            return updateHere(id, change);
        }
        synchronized (l) {
            Optional<XmlNode> current = get(id);
            if (current.isEmpty()) {
                return current;
            }
            XmlNode updated = change.apply(current.get());
            return l.writeClassic(updated, Integer.toString(id),
                    () -> updateHere(id, old -> updated), result -> result.ifPresent(r -> l.mirrorToPro(id, r)));
        }
    }

    private synchronized Optional<XmlNode> updateHere(int id, UnaryOperator<XmlNode> change) {
        XmlNode current = records.get(id);
        if (current == null) {
            return Optional.empty();
        }
        XmlNode updated = change.apply(current.copy());
        updated.set(idPath, Integer.toString(id));
        records.put(id, updated);
        xml.remove(id);
        return Optional.of(updated.copy());
    }

    boolean delete(int id) {
        SharedKinds.Link l = link;
        return l == null ? deleteHere(id) : l.delete(Integer.toString(id));
    }

    /** Removes the record here only (a mirrored delete); false if there was none. */
    synchronized boolean deleteHere(int id) {
        xml.remove(id);
        return records.remove(id) != null;
    }

    void clear() {
        SharedKinds.Link l = link;
        if (l == null) {
            clearHere();
        } else {
            l.clear();
        }
    }

    /** Removes every record here only (a mirrored clear). */
    synchronized void clearHere() {
        records.clear();
        xml.clear();
    }

    /** Stores {@code record} under {@code id} here only (a mirrored write), continuing the id sequence past it. */
    synchronized void putHere(int id, XmlNode record) {
        XmlNode copy = record.copy();
        copy.set(idPath, Integer.toString(id));
        records.put(id, copy);
        xml.remove(id);
        nextId = Math.max(nextId, id + 1);
    }

    @Override
    public String toString() {
        return "ClassicStore{" + resource + ", " + records.size() + " records}";
    }
}
