package dev.jamfpro.sdk.pro.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * A JSON value built from a schema of the document: every property present (so a field the model
 * drops or renames shows), one item per array, one entry per map, the first enum value, dates in
 * the form Jamf sends. A schema reached again inside itself is left out (recursive schemas end).
 */
final class SampleJson {
    static final String DATE_TIME = "2024-01-02T03:04:05.123Z";
    static final String DATE = "2024-01-02";

    private final OpenApiDocument document;
    private final Deque<String> refsInProgress = new ArrayDeque<>();

    SampleJson(OpenApiDocument document) {
        this.document = document;
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
            return schema.getAsJsonArray("enum").get(0).deepCopy();
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
                return switch (format) {
                    case "date-time" -> new JsonPrimitive(DATE_TIME);
                    case "date" -> new JsonPrimitive(DATE);
                    case "byte", "base64" -> new JsonPrimitive("c2FtcGxlIGJ5dGVz"); // "sample bytes"
                    default -> new JsonPrimitive("sample " + name);
                };
            case "integer":
                return new JsonPrimitive(schema.has("minimum") ? Math.max(7, schema.get("minimum").getAsLong()) : 7);
            case "number":
                return new JsonPrimitive(1.5);
            case "boolean":
                return new JsonPrimitive(true);
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
                            object.add(property.getKey(), value);
                        }
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
