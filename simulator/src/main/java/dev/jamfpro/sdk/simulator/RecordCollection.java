package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One store of the Pro API: the records of a collection path ({@code /v1/buildings}, or a nested one
 * such as {@code /v1/buildings/3/history}), by key, in creation order. A finite collection (one
 * that can be listed or created into) holds what it was seeded with plus what was created; an open
 * collection (only addressed by key, such as a per-computer status) has a record for every key,
 * generated on first read, until it is deleted. Records are immutable JSON objects, replaced on
 * every write.
 */
final class RecordCollection {
    private final String path;
    private final boolean finite;
    private final String keyProperty;
    private final boolean integerKey;
    private final Function<String, JsonObject> generator;
    private final Map<String, JsonObject> records = new LinkedHashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private final Map<Object, List<JsonObject>> views = new HashMap<>();
    private long nextId = 1;
    /** The Classic store these records are also seen through, when they are a shared kind ({@link SharedKinds}). */
    private volatile SharedKinds.Link link;
    /** Links this store to its Classic twin, run before its first write (then null); null when there is none. */
    private volatile Runnable linker;

    /**
     * @param keyProperty the record property that holds the key ({@code id}), or null
     * @param generator a new record for a key (the same key gives the same record)
     */
    RecordCollection(String path, boolean finite, String keyProperty, boolean integerKey,
                     Function<String, JsonObject> generator) {
        this.path = path;
        this.finite = finite;
        this.keyProperty = keyProperty;
        this.integerKey = integerKey;
        this.generator = generator;
    }

    String path() {
        return path;
    }

    boolean finite() {
        return finite;
    }

    String keyProperty() {
        return keyProperty;
    }

    /**
     * From now on every write is mirrored through {@code link} (and checked for a duplicate name). The caller
     * holds {@code link}'s lock until the other store mirrors this one, so that no write through the link
     * can fall between the link and the copy.
     */
    void link(SharedKinds.Link link) {
        this.link = link;
    }

    /**
     * The records are a shared kind: {@code linker} {@link #link}s them, and is run before the first write
     * (before a store that is written first through the Pro API is linked, names are unique and ids numbers
     * all the same). Call before the store is used.
     */
    void linkBeforeFirstWrite(Runnable linker) {
        this.linker = linker;
    }

    /** The link every write goes through, made now if it is not yet; null when these records are not shared. */
    private SharedKinds.Link linked() {
        Runnable l = linker;
        if (l != null) {
            l.run(); // returns once linked (or known never to be)
            linker = null;
        }
        return link;
    }

    /** The key the next create takes. */
    synchronized long nextId() {
        return nextId;
    }

    /** Adds {@code count} seed records under keys 1..count, the i-th overlay (if any) laid over the i-th. */
    synchronized void seed(int count, List<JsonObject> overlays) {
        for (int i = 0; i < count; i++) {
            String key = Long.toString(nextId++);
            JsonObject record = generator.apply(key);
            if (i < overlays.size()) {
                record = JsonMerge.overlay(record, overlays.get(i)).getAsJsonObject();
            }
            records.put(key, withKey(record, key));
        }
    }

    /** The record with {@code key}, if it exists. */
    synchronized Optional<JsonObject> get(String key) {
        JsonObject record = records.get(key);
        if (record == null && !finite && !deleted.contains(key)) {
            record = withKey(generator.apply(key), key);
            records.put(key, record);
        }
        return Optional.ofNullable(record);
    }

    synchronized boolean contains(String key) {
        return records.containsKey(key) || (!finite && !deleted.contains(key));
    }

    /** Every record, in creation order. */
    synchronized List<JsonObject> all() {
        return List.copyOf(records.values());
    }

    synchronized List<String> keys() {
        return List.copyOf(records.keySet());
    }

    synchronized int size() {
        return records.size();
    }

    /**
     * The records as one operation shows them, computed once per change of the collection:
     * {@code view} is applied to each record in creation order.
     */
    synchronized List<JsonObject> view(Object key, UnaryOperator<JsonObject> view) {
        List<JsonObject> cached = views.get(key);
        if (cached == null) {
            cached = new ArrayList<>(records.size());
            for (JsonObject record : records.values()) {
                cached.add(view.apply(record));
            }
            cached = List.copyOf(cached);
            if (views.size() > 32) {
                views.clear();
            }
            views.put(key, cached);
        }
        return cached;
    }

    /**
     * Creates a record: the generated one for the next key with {@code body} laid over it. Returns it.
     *
     * @throws SharedKinds.DuplicateName when the records are a shared kind and the name is taken
     */
    JsonObject create(JsonObject body) {
        SharedKinds.Link l = linked();
        if (l == null) {
            return createHere(body);
        }
        return l.write(l.proName(body), null, () -> createHere(body), l::mirrorToClassic);
    }

