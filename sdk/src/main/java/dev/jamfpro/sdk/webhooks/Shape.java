package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields Jamf sends in one object of a webhook (the {@code webhook} object, a computer record, an
 * event), by wire name and kind. One declaration serves both forms: it turns what the JSON or the XML
 * reader produced into one canonical tree (numbers as numbers, booleans as booleans, lists as arrays),
 * so that an event read from XML equals the same event read from JSON. A value that is not of its
 * declared kind is kept exactly as sent; fields not declared are kept too.
 */
final class Shape {
    /** What a field holds on the wire. */
    enum Kind {
        STRING, INT, BOOLEAN, EPOCH_MILLIS, OBJECT, INT_LIST, OBJECT_LIST
    }

    /** One declared field; {@code nested} is the shape of an object or of list items, else null. */
    record Field(String name, Kind kind, Shape nested) {
    }

    /** Shape of an object nobody declared: every field is kept as sent. */
    static final Shape OPEN = new Shape(List.of());

    private final Map<String, Field> fields = new LinkedHashMap<>();

    private Shape(List<Field> fields) {
        for (Field field : fields) {
            if (this.fields.put(field.name(), field) != null) {
                throw new IllegalArgumentException("field declared twice: " + field.name());
            }
        }
    }

    static Shape of(Field... fields) {
        return new Shape(List.of(fields));
    }

    /** This shape with {@code more} fields after its own. */
    Shape plus(Field... more) {
        List<Field> all = new ArrayList<>(fields.values());
        all.addAll(List.of(more));
        return new Shape(all);
    }

    static Field string(String name) {
        return new Field(name, Kind.STRING, null);
    }

    static Field integer(String name) {
        return new Field(name, Kind.INT, null);
    }

    static Field bool(String name) {
        return new Field(name, Kind.BOOLEAN, null);
    }

    static Field epochMillis(String name) {
        return new Field(name, Kind.EPOCH_MILLIS, null);
    }

    static Field object(String name, Shape shape) {
        return new Field(name, Kind.OBJECT, shape);
    }

    static Field intList(String name) {
        return new Field(name, Kind.INT_LIST, null);
    }

    static Field objectList(String name, Shape shape) {
        return new Field(name, Kind.OBJECT_LIST, shape);
    }

    /** The declared field {@code name}, or null. */
    Field field(String name) {
        return fields.get(name);
    }

    boolean declares(String name) {
        return fields.containsKey(name);
    }

    /** The declared field names, in declaration order. */
    List<String> names() {
        return List.copyOf(fields.keySet());
    }

    /** A canonical deep copy of {@code raw}: same names, same order. */
    JsonObject normalize(JsonObject raw) {
        return normalize(raw, false);
    }

