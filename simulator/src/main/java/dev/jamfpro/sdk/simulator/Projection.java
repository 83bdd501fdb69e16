package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Shows a stored record in the shape one operation declares: a list item, the record itself, the
 * answer to a create ({@code {id, href}}). Properties the schema declares are taken from the record
 * at the same place; a top-level property the record holds elsewhere is found by its name (a list's
 * {@code serialNumber} is the detail's {@code hardware.serialNumber}); a required one it lacks is
 * generated; what the schema does not declare is left out; a value of the wrong JSON type is
 * converted where that is exact ({@code "7"} for an integer 7) and generated otherwise.
 */
final class Projection {
    private final Schemas schemas;
    private final JsonSampler sampler;

    Projection(Schemas schemas, JsonSampler sampler) {
        this.schemas = schemas;
        this.sampler = sampler;
    }

    /** {@code record} shown as {@code schema}; {@code seed} and {@code naming} make what must be generated. */
    JsonElement project(JsonElement record, JsonObject schema, long seed, JsonSampler.Naming naming) {
        Run run = new Run(record, seed, naming);
        JsonElement value = run.value(record, schema, "", 0);
        return value == null ? JsonNull.INSTANCE : value;
    }

    private final class Run {
        private final JsonElement root;
        private final long seed;
        private final JsonSampler.Naming naming;
        private Map<String, JsonElement> leaves;

        Run(JsonElement root, long seed, JsonSampler.Naming naming) {
            this.root = root;
            this.seed = seed;
            this.naming = naming;
        }

        JsonElement value(JsonElement value, JsonObject schema, String name, int depth) {
            if (value == null || value.isJsonNull()) {
                return JsonNull.INSTANCE;
            }
            if (depth > 40) {
                return value.deepCopy();
            }
            JsonObject resolved = schemas.resolve(schema);
            if (!schemas.alternatives(resolved).isEmpty() && !resolved.has("properties")) {
                JsonObject chosen = schemas.choose(resolved, value);
                JsonElement projected = value(value, chosen, name, depth);
                String property = schemas.discriminator(resolved);
                String discriminator = schemas.discriminatorValue(resolved, chosen);
                if (property != null && discriminator != null && projected.isJsonObject()
                        && !projected.getAsJsonObject().has(property)) {
                    projected.getAsJsonObject().addProperty(property, discriminator);
                }
                return projected;
            }
            String type = schemas.type(resolved);
            if (type == null) {
                return value.deepCopy();
            }
            switch (type) {
                case "object":
                    return value.isJsonObject() ? object(value.getAsJsonObject(), resolved, depth) : generate(schema, name);
                case "array": {
                    if (!value.isJsonArray()) {
                        return generate(schema, name);
                    }
                    JsonArray out = new JsonArray();
                    for (JsonElement item : value.getAsJsonArray()) {
                        out.add(value(item, schemas.items(resolved), name, depth + 1));
                    }
                    return out;
                }
                default:
                    JsonElement scalar = scalar(value, resolved, type);
                    return scalar != null ? scalar : generate(schema, name);
            }
        }

        private JsonObject object(JsonObject value, JsonObject schema, int depth) {
            Schemas.ObjectShape shape = schemas.object(schema);
            if (shape.freeForm()) {
                return value.deepCopy();
            }
            JsonObject out = new JsonObject();
            for (Map.Entry<String, JsonObject> property : shape.properties().entrySet()) {
                String name = property.getKey();
                JsonElement member = value.get(name);
                if (member == null && depth == 0 && value == root) {
                    member = leaf(name);
                }
                if (member != null) {
                    out.add(name, value(member, property.getValue(), name, depth + 1));
                } else if (shape.required().contains(name)) {
                    JsonElement generated = sampler.generateProperty(property.getValue(), name, JsonSampler.seed(seed, name),
                            naming);
                    if (generated != null) {
                        out.add(name, generated);
                    }
                }
            }
            if (shape.additionalProperties() != null) {
                for (Map.Entry<String, JsonElement> member : value.entrySet()) {
                    if (!shape.properties().containsKey(member.getKey())) {
                        out.add(member.getKey(), value(member.getValue(), shape.additionalProperties(), member.getKey(),
                                depth + 1));
                    }
                }
            }
            return out;
        }

        /** The first value named {@code name} anywhere in the record (breadth first), or null. */
        private JsonElement leaf(String name) {
            if (leaves == null) {
                leaves = new HashMap<>();
                if (root != null && root.isJsonObject()) {
                    ArrayDeque<JsonObject> queue = new ArrayDeque<>();
                    queue.add(root.getAsJsonObject());
                    while (!queue.isEmpty()) {
                        for (Map.Entry<String, JsonElement> member : queue.poll().entrySet()) {
                            leaves.putIfAbsent(member.getKey(), member.getValue());
                            if (member.getValue().isJsonObject()) {
                                queue.add(member.getValue().getAsJsonObject());
                            }
                        }
                    }
                }
            }
            JsonElement found = leaves.get(name);
            return found == null || found.isJsonNull() ? null : found;
        }

        private JsonElement generate(JsonObject schema, String name) {
            return sampler.generateProperty(schema, name, JsonSampler.seed(seed, "generated", name), naming);
        }
    }

    /** {@code value} as a scalar of {@code type}, converted where exact; null when it cannot be. */
    private JsonElement scalar(JsonElement value, JsonObject schema, String type) {
        if (!value.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        JsonElement result;
        switch (type) {
            case "string":
                result = p.isString() ? p : new JsonPrimitive(p.getAsString());
                break;
            case "integer":
                if (p.isNumber()) {
                    result = p.getAsBigDecimal().stripTrailingZeros().scale() <= 0 ? p : null;
                } else if (p.isString() && p.getAsString().matches("-?\\d{1,18}")) {
                    result = new JsonPrimitive(Long.parseLong(p.getAsString()));
                } else {
                    result = null;
                }
                break;
            case "number":
                if (p.isNumber()) {
                    result = p;
                } else if (p.isString() && p.getAsString().matches("-?\\d+(\\.\\d+)?")) {
                    result = new JsonPrimitive(new java.math.BigDecimal(p.getAsString()));
                } else {
                    result = null;
                }
                break;
            case "boolean":
                if (p.isBoolean()) {
                    result = p;
                } else if (p.isString() && (p.getAsString().equals("true") || p.getAsString().equals("false"))) {
                    result = new JsonPrimitive(Boolean.parseBoolean(p.getAsString()));
                } else {
                    result = null;
                }
                break;
            default:
                result = p;
        }
        if (result != null) {
            JsonArray allowed = schemas.enumValues(schema);
            if (allowed != null && !allowed.isEmpty() && !allowed.contains(result)) {
                return null;
            }
        }
        return result;
    }
}
