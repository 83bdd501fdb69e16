package dev.jamfpro.sdk.pro.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * A JSON value built from a schema of the document: every property present (so a field the model
 * drops or renames shows), one item per array, one entry per map, the first enum value, dates in
 * the form Jamf sends. A schema reached again inside itself is left out (recursive schemas end).
 *
 * <p>A {@link Variant} other than {@link Variant#DOCUMENTED} builds what a newer or odd Jamf Pro may
 * answer instead: the SDK must read it and write it back unchanged.
 */
final class SampleJson {
    static final String DATE_TIME = "2024-01-02T03:04:05.123Z";
    static final String DATE = "2024-01-02";

    /** What the sample holds beside (or instead of) what the document declares. */
    enum Variant {
        /** Exactly what the document declares. */
        DOCUMENTED,
        /** Every object with declared properties also carries members the document does not declare, of every shape. */
        UNKNOWN_FIELDS,
        /** Every enum value is one the document does not list. */
        UNKNOWN_ENUM_VALUES,
        /** Every scalar has another shape than declared: strings and enums as objects, numbers and booleans as words. */
        ODD_SCALARS,
        /** Every object property is an array holding it, every array property an object holding it. */
        ODD_CONTAINERS
    }

    private final OpenApiDocument document;
    private final Variant variant;
    private final Deque<String> refsInProgress = new ArrayDeque<>();

    SampleJson(OpenApiDocument document) {
        this(document, Variant.DOCUMENTED);
    }

    SampleJson(OpenApiDocument document, Variant variant) {
        this.document = document;
        this.variant = variant;
    }

    /** The sample, or {@link JsonNull} when the schema only recurses into itself. */
    JsonElement of(JsonObject schema) {
        JsonElement sample = build(schema, "value");
        return sample == null ? JsonNull.INSTANCE : sample;
    }

    private JsonElement build(JsonObject schema, String name) {
        if (schema == null) {
            return new JsonPrimitive("sample");
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").getAsString();
            if (refsInProgress.contains(ref)) {
                return null;
            }
            refsInProgress.push(ref);
            try {
                return build(document.lookup(ref), name);
            } finally {
                refsInProgress.pop();
            }
        }
        if (schema.has("allOf")) {
            JsonObject merged = new JsonObject();
            for (JsonElement part : schema.getAsJsonArray("allOf")) {
                JsonElement value = build(part.getAsJsonObject(), name);
                if (value instanceof JsonObject object) {
                    object.entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
                }
            }
            if (schema.has("properties")) {
                build(withoutAllOf(schema), name).getAsJsonObject().entrySet().forEach(e -> merged.add(e.getKey(), e.getValue()));
            }
            return merged;
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(choice)) {
                JsonObject first = schema.getAsJsonArray(choice).get(0).getAsJsonObject();
                JsonElement value = build(first, name);
                String discriminator = discriminatorValue(schema, first);
                if (discriminator != null && value instanceof JsonObject object) {
                    object.addProperty(schema.getAsJsonObject("discriminator").get("propertyName").getAsString(), discriminator);
                }
                return value;
            }
        }
        if (schema.has("enum")) {
            JsonElement first = schema.getAsJsonArray("enum").get(0);
            return switch (variant) {
                case UNKNOWN_ENUM_VALUES -> first.isJsonPrimitive() && first.getAsJsonPrimitive().isNumber()
                        ? new JsonPrimitive(424242) : new JsonPrimitive("ZZ_ADDED_IN_A_NEWER_JAMF_PRO");
                case ODD_SCALARS -> odd(first);
                default -> first.deepCopy();
            };
        }
        String type = schema.has("type") ? schema.get("type").getAsString() : null;
        String format = schema.has("format") ? schema.get("format").getAsString() : "";
        if (type == null && (schema.has("properties") || schema.has("additionalProperties"))) {
            type = "object";
        }
        if (type == null && schema.has("items")) {
            type = "array";
        }
        if (type == null) {
            return new JsonPrimitive("sample " + name);
        }
        switch (type) {
            case "string":
                return scalar(switch (format) {
                    case "date-time" -> new JsonPrimitive(DATE_TIME);
                    case "date" -> new JsonPrimitive(DATE);
                    case "byte", "base64" -> new JsonPrimitive("c2FtcGxlIGJ5dGVz"); // "sample bytes"
                    default -> new JsonPrimitive("sample " + name);
                });
            case "integer":
                return scalar(new JsonPrimitive(schema.has("minimum") ? Math.max(7, schema.get("minimum").getAsLong()) : 7));
            case "number":
                return scalar(new JsonPrimitive(1.5));
            case "boolean":
                return scalar(new JsonPrimitive(true));
            case "array": {
                JsonArray array = new JsonArray();
                JsonElement item = build(schema.has("items") ? schema.getAsJsonObject("items") : null, name);
                if (item != null) {
                    array.add(item);
                }
                return array;
            }
            case "object": {
                JsonObject object = new JsonObject();
                if (schema.has("properties")) {
                    for (Map.Entry<String, JsonElement> property : schema.getAsJsonObject("properties").entrySet()) {
                        JsonElement value = build(property.getValue().getAsJsonObject(), property.getKey());
                        if (value != null) {
                            object.add(property.getKey(), variant == Variant.ODD_CONTAINERS ? oddContainer(value) : value);
                        }
                    }
                    if (variant == Variant.UNKNOWN_FIELDS) {
                        object.addProperty("zzAddedText", "a field of a newer Jamf Pro");
                        object.addProperty("zzAddedNumber", 12.50);
                        object.add("zzAddedObject", JsonParser.parseString("{\"nested\":[1,\"two\",{\"deeper\":true,\"none\":null}]}"));
                        object.add("zzAddedNull", JsonNull.INSTANCE);
                    }
                }
                JsonElement additional = schema.get("additionalProperties");
                if (additional != null && additional.isJsonObject()) {
                    JsonElement value = build(additional.getAsJsonObject(), "entry");
                    if (value != null) {
                        object.add("entryKey", value);
                    }
                } else if (!schema.has("properties") && (additional == null || additional.getAsBoolean())) {
                    object.addProperty("anyField", "any value"); // a free-form object
                }
                return object;
            }
            default:
                throw new IllegalArgumentException("unknown schema type " + type);
        }
    }

    private JsonElement scalar(JsonPrimitive value) {
        return variant == Variant.ODD_SCALARS ? odd(value) : value;
    }

    /** Strings as objects holding them, numbers and booleans as words. */
    private static JsonElement odd(JsonElement value) {
        if (value.isJsonPrimitive() && !value.getAsJsonPrimitive().isString()) {
            return new JsonPrimitive(value.getAsJsonPrimitive().isBoolean() ? "maybe" : "seven and a half");
        }
        JsonObject object = new JsonObject();
        object.add("unexpected", value.deepCopy());
        return object;
    }

    /** An object where the document declares it becomes an array holding it, an array an object holding it. */
    private static JsonElement oddContainer(JsonElement value) {
        if (value.isJsonObject()) {
            JsonArray array = new JsonArray();
            array.add(value);
            return array;
        }
        if (value.isJsonArray()) {
            JsonObject object = new JsonObject();
            object.add("items", value);
            return object;
        }
        return value;
    }

    private static JsonObject withoutAllOf(JsonObject schema) {
        JsonObject copy = schema.deepCopy();
        copy.remove("allOf");
        copy.addProperty("type", "object");
        return copy;
    }

    private static String discriminatorValue(JsonObject schema, JsonObject chosen) {
        if (!schema.has("discriminator") || !chosen.has("$ref")) {
            return null;
        }
        JsonObject discriminator = schema.getAsJsonObject("discriminator");
        String ref = chosen.get("$ref").getAsString();
        if (discriminator.has("mapping")) {
            for (Map.Entry<String, JsonElement> mapping : discriminator.getAsJsonObject("mapping").entrySet()) {
                if (mapping.getValue().getAsString().equals(ref)) {
                    return mapping.getKey();
                }
            }
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
