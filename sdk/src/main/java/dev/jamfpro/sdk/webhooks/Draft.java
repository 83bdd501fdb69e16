package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/** The mutable object a builder fills; it checks arguments and stores them as Jamf sends them. */
final class Draft {
    final JsonObject object;

    Draft() {
        this(new JsonObject());
    }

    /** A draft of a copy of {@code object}. */
    Draft(JsonObject object) {
        this.object = object.deepCopy();
    }

    void put(String name, String value) {
        object.addProperty(name, Objects.requireNonNull(value, () -> name + " == null"));
    }

    void put(String name, long value) {
        object.addProperty(name, value);
    }

    void put(String name, boolean value) {
        object.addProperty(name, value);
    }

    void put(String name, Instant value) {
        object.addProperty(name, Objects.requireNonNull(value, () -> name + " == null").toEpochMilli());
    }

    void put(String name, JsonElement value) {
        Objects.requireNonNull(name, "name == null");
        object.add(name, Objects.requireNonNull(value, () -> name + " == null").deepCopy());
    }

    void putInts(String name, Collection<Integer> values) {
        JsonArray array = new JsonArray();
        Objects.requireNonNull(values, () -> name + " == null").forEach(v -> array.add(new JsonPrimitive(
                Objects.requireNonNull(v, () -> name + " holds null"))));
        object.add(name, array);
    }

    <T> void putObjects(String name, Collection<T> values, Function<T, JsonObject> tree) {
        JsonArray array = new JsonArray();
        Objects.requireNonNull(values, () -> name + " == null").forEach(v -> array.add(tree.apply(
                Objects.requireNonNull(v, () -> name + " holds null"))));
        object.add(name, array);
    }

    void remove(String name) {
        object.remove(Objects.requireNonNull(name, "name == null"));
    }

    /** The canonical view of a copy of what was put, declared fields in the order Jamf sends them. */
    Fields fields(Shape shape, String path) {
        return new Fields(shape.normalize(shape.ordered(object)), shape, path);
    }
}
