package dev.jamfpro.sdk.pro.contract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a Jamf Pro OpenAPI 3.0 document the contract test reads, straight from the JSON
 * (independent of the generator's own parsing, so the two can disagree and the test can notice).
 */
final class OpenApiDocument {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete", "head", "options");

    private final JsonObject root;
    private List<Operation> operations; // read once, after any overrides

    private OpenApiDocument(JsonObject root) {
        this.root = root;
    }

    static OpenApiDocument read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new OpenApiDocument(JsonParser.parseReader(reader).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenAPI document " + file, e);
        }
    }

    /**
     * Applies the {@code schemaPatches} and {@code operationPatches} of {@code specs/overrides.json}
     * (JSON merge patches; one reaching a {@code $ref} patches the referenced schema), as the
     * generator does: the SDK implements the corrected document.
     */
    void applyOverrides(JsonObject overrides) {
        operations = null;
        if (overrides.has("operationPatches")) {
            for (Map.Entry<String, JsonElement> patch : overrides.getAsJsonObject("operationPatches").entrySet()) {
                String[] key = patch.getKey().split(" ", 2);
                JsonObject item = root.getAsJsonObject("paths").getAsJsonObject(key[1]);
                String method = key[0].toLowerCase(Locale.ROOT);
                if (item != null && item.has(method)) {
                    item.add(method, mergePatch(item.get(method), patch.getValue()));
                }
            }
        }
        if (overrides.has("schemaPatches")) {
            JsonObject schemas = root.getAsJsonObject("components").getAsJsonObject("schemas");
            for (Map.Entry<String, JsonElement> patch : overrides.getAsJsonObject("schemaPatches").entrySet()) {
                if (schemas.has(patch.getKey())) {
                    schemas.add(patch.getKey(), mergePatch(schemas.get(patch.getKey()), patch.getValue()));
                }
            }
        }
    }

    private JsonElement mergePatch(JsonElement target, JsonElement patch) {
        if (!patch.isJsonObject()) {
            return patch;
        }
        if (target != null && target.isJsonObject() && target.getAsJsonObject().has("$ref") && !patch.getAsJsonObject().has("$ref")) {
            String ref = target.getAsJsonObject().get("$ref").getAsString();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonObject schemas = root.getAsJsonObject("components").getAsJsonObject("schemas");
            schemas.add(name, mergePatch(schemas.get(name), patch));
            return target;
        }
        JsonObject result = target != null && target.isJsonObject() ? target.getAsJsonObject().deepCopy() : new JsonObject();
        for (Map.Entry<String, JsonElement> member : patch.getAsJsonObject().entrySet()) {
            if (member.getValue().isJsonNull()) {
                result.remove(member.getKey());
            } else {
                result.add(member.getKey(), mergePatch(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    /** Every operation in document order. */
    List<Operation> operations() {
        if (operations == null) {
            operations = List.copyOf(readOperations());
        }
        return operations;
    }

    private List<Operation> readOperations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonElement> path : root.getAsJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().getAsJsonObject();
            List<Parameter> pathLevel = parameters(item.getAsJsonArray("parameters"));
            for (Map.Entry<String, JsonElement> entry : item.entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonObject op = entry.getValue().getAsJsonObject();
                List<Parameter> parameters = parameters(op.getAsJsonArray("parameters"));
                for (Parameter inherited : pathLevel) {
                    if (parameters.stream().noneMatch(p -> p.in().equals(inherited.in()) && p.name().equals(inherited.name()))) {
                        parameters.add(inherited);
                    }
                }
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), op, parameters,
                        requestContent(op), successResponse(op)));
            }
        }
        return operations;
    }

    /** True when the operation declares a request body and does not mark it {@code required}. */
    boolean bodyOptional(Operation op) {
        if (!op.raw().has("requestBody")) {
            return false;
        }
        JsonObject body = resolve(op.raw().getAsJsonObject("requestBody"));
        return !(body.has("required") && body.get("required").getAsBoolean());
    }

    /**
     * The successor of a deprecated operation as the SDK promises it: the same method and the same path
     * after the version segment ({@code v1}...{@code vN}; {@code preview} and no version count as 0),
     * under a greater version, not deprecated; the greatest such version. Null when there is none.
     */
    Operation successor(Operation deprecated) {
        String[] version = versionAndRest(deprecated.path());
        Operation best = null;
        int bestVersion = Integer.MIN_VALUE;
        for (Operation candidate : operations()) {
            String[] other = versionAndRest(candidate.path());
            int v = Integer.parseInt(other[0]);
            if (candidate.method().equals(deprecated.method()) && other[1].equals(version[1]) && !candidate.deprecated()
                    && v > Integer.parseInt(version[0]) && v > bestVersion) {
                best = candidate;
                bestVersion = v;
            }
        }
        return best;
    }

    private static String[] versionAndRest(String path) {
        int second = path.indexOf('/', 1);
        String first = second < 0 ? path.substring(1) : path.substring(1, second);
        if (second > 0 && first.equals("preview")) {
            return new String[] {"0", path.substring(second)};
        }
        if (second > 0 && first.matches("v\\d+")) {
            return new String[] {first.substring(1), path.substring(second)};
        }
        return new String[] {"0", path};
    }

    /** Follows {@code $ref}s (local ones, as Jamf's document has) until a non-reference object. */
    JsonObject resolve(JsonObject object) {
        JsonObject current = object;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("reference cycle at " + object);
            }
            current = lookup(current.get("$ref").getAsString());
        }
        return current;
    }

    JsonObject lookup(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonElement node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.getAsJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
            if (node == null) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
        }
        return node.getAsJsonObject();
    }

    private List<Parameter> parameters(JsonArray array) {
        List<Parameter> parameters = new ArrayList<>();
        if (array == null) {
            return parameters;
        }
        for (JsonElement element : array) {
            JsonObject p = resolve(element.getAsJsonObject());
            JsonObject schema = p.has("schema") ? p.getAsJsonObject("schema") : new JsonObject();
            parameters.add(new Parameter(p.get("name").getAsString(), p.get("in").getAsString(),
                    p.has("required") && p.get("required").getAsBoolean(), schema));
        }
        return parameters;
    }

    /** Media type → schema of the request body, in document order; empty when there is no body. */
    private Map<String, JsonObject> requestContent(JsonObject op) {
        if (!op.has("requestBody")) {
            return Map.of();
        }
        return content(resolve(op.getAsJsonObject("requestBody")));
    }

    /** The first 2xx answer (by status code), as the generator chooses it; null when there is none. */
    private Response successResponse(JsonObject op) {
        String best = null;
        for (String code : op.getAsJsonObject("responses").keySet()) {
            if (code.startsWith("2") && (best == null || code.compareTo(best) < 0)) {
                best = code;
            }
        }
        if (best == null) {
            return null;
        }
        JsonObject response = resolve(op.getAsJsonObject("responses").getAsJsonObject(best));
        return new Response(Integer.parseInt(best), content(response));
    }

    private static Map<String, JsonObject> content(JsonObject holder) {
        Map<String, JsonObject> content = new LinkedHashMap<>();
        if (holder.has("content")) {
            for (Map.Entry<String, JsonElement> media : holder.getAsJsonObject("content").entrySet()) {
                JsonObject mediaObject = media.getValue().getAsJsonObject();
                content.put(media.getKey(), mediaObject.has("schema") ? mediaObject.getAsJsonObject("schema") : new JsonObject());
            }
        }
        return content;
    }

    record Parameter(String name, String in, boolean required, JsonObject schema) {
    }

    record Response(int status, Map<String, JsonObject> content) {
    }

    record Operation(String method, String path, JsonObject raw, List<Parameter> parameters,
                     Map<String, JsonObject> requestContent, Response response) {

        String displayName() {
            return method + " " + path;
        }

        boolean deprecated() {
            return raw.has("deprecated") && raw.get("deprecated").getAsBoolean();
        }

        String deprecationDate() {
            return raw.has("x-deprecation-date") ? raw.get("x-deprecation-date").getAsString() : null;
        }
    }
}
