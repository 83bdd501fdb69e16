package dev.jamfpro.sdk.codegen;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each {@code oneOf} of object schemas into one object schema holding the union of their
 * properties, because the retrofit2/Gson models have no polymorphism: the stock generator flattens
 * the options too, but a property the options type differently (Jamf's {@code MobileDeviceResponse}:
 * {@code general} is {@code MobileDeviceIosGeneral}, {@code ...TvOsGeneral}, ...) silently takes the
 * last option's type and answers lose fields. Here such a property gets a union schema of its own
 * ({@code MobileDeviceResponseGeneral}), built the same way. The discriminator property stays an
 * ordinary property, so callers still see which variant they hold.
 *
 * <p>Where options disagree on a scalar property, the first typed declaration wins.
 */
final class OneOfUnions {
    private static final Logger LOG = LoggerFactory.getLogger(OneOfUnions.class);

    @SuppressWarnings("rawtypes")
    private final Map<String, Schema> schemas;

    @SuppressWarnings("rawtypes")
    private OneOfUnions(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        new OneOfUnions(openAPI.getComponents().getSchemas()).run();
    }

    @SuppressWarnings("rawtypes")
    private void run() {
        for (String name : new ArrayList<>(schemas.keySet())) {
            Schema schema = schemas.get(name);
            if (schema.getOneOf() != null && optionsAreObjects(schema.getOneOf())) {
                Schema union = union(name, schema.getOneOf());
                union.setDescription(schema.getDescription());
                schemas.put(name, union);
                LOG.info("oneOf {}: {} options merged into one model", name, schema.getOneOf().size());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private boolean optionsAreObjects(List<Schema> options) {
        for (Schema option : options) {
            Schema resolved = resolve(option);
            if (resolved == null || properties(resolved).isEmpty()) {
                return false;
            }
        }
        return !options.isEmpty();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema union(String name, List<Schema> options) {
        Map<String, List<Schema>> candidates = new LinkedHashMap<>();
        for (Schema option : options) {
            properties(resolve(option)).forEach((property, schema) ->
                    candidates.computeIfAbsent(property, k -> new ArrayList<>()).add(schema));
        }
        ObjectSchema union = new ObjectSchema();
        for (Map.Entry<String, List<Schema>> property : candidates.entrySet()) {
            union.addProperty(property.getKey(), merge(name, property.getKey(), property.getValue()));
        }
        return union;
    }

    @SuppressWarnings("rawtypes")
    private Schema merge(String owner, String property, List<Schema> declarations) {
        List<Schema> distinct = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Schema declaration : declarations) {
            String json = Json.pretty(declaration);
            if (!seen.contains(json)) {
                seen.add(json);
                distinct.add(declaration);
            }
        }
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        boolean allObjectRefs = distinct.stream().allMatch(s -> s.get$ref() != null && !properties(resolve(s)).isEmpty());
        if (allObjectRefs) {
            String unionName = owner + OperationNames.pascal(property);
            if (!schemas.containsKey(unionName)) {
                schemas.put(unionName, new ObjectSchema()); // placeholder: ends recursion through itself
                schemas.put(unionName, union(unionName, distinct));
            }
            return new Schema<>().$ref("#/components/schemas/" + unionName);
        }
        for (Schema declaration : distinct) {
            if (declaration.get$ref() != null || declaration.getType() != null || declaration.getTypes() != null) {
                return declaration;
            }
        }
        return distinct.get(0);
    }

    /** The properties of an object schema, those of its {@code allOf} parts included. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Map<String, Schema> properties(Schema schema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        if (schema == null) {
            return properties;
        }
        if (schema.getAllOf() != null) {
            for (Object part : schema.getAllOf()) {
                properties.putAll(properties(resolve((Schema) part)));
            }
        }
        if (schema.getProperties() != null) {
            properties.putAll(schema.getProperties());
        }
        return properties;
    }

    @SuppressWarnings("rawtypes")
    private Schema resolve(Schema schema) {
        Schema current = schema;
        for (int hops = 0; current != null && current.get$ref() != null && hops < 20; hops++) {
            String ref = current.get$ref();
            current = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }
}
