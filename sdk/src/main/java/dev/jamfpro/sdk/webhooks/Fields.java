package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Typed, read-only access to one canonical object of a webhook (see {@link Shape}). A field that is
 * absent, {@code null} or blank reads as empty; a field whose value is not of its declared kind
 * fails the read with {@link InvalidWebhookException} naming the field and the value (the value
 * itself stays available through {@link #raw}).
 */
final class Fields {
    private final JsonObject object;
    private final Shape shape;
    private final String path;

    /** {@code object} must already be canonical for {@code shape}; it is never handed out. */
    Fields(JsonObject object, Shape shape, String path) {
        this.object = object;
        this.shape = shape;
        this.path = path;
    }

    /** A deep copy of the object. */
    JsonObject copy() {
        return object.deepCopy();
    }

    Shape shape() {
        return shape;
    }

    Optional<JsonElement> raw(String name) {
        JsonElement value = object.get(name);
        return value == null ? Optional.empty() : Optional.of(value.deepCopy());
    }

    Map<String, JsonElement> others() {
        return shape.others(object);
    }

    Optional<String> string(String name) {
        JsonElement value = present(name, Shape.Kind.STRING);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive()) {
            throw invalid(name, value, "a text");
        }
        return Optional.of(value.getAsString());
    }

    OptionalInt integer(String name) {
        JsonElement value = scalar(name, Shape.Kind.INT);
        if (value == null) {
            return OptionalInt.empty();
        }
        long number = number(name, value, "a whole number");
        if (number != (int) number) {
            throw invalid(name, value, "a whole number in the range of int");
        }
        return OptionalInt.of((int) number);
    }

    Optional<Boolean> bool(String name) {
        JsonElement value = scalar(name, Shape.Kind.BOOLEAN);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw invalid(name, value, "true or false");
        }
        return Optional.of(value.getAsBoolean());
    }

    Optional<Instant> epochMillis(String name) {
        JsonElement value = scalar(name, Shape.Kind.EPOCH_MILLIS);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(number(name, value, "epoch milliseconds")));
    }

    Optional<Fields> object(String name) {
        JsonElement value = scalar(name, Shape.Kind.OBJECT);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isJsonObject()) {
            throw invalid(name, value, "an object");
        }
        return Optional.of(new Fields(value.getAsJsonObject(), shape.field(name).nested(), path + "." + name));
    }

    List<Integer> intList(String name) {
        JsonElement value = present(name, Shape.Kind.INT_LIST);
        if (value == null) {
            return List.of();
        }
        List<Integer> items = new ArrayList<>();
        for (JsonElement item : value.getAsJsonArray()) {
            long number = number(name, item, "a list of whole numbers");
            if (number != (int) number) {
                throw invalid(name, item, "a list of whole numbers in the range of int");
            }
            items.add((int) number);
        }
        return Collections.unmodifiableList(items);
    }

    List<Fields> objectList(String name) {
        JsonElement value = present(name, Shape.Kind.OBJECT_LIST);
        if (value == null) {
            return List.of();
        }
        Shape nested = shape.field(name).nested();
        List<Fields> items = new ArrayList<>();
        int index = 0;
        for (JsonElement item : value.getAsJsonArray()) {
            if (!item.isJsonObject()) {
                throw invalid(name, item, "a list of objects");
            }
            items.add(new Fields(item.getAsJsonObject(), nested, path + "." + name + "[" + index++ + "]"));
        }
        return Collections.unmodifiableList(items);
    }

    /** The value of a declared field, or null when absent or JSON null. */
    private JsonElement present(String name, Shape.Kind kind) {
        Shape.Field field = shape.field(name);
        if (field == null || field.kind() != kind) {
            throw new IllegalStateException("bug: " + path + "." + name + " is not declared as " + kind);
        }
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : value;
    }

    /** Like {@link #present}, and a blank text (an empty XML element) counts as absent too. */
    private JsonElement scalar(String name, Shape.Kind kind) {
        JsonElement value = present(name, kind);
        if (value != null && Shape.isBlankText(value)) {
            return null;
        }
        return value;
    }

    private long number(String name, JsonElement value, String expected) {
        JsonPrimitive canonical = Shape.toLong(value);
        if (canonical == null) {
            throw invalid(name, value, expected);
        }
        return canonical.getAsLong();
    }

    private InvalidWebhookException invalid(String name, JsonElement value, String expected) {
        String shown = value.toString();
        if (shown.length() > 80) {
            shown = shown.substring(0, 80) + "…";
        }
        return new InvalidWebhookException(path + "." + name + " is " + shown + ", not " + expected
                + " (the value as sent: raw(\"" + name + "\"))");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fields other && object.equals(other.object);
    }

    @Override
    public int hashCode() {
        return object.hashCode();
    }

    @Override
    public String toString() {
        return object.toString();
    }
}