    /**
     * A canonical deep copy of {@code raw}; {@code fromXml} reads an empty element where an object is
     * declared as an empty object (XML cannot tell an empty object from an empty text).
     */
    JsonObject normalize(JsonObject raw, boolean fromXml) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : raw.entrySet()) {
            Field field = fields.get(entry.getKey());
            JsonElement value = entry.getValue();
            out.add(entry.getKey(), field == null ? canonicalCopy(value) : normalize(field, value, fromXml));
        }
        return out;
    }

    /** Whether {@code value} is a text of white space only (what an empty XML element reads as). */
    static boolean isBlankText(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && value.getAsString().isBlank();
    }

    private static JsonElement normalize(Field field, JsonElement value, boolean fromXml) {
        if (value.isJsonNull()) {
            return JsonNull.INSTANCE;
        }
        JsonElement canonical = switch (field.kind()) {
            case STRING -> null;
            case INT, EPOCH_MILLIS -> toLong(value);
            case BOOLEAN -> toBoolean(value);
            case OBJECT -> value.isJsonObject() ? field.nested().normalize(value.getAsJsonObject(), fromXml)
                    : fromXml && isBlankText(value) ? new JsonObject() : null;
            case INT_LIST -> {
                JsonArray items = new JsonArray();
                for (JsonElement item : items(value, null)) {
                    JsonPrimitive number = toLong(item);
                    items.add(number != null ? number : canonicalCopy(item));
                }
                yield items;
            }
            case OBJECT_LIST -> {
                JsonArray items = new JsonArray();
                for (JsonElement item : items(value, field.nested())) {
                    items.add(item.isJsonObject() ? field.nested().normalize(item.getAsJsonObject(), fromXml)
                            : canonicalCopy(item));
                }
                yield items;
            }
        };
        return canonical != null ? canonical : canonicalCopy(value);
    }

    /**
     * A deep copy in which every number is a {@code long} when whole and a {@code BigDecimal}
     * otherwise, so that equal values are equal and hash alike however they were read.
     */
    static JsonElement canonicalCopy(JsonElement value) {
        if (value.isJsonObject()) {
            JsonObject out = new JsonObject();
            value.getAsJsonObject().entrySet().forEach(e -> out.add(e.getKey(), canonicalCopy(e.getValue())));
            return out;
        }
        if (value.isJsonArray()) {
            JsonArray out = new JsonArray();
            value.getAsJsonArray().forEach(item -> out.add(canonicalCopy(item)));
            return out;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            JsonPrimitive whole = toLong(value);
            return whole != null ? whole : new JsonPrimitive(new BigDecimal(value.getAsString()));
        }
        return value.deepCopy();
    }

    /**
     * The items of a list as either form carries it: a JSON array; in XML, repeated elements (read as
     * an array, or as one value when there is one), an empty element (no items), or a wrapper element
     * around the items.
     */
    static List<JsonElement> items(JsonElement value, Shape itemShape) {
        if (value.isJsonArray()) {
            List<JsonElement> list = new ArrayList<>();
            value.getAsJsonArray().forEach(list::add);
            return list;
        }
        if (isBlankText(value)) {
            return List.of();
        }
        if (value.isJsonObject() && isWrapper(value.getAsJsonObject(), itemShape)) {
            List<JsonElement> list = new ArrayList<>();
            for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
                list.addAll(items(entry.getValue(), itemShape));
            }
            return list;
        }
        return List.of(value);
    }

    /**
     * Whether an object is a wrapper around list items rather than an item: for a list of numbers any
     * object is; for a list of records, an object whose one child is not a field of the record but an
     * object or objects.
     */
    private static boolean isWrapper(JsonObject object, Shape itemShape) {
        if (itemShape == null) {
            return true;
        }
        if (object.size() != 1) {
            return false;
        }
        Map.Entry<String, JsonElement> only = object.entrySet().iterator().next();
        JsonElement child = only.getValue();
        boolean objects = child.isJsonObject()
                || child.isJsonArray() && child.getAsJsonArray().size() > 0
                && child.getAsJsonArray().asList().stream().allMatch(JsonElement::isJsonObject);
        return objects && !itemShape.declares(only.getKey());
    }

    /** A whole number that fits a long, from a JSON number or a text of digits; null otherwise. */
    static JsonPrimitive toLong(JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        try {
            if (primitive.isNumber()) {
                return new JsonPrimitive(new BigDecimal(primitive.getAsString()).longValueExact());
            }
            if (primitive.isString()) {
                String text = primitive.getAsString().trim();
                if (text.matches("[-+]?\\d{1,19}")) {
                    return new JsonPrimitive(Long.parseLong(text));
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
        return null;
    }

    /** A boolean, from a JSON boolean or the text {@code true} / {@code false}; null otherwise. */
    static JsonPrimitive toBoolean(JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive;
        }
        if (primitive.isString()) {
            String text = primitive.getAsString().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return new JsonPrimitive(Boolean.parseBoolean(text));
            }
        }
        return null;
    }

    /** {@code object}'s declared fields in declaration order, then the others as they come (not copied). */
    JsonObject ordered(JsonObject object) {
        JsonObject out = new JsonObject();
        for (String name : fields.keySet()) {
            if (object.has(name)) {
                out.add(name, object.get(name));
            }
        }
        object.entrySet().stream().filter(e -> !fields.containsKey(e.getKey()))
                .forEach(e -> out.add(e.getKey(), e.getValue()));
        return out;
    }

    /** The undeclared fields of {@code object}, as sent, in order; unmodifiable. */
    Map<String, JsonElement> others(JsonObject object) {
        Map<String, JsonElement> others = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (!fields.containsKey(entry.getKey())) {
                others.put(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        return Collections.unmodifiableMap(others);
    }
}
