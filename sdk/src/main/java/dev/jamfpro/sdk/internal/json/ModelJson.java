package dev.jamfpro.sdk.internal.json;

import com.google.gson.JsonElement;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one Pro model instance holds beside its typed fields, so that it writes back exactly what it
 * read: members the model does not declare, declared members whose typed value cannot show the JSON
 * exactly, and the whole value when it came as something other than an object. Created only when
 * there is something to hold; not thread-safe, like the model it belongs to.
 */
public final class ModelJson {
    private Map<String, JsonElement> additional;
    private Map<String, Received> received;
    private JsonElement whole;

    /**
     * A declared member as it came.
     *
     * @param json the JSON as received
     * @param asRead the typed value read from it (a copy for containers), null when it did not fit the type
     * @param fits whether the typed value stands for the JSON (false: the getter reports the shape)
     */
    record Received(JsonElement json, Object asRead, boolean fits) {
        /** True when {@code current} is still what was read, so the JSON as received is written. */
        boolean unchanged(Object current) {
            return fits ? Objects.deepEquals(current, asRead) : current == null;
        }
    }

    /** Members the model does not declare, in the order received; never null. */
    public Map<String, JsonElement> additional() {
        return additional == null ? Map.of() : Collections.unmodifiableMap(additional);
    }

    /** Adds or replaces a member the model does not declare. */
    public void putAdditional(String name, JsonElement value) {
        if (additional == null) {
            additional = new LinkedHashMap<>();
        }
        additional.put(name, value);
    }

    /** Removes an additional member; returns what it held, or null. */
    public JsonElement removeAdditional(String name) {
        return additional == null ? null : additional.remove(name);
    }

    void receive(String property, JsonElement json, Object asRead, boolean fits) {
        if (received == null) {
            received = new HashMap<>();
        }
        received.put(property, new Received(json, asRead, fits));
    }

    Received received(String property) {
        return received == null ? null : received.get(property);
    }

    /** The declared member's JSON as received, when its typed value cannot show it exactly; else null. */
    public JsonElement receivedJson(String property) {
        Received r = received(property);
        return r == null ? null : r.json();
    }

    /** The JSON as received when it does not fit the property's declared type; else null. */
    public JsonElement misfit(String property) {
        Received r = received(property);
        return r == null || r.fits() ? whole : r.json();
    }

    /** Forgets the JSON received for a property the caller has set. */
    public void forget(String property) {
        if (received != null) {
            received.remove(property);
        }
    }

    /** The whole value, when it came as something other than an object; else null. */
    public JsonElement whole() {
        return whole;
    }

    void whole(JsonElement value) {
        whole = value;
    }

    boolean isEmpty() {
        return (additional == null || additional.isEmpty()) && (received == null || received.isEmpty()) && whole == null;
    }

    /** Equality of what two models hold beside their typed fields (absent and empty are equal). */
    public static boolean same(ModelJson a, ModelJson b) {
        boolean aEmpty = a == null || a.isEmpty();
        boolean bEmpty = b == null || b.isEmpty();
        if (aEmpty || bEmpty) {
            return aEmpty == bEmpty;
        }
        return a.additional().equals(b.additional()) && Objects.equals(a.whole, b.whole)
                && Objects.equals(jsonOf(a.received), jsonOf(b.received));
    }

    /** A hash consistent with {@link #same}. */
    public static int hash(ModelJson json) {
        return json == null || json.isEmpty() ? 0 : Objects.hash(json.additional(), json.whole, jsonOf(json.received));
    }

    private static Map<String, JsonElement> jsonOf(Map<String, Received> received) {
        Map<String, JsonElement> json = new HashMap<>();
        if (received != null) {
            received.forEach((name, r) -> json.put(name, r.json()));
        }
        return json;
    }

    /** "an array", "an object", "a string", "a number", "a boolean" or "null": the kind, never the value. */
    public static String kind(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        var primitive = value.getAsJsonPrimitive();
        return primitive.isBoolean() ? "a boolean" : primitive.isNumber() ? "a number" : "a string";
    }
}
