package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The records of one Pro API store of the simulator ({@link JamfProSimulator#proStore}), for tests
 * that seed what their code will read or check what it wrote: the same records the API lists, reads,
 * creates, updates and deletes. Records are JSON text.
 *
 * <pre>{@code
 * ProRecords groups = jamf.proStore("/v2/computer-groups/static-groups");
 * String id = groups.add("{\"name\": \"Lab Macs\"}");
 * }</pre>
 */
public final class ProRecords {
    private final RecordCollection collection;

    ProRecords(RecordCollection collection) {
        this.collection = collection;
    }

    /** {@return the store's path, for example {@code /v1/buildings}} */
    public String path() {
        return collection.path();
    }

    /**
     * Adds a record as the API's create would: {@code json} laid over a generated record of the
     * store's schema (so it reads back complete), under its own {@code id} if it has one, else the next.
     *
     * @param json a JSON object: the fields to set
     * @return the record's id
     * @throws IllegalArgumentException when {@code json} is not a JSON object; for a kind the Classic API
     *     keeps too (departments, categories, buildings, sites, scripts, packages: one record seen through
     *     both APIs, so the Classic store shows it at once), also when its name is taken or its id is not
     *     a positive number
     */
    public String add(String json) {
        return collection.addOver(object(json));
    }

    /**
     * The record with {@code id} as stored (JSON), if there is one.
     *
     * @param id the record's id
     * @return the record, or empty
     */
    public Optional<String> get(String id) {
        return collection.get(Objects.requireNonNull(id, "id == null")).map(JsonElement::toString);
    }

    /** {@return the ids, in creation order} */
    public List<String> ids() {
        return collection.keys();
    }

    /** {@return the number of records} */
    public int size() {
        return collection.size();
    }

    /**
     * Removes the record with {@code id}.
     *
     * @param id the record's id
     * @return false if there was none
     */
    public boolean remove(String id) {
        return collection.delete(Objects.requireNonNull(id, "id == null"));
    }

    /** Removes every record (the store then lists nothing). */
    public void clear() {
        collection.clear();
    }

    /** {@code json} parsed: a JSON object, or an {@link IllegalArgumentException} saying what it is not. */
    static com.google.gson.JsonObject object(String json) {
        Objects.requireNonNull(json, "json == null");
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("a record must be a JSON object, got: " + json);
            }
            return parsed.getAsJsonObject();
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ProRecords{" + collection.path() + ", " + collection.size() + " records}";
    }
}
