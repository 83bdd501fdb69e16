package dev.jamfpro.sdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fixes to Jamf's OpenAPI document, read from {@code specs/overrides.json}. Every entry is keyed by
 * what it fixes and applies only where that exists, so one file serves every Jamf version.
 *
 * <pre>{@code
 * {
 *   "operationNames": { "GET /v1/example/{id}": "getExampleByIdV1" },
 *   "schemaPatches": { "SchemaName": { JSON merge patch (RFC 7386) of that schema } }
 * }
 * }</pre>
 *
 * A patch whose schema is absent from the document is skipped (with a note in the build log).
 */
final class SpecOverrides {
    static final SpecOverrides EMPTY = new SpecOverrides(Map.of(), Map.of());

    private static final Logger LOG = LoggerFactory.getLogger(SpecOverrides.class);

    private final Map<String, String> operationNames;
    private final Map<String, JsonNode> schemaPatches;

    private SpecOverrides(Map<String, String> operationNames, Map<String, JsonNode> schemaPatches) {
        this.operationNames = operationNames;
        this.schemaPatches = schemaPatches;
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
            if (!entry.getKey().matches("(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS) /\\S*")) {
                throw new IllegalArgumentException("overrides " + file.getName() + ": operationNames key must be "
                        + "'METHOD /path', got '" + entry.getKey() + "'");
            }
            names.put(entry.getKey(), entry.getValue().asText());
        }
        Map<String, JsonNode> patches = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("schemaPatches").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isObject()) {
                throw new IllegalArgumentException("overrides " + file.getName() + ": schemaPatches." + entry.getKey()
                        + " must be a JSON object (a merge patch)");
            }
            patches.put(entry.getKey(), entry.getValue());
        }
        return new SpecOverrides(names, patches);
    }

    /** The method name settled for {@code "METHOD /path"}, or null to use the naming rule. */
    String operationName(String methodAndPath) {
        return operationNames.get(methodAndPath);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    void applyTo(OpenAPI openAPI) {
        if (schemaPatches.isEmpty()) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        ObjectMapper mapper = Json.mapper();
        for (Map.Entry<String, JsonNode> patch : schemaPatches.entrySet()) {
            Schema schema = schemas == null ? null : schemas.get(patch.getKey());
            if (schema == null) {
                LOG.info("overrides: schema {} is not in this document; patch skipped", patch.getKey());
                continue;
            }
            JsonNode patched = mergePatch(mapper.valueToTree(schema), patch.getValue());
            try {
                schemas.put(patch.getKey(), mapper.treeToValue(patched, Schema.class));
            } catch (IOException e) {
                throw new UncheckedIOException("overrides: patched schema " + patch.getKey() + " is not a schema", e);
            }
        }
    }

    /** RFC 7386: objects merge member by member, null removes, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), mergePatch(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
