package dev.jamfpro.sdk.codegen;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document's {@code oneOf}s as Java types.
 *
 * <p>A {@code oneOf} of object schemas with a discriminator (Jamf's {@code MdmCommandRequest.commandData}:
 * 35 commands by {@code commandType}; {@code MobileDeviceResponse}: 4 device types by
 * {@code deviceType}) becomes a sealed interface: its schema is replaced by an object schema of the
 * properties every option declares alike (their getters go on the interface), marked
 * {@value #INTERFACE}; each option schema is marked {@value #OPTION} with the interface and its
 * discriminator value, so its class implements the interface and sets the discriminator itself.
 * {@link ModelTemplateData} turns the marks into what the templates print. A discriminator that
 * refers to an enum gets the mapped values the enum lacks, so every option can name its own.
 *
 * <p>Any other {@code oneOf} of object schemas (none in Jamf's documents so far) is merged into one
 * object schema holding the union of the options' properties; a property the options type
 * differently as objects gets a union schema of its own, built the same way, and where they
 * disagree on a scalar the first typed declaration wins.
 */
final class OneOfUnions {
    /** Extension on an interface schema: {@code {discriminator, options: [{value, schema}]}}. */
    static final String INTERFACE = "x-jamf-one-of";
    /** Extension on an option schema: {@code [{interface, discriminator, value}]}. */
    static final String OPTION = "x-jamf-one-of-option";

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
        hoistInlineOneOfs();
        for (String name : new ArrayList<>(schemas.keySet())) {
            Schema schema = schemas.get(name);
            if (schema.getOneOf() == null || !optionsAreObjects(schema.getOneOf())) {
                continue;
            }
            Discriminator discriminator = schema.getDiscriminator();
            if (discriminator != null && discriminator.getPropertyName() != null && optionsAreReferences(schema.getOneOf())) {
                schemas.put(name, sealedInterface(name, schema, discriminator));
                LOG.info("oneOf {}: {} options, a sealed interface chosen by '{}'", name, schema.getOneOf().size(),
                        discriminator.getPropertyName());
            } else {
                Schema union = union(name, schema.getOneOf());
                union.setDescription(schema.getDescription());
                schemas.put(name, union);
                LOG.info("oneOf {}: {} options merged into one model", name, schema.getOneOf().size());
            }
        }
    }

    /**
     * A {@code oneOf} declared inline in a property (Jamf's {@code MdmCommandRequest.commandData}) becomes
     * a schema of its own, named after owner and property ({@code MdmCommandRequestCommandData}), so
     * it gets a type like any other.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void hoistInlineOneOfs() {
        for (String owner : new ArrayList<>(schemas.keySet())) {
            Map<String, Schema> declared = schemas.get(owner).getProperties();
            if (declared == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : declared.entrySet()) {
                Schema value = property.getValue();
                Schema holder = value.getItems() != null && value.getItems().getOneOf() != null ? value : null;
                Schema oneOf = holder != null ? value.getItems() : value;
                if (oneOf.getOneOf() == null || oneOf.get$ref() != null) {
                    continue;
                }
                String name = owner + OperationNames.pascal(property.getKey());
                for (int n = 2; schemas.containsKey(name); n++) {
                    name = owner + OperationNames.pascal(property.getKey()) + n;
                }
                schemas.put(name, oneOf);
                Schema ref = new Schema<>().$ref("#/components/schemas/" + name);
                if (holder != null) {
                    holder.setItems(ref);
                } else {
                    ref.setDescription(oneOf.getDescription());
                    property.setValue(ref);
                }
                LOG.info("oneOf in {}.{} named {}", owner, property.getKey(), name);
            }
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema sealedInterface(String name, Schema schema, Discriminator discriminator) {
        String property = discriminator.getPropertyName();
        Map<String, String> valueBySchema = new LinkedHashMap<>();
        if (discriminator.getMapping() != null) {
            discriminator.getMapping().forEach((value, ref) -> valueBySchema.putIfAbsent(simpleName(ref), value));
        }
        List<Map<String, String>> options = new ArrayList<>();
        List<String> optionNames = new ArrayList<>();
        for (Object option : schema.getOneOf()) {
            String optionName = simpleName(((Schema) option).get$ref());
            String value = valueBySchema.getOrDefault(optionName, optionName);
            optionNames.add(optionName);
            options.add(Map.of("value", value, "schema", optionName));
            Schema optionSchema = schemas.get(optionName);
            dropUntypedRedeclarations(optionName, optionSchema);
            List<Object> marks = optionSchema.getExtensions() != null && optionSchema.getExtensions().get(OPTION) instanceof List<?> l
                    ? new ArrayList<>(l) : new ArrayList<>();
            marks.add(Map.of("interface", name, "discriminator", property, "value", value));
            optionSchema.addExtension(OPTION, marks);
            addEnumValue(properties(optionSchema).get(property), value);
        }
        ObjectSchema sealed = new ObjectSchema();
        sealed.setDescription(schema.getDescription());
        commonProperties(optionNames).forEach(sealed::addProperty);
        sealed.addExtension(INTERFACE, Map.of("discriminator", property, "options", options));
        return sealed;
    }

    /**
     * In an {@code allOf}, a part that declares again a property an earlier part typed, without a type
     * of its own (Jamf's {@code DisableRemoteDesktopCommand} adds only {@code nullable} and an
     * {@code example} to {@code commandType}), only annotates it: the typed declaration stands, instead
     * of the generator typing the property as untyped JSON in that one option.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void dropUntypedRedeclarations(String name, Schema schema) {
        if (schema.getAllOf() == null) {
            return;
        }
        Map<String, Schema> earlier = new LinkedHashMap<>();
        for (Object item : schema.getAllOf()) {
            Schema part = (Schema) item;
            if (part.get$ref() == null && part.getProperties() != null) {
                Map<String, Schema> declared = part.getProperties();
                declared.entrySet().removeIf(e -> {
                    boolean annotationOnly = earlier.containsKey(e.getKey()) && untyped(e.getValue());
                    if (annotationOnly) {
                        LOG.info("{}.{}: an allOf part declares it again without a type; the typed declaration stands",
                                name, e.getKey());
                    }
                    return annotationOnly;
                });
            }
            earlier.putAll(properties(resolve(part)));
        }
    }

    @SuppressWarnings("rawtypes")
    private static boolean untyped(Schema schema) {
        return schema.get$ref() == null && schema.getType() == null && (schema.getTypes() == null || schema.getTypes().isEmpty())
                && schema.getItems() == null && schema.getProperties() == null && schema.getEnum() == null
                && schema.getAllOf() == null && schema.getOneOf() == null && schema.getAnyOf() == null;
    }

    /** The properties every option declares alike, as the interface can declare their getters. */
    @SuppressWarnings("rawtypes")
    private Map<String, Schema> commonProperties(List<String> optionNames) {
        Map<String, Schema> common = null;
        for (String optionName : optionNames) {
            Map<String, Schema> declared = properties(schemas.get(optionName));
            if (common == null) {
                common = new LinkedHashMap<>(declared);
                common.values().removeIf(s -> !sameTypeInEveryClass(s));
            } else {
                common.entrySet().removeIf(e -> !declared.containsKey(e.getKey())
                        || !Json.pretty(declared.get(e.getKey())).equals(Json.pretty(e.getValue())));
            }
        }
        return common == null ? Map.of() : common;
    }

    /** Not an inline enum or object (each option's class would get a type of its own for it). */
    @SuppressWarnings("rawtypes")
    private static boolean sameTypeInEveryClass(Schema schema) {
        if (schema.get$ref() != null) {
            return true;
        }
        if (schema.getEnum() != null || schema.getProperties() != null || schema.getAllOf() != null
                || schema.getOneOf() != null || schema.getAnyOf() != null) {
            return false;
        }
        return schema.getItems() == null || sameTypeInEveryClass(schema.getItems());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void addEnumValue(Schema property, String value) {
        Schema target = resolve(property);
        if (target != null && target.getEnum() != null && !target.getEnum().contains(value)
                && (target.getType() == null || "string".equals(target.getType()))) {
            target.getEnum().add(value);
            LOG.info("discriminator value {} added to the enum it refers to", value);
        }
    }

    @SuppressWarnings("rawtypes")
    private boolean optionsAreReferences(List<Schema> options) {
        return options.stream().allMatch(o -> o.get$ref() != null && schemas.containsKey(simpleName(o.get$ref())));
    }

    @SuppressWarnings("rawtypes")
    private boolean optionsAreObjects(List<Schema> options) {
        for (Schema option : options) {
            Schema resolved = resolve(option);
            if (resolved == null || (properties(resolved).isEmpty() && !isObject(resolved))) {
                return false;
            }
        }
        return !options.isEmpty();
    }

    @SuppressWarnings("rawtypes")
    private boolean isObject(Schema schema) {
        if ("object".equals(schema.getType())) {
            return true;
        }
        if (schema.getAllOf() != null) {
            for (Object part : schema.getAllOf()) {
                Schema resolved = resolve((Schema) part);
                if (resolved != null && isObject(resolved)) {
                    return true;
                }
            }
        }
        return false;
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
            current = schemas.get(simpleName(current.get$ref()));
        }
        return current;
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
