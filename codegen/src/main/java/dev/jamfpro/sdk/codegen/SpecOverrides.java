package dev.jamfpro.sdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Fixes to Jamf's OpenAPI document, read from {@code specs/overrides.json}. Every entry is keyed by
 * what it fixes and applies only where that exists, so one file serves every Jamf version.
 *
 * <pre>{@code
 * {
 *   "operationNames": { "GET /v1/example/{id}": "getExampleByIdV1" },
 *   "schemaPatches": { "SchemaName": { JSON merge patch (RFC 7386) of that schema } },
 *   "operationPatches": { "POST /v1/example": { JSON merge patch of that operation } }
 * }
 * }</pre>
 *
 * A patch whose schema or operation is absent from the document is skipped (with a note in the
 * build log). An operation patch that reaches into a schema the generator has already moved to
 * {@code components} (inline request bodies become {@code $ref}s) is applied to that schema.
 */
final class SpecOverrides {
    static final SpecOverrides EMPTY = new SpecOverrides(Map.of(), Map.of(), Map.of());
    private static final String SCHEMA_REF = "#/components/schemas/";

    private static final Logger LOG = LoggerFactory.getLogger(SpecOverrides.class);
    private static final String OPERATION_KEY = "(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS) /\\S*";

    private final Map<String, String> operationNames;
    private final Map<String, JsonNode> schemaPatches;
    private final Map<String, JsonNode> operationPatches;

    private SpecOverrides(Map<String, String> operationNames, Map<String, JsonNode> schemaPatches,
                          Map<String, JsonNode> operationPatches) {
        this.operationNames = operationNames;
        this.schemaPatches = schemaPatches;
        this.operationPatches = operationPatches;
    }

    static SpecOverrides read(File file) {
        if (!file.isFile()) {
            throw new IllegalArgumentException("overrides file not found: " + file.getAbsolutePath());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read overrides file " + file.getAbsolutePath(), e);
        }
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode namesNode = root.path("operationNames");
        for (Iterator<Map.Entry<String, JsonNode>> it = namesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().matches(OPERATION_KEY)) {
                throw new IllegalArgumentException("overrides " + file.getName() + ": operationNames key must be "
                        + "'METHOD /path', got '" + entry.getKey() + "'");
            }
            names.put(entry.getKey(), entry.getValue().asText());
        }
        Map<String, JsonNode> operations = patches(root, "operationPatches", file);
        for (String key : operations.keySet()) {
            if (!key.matches(OPERATION_KEY)) {
                throw new IllegalArgumentException("overrides " + file.getName() + ": operationPatches key must be "
                        + "'METHOD /path', got '" + key + "'");
            }
        }
        return new SpecOverrides(names, patches(root, "schemaPatches", file), operations);
    }

    private static Map<String, JsonNode> patches(JsonNode root, String member, File file) {
        Map<String, JsonNode> patches = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path(member).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isObject()) {
                throw new IllegalArgumentException("overrides " + file.getName() + ": " + member + "." + entry.getKey()
                        + " must be a JSON object (a merge patch)");
            }
            patches.put(entry.getKey(), entry.getValue());
        }
        return patches;
    }

    /** The method name settled for {@code "METHOD /path"}, or null to use the naming rule. */
    String operationName(String methodAndPath) {
        return operationNames.get(methodAndPath);
    }

    void applyTo(OpenAPI openAPI) {
        for (Map.Entry<String, JsonNode> patch : operationPatches.entrySet()) {
            patchOperation(openAPI, patch.getKey(), patch.getValue());
        }
        for (Map.Entry<String, JsonNode> patch : schemaPatches.entrySet()) {
            patchSchema(openAPI, patch.getKey(), patch.getValue());
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void patchSchema(OpenAPI openAPI, String name, JsonNode patch) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        Schema schema = schemas == null ? null : schemas.get(name);
        if (schema == null) {
            LOG.info("overrides: schema {} is not in this document; patch skipped", name);
            return;
        }
        ObjectMapper mapper = Json.mapper();
        JsonNode patched = mergePatch(mapper.valueToTree(schema), patch, (ref, subPatch) -> patchSchema(openAPI, ref, subPatch));
        try {
            schemas.put(name, mapper.treeToValue(patched, Schema.class));
        } catch (IOException e) {
            throw new UncheckedIOException("overrides: patched schema " + name + " is not a schema", e);
        }
    }

    private static void patchOperation(OpenAPI openAPI, String key, JsonNode patch) {
        int space = key.indexOf(' ');
        PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(key.substring(0, space));
        PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().get(key.substring(space + 1));
        Operation operation = item == null ? null : item.readOperationsMap().get(method);
        if (operation == null) {
            LOG.info("overrides: operation {} is not in this document; patch skipped", key);
            return;
        }
        ObjectMapper mapper = Json.mapper();
        JsonNode patched = mergePatch(mapper.valueToTree(operation), patch, (ref, subPatch) -> patchSchema(openAPI, ref, subPatch));
        try {
            item.operation(method, mapper.treeToValue(patched, Operation.class));
        } catch (IOException e) {
            throw new UncheckedIOException("overrides: patched operation " + key + " is not an operation", e);
        }
    }

    /**
     * RFC 7386: objects merge member by member, null removes, anything else replaces. Where the
     * target is a reference to a component schema, the patch goes to {@code throughReference} for
     * that schema instead.
     */
    static JsonNode mergePatch(JsonNode target, JsonNode patch, BiConsumer<String, JsonNode> throughReference) {
        if (!patch.isObject()) {
            return patch;
        }
        if (target != null && target.has("$ref") && !patch.has("$ref")
                && target.get("$ref").asText().startsWith(SCHEMA_REF)) {
            throughReference.accept(target.get("$ref").asText().substring(SCHEMA_REF.length()), patch);
            return target;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), mergePatch(result.get(member.getKey()), member.getValue(), throughReference));
            }
        }
        return result;
    }
}
