package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The component schemas of the Pro API document and what the simulator asks of a schema: its type,
 * its properties (through {@code allOf}), its alternatives ({@code oneOf}/{@code anyOf}), whether a
 * dotted field path exists in it.
 */
final class Schemas {
    private static final JsonObject EMPTY = new JsonObject();

    /** An object schema flattened: properties and required ones through {@code allOf}. */
    record ObjectShape(Map<String, JsonObject> properties, Set<String> required, JsonObject additionalProperties,
                       boolean freeForm) {
    }

    private final JsonObject schemas;
    private final Map<JsonObject, ObjectShape> shapes = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final Map<JsonObject, Map<String, Boolean>> paths = Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    Schemas(JsonObject schemas) {
        this.schemas = schemas;
    }

    /** Follows {@code $ref}s to a schema object; an absent schema reads as {@code {}}. */
    JsonObject resolve(JsonObject schema) {
        JsonObject current = schema == null ? EMPTY : schema;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("reference cycle at " + schema);
            }
            String ref = current.get("$ref").getAsString();
            JsonObject next = schemas.getAsJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            current = next == null ? EMPTY : next;
        }
        return current;
    }

    /** The name a {@code $ref} points to, or null. */
    static String refName(JsonObject schema) {
        if (schema == null || !schema.has("$ref")) {
            return null;
        }
        String ref = schema.get("$ref").getAsString();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** {@code object}, {@code array}, {@code string}, {@code integer}, {@code number}, {@code boolean}, or null (any). */
    String type(JsonObject schema) {
        JsonObject s = resolve(schema);
        if (s.has("type")) {
            return s.get("type").getAsString();
        }
        if (s.has("properties") || s.has("allOf") || s.has("additionalProperties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            List<JsonObject> alternatives = alternatives(s);
            return alternatives.isEmpty() ? null : type(alternatives.get(0));
        }
        if (s.has("enum")) {
            return "string";
        }
        return null;
    }

    /** The alternatives of a {@code oneOf}/{@code anyOf} schema; empty when it has none. */
    List<JsonObject> alternatives(JsonObject schema) {
        JsonObject s = resolve(schema);
        for (String key : new String[] {"oneOf", "anyOf"}) {
            if (s.has(key)) {
                List<JsonObject> list = new ArrayList<>();
                for (JsonElement e : s.getAsJsonArray(key)) {
                    list.add(e.getAsJsonObject());
                }
                return list;
            }
        }
        return List.of();
    }

    /** The discriminator property of a {@code oneOf} schema, or null. */
    String discriminator(JsonObject schema) {
        JsonObject s = resolve(schema);
        return s.has("discriminator") ? s.getAsJsonObject("discriminator").get("propertyName").getAsString() : null;
    }

    /** The discriminator value that selects {@code alternative} (by mapping, else the schema name). */
    String discriminatorValue(JsonObject schema, JsonObject alternative) {
        JsonObject s = resolve(schema);
        if (!s.has("discriminator") || !alternative.has("$ref")) {
            return null;
        }
        String ref = alternative.get("$ref").getAsString();
        JsonObject discriminator = s.getAsJsonObject("discriminator");
        if (discriminator.has("mapping")) {
            for (Map.Entry<String, JsonElement> m : discriminator.getAsJsonObject("mapping").entrySet()) {
                if (m.getValue().getAsString().equals(ref)) {
                    return m.getKey();
                }
            }
        }
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** The alternative of a {@code oneOf} that a value's discriminator names, else the first. */
    JsonObject choose(JsonObject schema, JsonElement value) {
        List<JsonObject> alternatives = alternatives(schema);
        String property = discriminator(schema);
        if (property != null && value != null && value.isJsonObject() && value.getAsJsonObject().has(property)
                && value.getAsJsonObject().get(property).isJsonPrimitive()) {
            String wanted = value.getAsJsonObject().get(property).getAsString();
            for (JsonObject alternative : alternatives) {
                if (wanted.equals(discriminatorValue(schema, alternative))) {
                    return alternative;
                }
            }
        }
        return alternatives.get(0);
    }

    /** The object shape of a schema: properties through {@code allOf}, in declaration order. */
    ObjectShape object(JsonObject schema) {
        JsonObject s = resolve(schema);
        ObjectShape cached = shapes.get(s);
        if (cached != null) {
            return cached;
        }
        Map<String, JsonObject> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        JsonObject[] additional = {null};
        collect(s, properties, required, additional, 0);
        boolean freeForm = properties.isEmpty() && additional[0] == null
                && (!s.has("additionalProperties") || !s.get("additionalProperties").isJsonPrimitive()
                || s.get("additionalProperties").getAsBoolean());
        ObjectShape shape = new ObjectShape(Collections.unmodifiableMap(properties), Collections.unmodifiableSet(required),
                additional[0], freeForm);
        shapes.put(s, shape);
        return shape;
    }

    private void collect(JsonObject schema, Map<String, JsonObject> properties, Set<String> required,
                         JsonObject[] additional, int depth) {
        JsonObject s = resolve(schema);
        if (depth > 10) {
            return;
        }
        if (s.has("allOf")) {
            for (JsonElement part : s.getAsJsonArray("allOf")) {
                collect(part.getAsJsonObject(), properties, required, additional, depth + 1);
            }
        }
        if (s.has("properties")) {
            for (Map.Entry<String, JsonElement> p : s.getAsJsonObject("properties").entrySet()) {
                properties.put(p.getKey(), p.getValue().getAsJsonObject());
            }
        }
        if (s.has("required")) {
            for (JsonElement r : s.getAsJsonArray("required")) {
                required.add(r.getAsString());
            }
        }
        if (s.has("additionalProperties") && s.get("additionalProperties").isJsonObject()) {
            additional[0] = s.getAsJsonObject("additionalProperties");
        }
    }

    /** The item schema of an array schema ({@code {}} when it declares none). */
    JsonObject items(JsonObject schema) {
        JsonObject s = resolve(schema);
        return s.has("items") ? s.getAsJsonObject("items") : EMPTY;
    }

    /** The enum values of a schema, or null. */
    JsonArray enumValues(JsonObject schema) {
        JsonObject s = resolve(schema);
        return s.has("enum") ? s.getAsJsonArray("enum") : null;
    }

    /**
     * The paged envelope's item schema: {@code {totalCount, results: [item]}} gives {@code item}; any
     * other schema null.
     */
    JsonObject pagedItem(JsonObject schema) {
        if (schema == null || !"object".equals(type(schema))) {
            return null;
        }
        ObjectShape shape = object(schema);
        JsonObject results = shape.properties().get("results");
        if (results == null || !shape.properties().containsKey("totalCount") || !"array".equals(type(results))) {
            return null;
        }
        return items(results);
    }

    /** Whether {@code dotted} (for example {@code general.name}) names a property of {@code schema}. */
    boolean hasPath(JsonObject schema, String dotted) {
        Map<String, Boolean> known = paths.computeIfAbsent(resolve(schema), k -> new ConcurrentHashMap<>());
        return known.computeIfAbsent(dotted, k -> walk(schema, dotted.split("\\."), 0) != null);
    }

    private JsonObject walk(JsonObject schema, String[] parts, int index) {
        if (index == parts.length) {
            return schema;
        }
        String type = type(schema);
        if ("array".equals(type)) {
            return walk(items(schema), parts, index);
        }
        if (!alternatives(schema).isEmpty()) {
            for (JsonObject alternative : alternatives(schema)) {
                JsonObject found = walk(alternative, parts, index);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!"object".equals(type)) {
            return null;
        }
        ObjectShape shape = object(schema);
        JsonObject property = shape.properties().get(parts[index]);
        if (property == null) {
            return shape.additionalProperties() != null ? walk(shape.additionalProperties(), parts, index + 1)
                    : shape.freeForm() ? EMPTY : null;
        }
        return walk(property, parts, index + 1);
    }

    /**
     * The property names an object schema declares, as a tree: a nested object (or array of objects)
     * maps to its own tree, anything else to {@link Boolean#TRUE}; null for a free-form object. Cached.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> declaredTree(JsonObject schema) {
        return (Map<String, Object>) trees.computeIfAbsent(resolve(schema), s -> tree(s, new java.util.ArrayDeque<>()));
    }

    private final Map<JsonObject, Object> trees = Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private Object tree(JsonObject schema, java.util.Deque<JsonObject> path) {
        JsonObject s = resolve(schema);
        if (path.contains(s) || path.size() > 12) {
            return Boolean.TRUE;
        }
        String type = type(s);
        if ("array".equals(type)) {
            return tree(items(s), path);
        }
        List<JsonObject> alternatives = alternatives(s);
        if (!alternatives.isEmpty() && !s.has("properties")) {
            Map<String, Object> union = new LinkedHashMap<>();
            path.push(s);
            for (JsonObject alternative : alternatives) {
                Object t = tree(alternative, path);
                if (t instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> union.putIfAbsent((String) k, v));
                }
            }
            path.pop();
            return union;
        }
        if (!"object".equals(type)) {
            return Boolean.TRUE;
        }
        ObjectShape shape = object(s);
        if (shape.freeForm() || shape.additionalProperties() != null) {
            return Boolean.TRUE;
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        path.push(s);
        for (Map.Entry<String, JsonObject> property : shape.properties().entrySet()) {
            tree.put(property.getKey(), tree(property.getValue(), path));
        }
        path.pop();
        return Collections.unmodifiableMap(tree);
    }

    /** {@code value} with only what {@code tree} declares (values themselves unchanged); a new value. */
    static com.google.gson.JsonElement prune(com.google.gson.JsonElement value, Object tree) {
        if (!(tree instanceof Map<?, ?> declared) || value == null) {
            return value;
        }
        if (value.isJsonArray()) {
            JsonArray out = new JsonArray();
            value.getAsJsonArray().forEach(item -> out.add(prune(item, tree)));
            return out;
        }
        if (!value.isJsonObject()) {
            return value;
        }
        JsonObject out = new JsonObject();
        for (Map.Entry<String, com.google.gson.JsonElement> member : value.getAsJsonObject().entrySet()) {
            Object sub = declared.get(member.getKey());
            if (sub != null) {
                out.add(member.getKey(), prune(member.getValue(), sub));
            }
        }
        return out;
    }

    /** Whether a property schema is read-only. */
    boolean readOnly(JsonObject schema) {
        JsonObject s = schema == null ? EMPTY : schema;
        if (s.has("readOnly")) {
            return s.get("readOnly").getAsBoolean();
        }
        JsonObject resolved = resolve(s);
        return resolved.has("readOnly") && resolved.get("readOnly").getAsBoolean();
    }
}