    private synchronized JsonObject createHere(JsonObject body) {
        String key = Long.toString(nextId++);
        JsonObject record = JsonMerge.overlay(generator.apply(key), body).getAsJsonObject();
        record = withKey(record, key);
        records.put(key, record);
        changed();
        return record;
    }

    /**
     * Adds {@code body} laid over the generated record of its key: its own key ({@code keyProperty}) when
     * it has one, else the next. Returns the key.
     */
    String addOver(JsonObject body) {
        SharedKinds.Link l = linked();
        if (l == null) {
            return addOverHere(body);
        }
        String own = ownKey(body);
        if (own != null && !own.isBlank() && !own.matches("[1-9]\\d{0,8}")) {
            throw new IllegalArgumentException(path + " shares its ids with the Classic API: an id is a positive "
                    + "number, not '" + own + "'");
        }
        return l.write(l.proName(body), own, () -> addOverHere(body),
                key -> l.mirrorToClassic(get(key).orElseThrow()));
    }

    private synchronized String addOverHere(JsonObject body) {
        String key = ownKey(body);
        if (key == null || key.isBlank()) {
            key = Long.toString(nextId);
        }
        putHere(key, replacement(key, body));
        return key;
    }

    /** The key {@code body} gives itself ({@code keyProperty}), or null. */
    private String ownKey(JsonObject body) {
        return keyProperty != null && body.has(keyProperty) && body.get(keyProperty).isJsonPrimitive()
                ? body.get(keyProperty).getAsString() : null;
    }

    /**
     * Replaces the record {@code key} with {@code change} applied to it; empty if it does not exist.
     *
     * @throws SharedKinds.DuplicateName when the records are a shared kind and the new name is taken
     */
    Optional<JsonObject> update(String key, UnaryOperator<JsonObject> change) {
        SharedKinds.Link l = linked();
        if (l == null) {
            return updateHere(key, change);
        }
        synchronized (l) {
            Optional<JsonObject> current = get(key);
            if (current.isEmpty()) {
                return current;
            }
            JsonObject updated = change.apply(current.get().deepCopy());
            return l.write(l.proName(updated), key, () -> updateHere(key, old -> updated),
                    result -> result.ifPresent(l::mirrorToClassic));
        }
    }

    private synchronized Optional<JsonObject> updateHere(String key, UnaryOperator<JsonObject> change) {
        Optional<JsonObject> current = get(key);
        if (current.isEmpty()) {
            return current;
        }
        JsonObject updated = withKey(change.apply(current.get().deepCopy()), key);
        records.put(key, updated);
        changed();
        return Optional.of(updated);
    }

    /** A record that replaces {@code key} wholesale: the generated one with {@code body} laid over it. */
    JsonObject replacement(String key, JsonObject body) {
        return JsonMerge.overlay(generator.apply(key), body).getAsJsonObject();
    }

    /** Removes the record; false if there was none. */
    boolean delete(String key) {
        SharedKinds.Link l = linked();
        return l == null ? deleteHere(key) : l.delete(key);
    }

    /** Removes the record here only (a mirrored delete); false if there was none. */
    synchronized boolean deleteHere(String key) {
        boolean existed = contains(key);
        records.remove(key);
        if (!finite) {
            deleted.add(key);
        }
        if (existed) {
            changed();
        }
        return existed;
    }

    /** Removes every record. */
    void clear() {
        SharedKinds.Link l = linked();
        if (l == null) {
            clearHere();
        } else {
            l.clear();
        }
    }

    /** Removes every record here only (a mirrored clear). */
    synchronized void clearHere() {
        records.clear();
        changed();
    }

    /** Stores {@code record} under {@code key} here only (a mirrored write), continuing the key sequence past it. */
    synchronized void putHere(String key, JsonObject record) {
        records.put(key, withKey(record, key));
        deleted.remove(key);
        if (key.matches("\\d{1,18}")) {
            nextId = Math.max(nextId, Long.parseLong(key) + 1);
        }
        changed();
    }

    private void changed() {
        views.clear();
    }

    private JsonObject withKey(JsonObject record, String key) {
        if (keyProperty != null) {
            JsonElement value = integerKey && key.matches("-?\\d{1,18}") ? new JsonPrimitive(Long.parseLong(key))
                    : new JsonPrimitive(key);
            record.add(keyProperty, value);
        }
        return record;
    }

    @Override
    public String toString() {
        return "RecordCollection{" + path + ", " + records.size() + " records}";
    }
}
