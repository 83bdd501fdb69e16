package dev.jamfpro.sdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code specs/classic-catalogue.json}: what the Classic generator needs beyond Jamf's documents
 * (names, return types the documents leave out, fixes where Jamf's examples differ from its document).
 * Every entry is optional; see the file's {@code _comment}.
 */
final class ClassicCatalogue {
    private final JsonNode root;
    private final Map<String, String> words = new LinkedHashMap<>();
    private final Set<String> attributed = new HashSet<>();
    private final Set<String> stringElements = new HashSet<>();
    private final Set<String> repeated = new HashSet<>();

    private ClassicCatalogue(JsonNode root) {
        this.root = root;
        root.path("words").fields().forEachRemaining(e -> words.put(e.getKey(), e.getValue().asText()));
        root.path("attributed").forEach(e -> attributed.add(e.asText()));
        root.path("stringElements").forEach(e -> stringElements.add(e.asText()));
        root.path("repeated").forEach(e -> repeated.add(e.asText()));
    }

    static ClassicCatalogue read(Path file) {
        try {
            return new ClassicCatalogue(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Classic catalogue " + file, e);
        }
    }

    Map<String, String> words() {
        return words;
    }

    Set<String> attributed() {
        return attributed;
    }

    Set<String> stringElements() {
        return stringElements;
    }

    /** Schema paths of elements that repeat where the document declares one. */
    Set<String> repeated() {
        return repeated;
    }

    /** Whether {@code path} is in {@code entries}: as a whole path, its last element, or a {@code *}{@code /suffix}. */
    boolean matches(Set<String> entries, String path) {
        String element = path.substring(path.lastIndexOf('/') + 1);
        if (entries.contains(path) || entries.contains(element)) {
            return true;
        }
        for (String entry : entries) {
            if (entry.startsWith("*/") && path.endsWith(entry.substring(1))) {
                return true;
            }
        }
        return false;
    }

    /** The catalogue entry of a resource (its path under {@code /JSSResource}), empty if none. */
    JsonNode resource(String path) {
        return root.path("resources").path(path);
    }

    /** The catalogue entry of an operation ({@code "GET /computers/match/{match}"}), empty if none. */
    JsonNode operation(String key) {
        return root.path("operations").path(key);
    }

    /** The class a schema path or element maps to, or null: {@code path} first, then {@code *}{@code /element}. */
    String className(String path, String element) {
        JsonNode names = root.path("classNames");
        if (names.has(path)) {
            return names.get(path).asText();
        }
        String best = null;
        int bestLength = -1;
        if (path.contains("/")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = names.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                if (key.startsWith("*/") && path.endsWith(key.substring(1)) && key.length() > bestLength) {
                    best = entry.getValue().asText();
                    bestLength = key.length();
                }
            }
        }
        return best;
    }

    /** Elements a class gets a constructor for (empty if none). */
    java.util.List<String> constructor(String className) {
        java.util.List<String> elements = new java.util.ArrayList<>();
        root.path("constructors").path(className).forEach(e -> elements.add(e.asText()));
        return elements;
    }

    /** Elements a class gets a static {@code of(...)} for (empty if none). */
    java.util.List<String> factory(String className) {
        java.util.List<String> elements = new java.util.ArrayList<>();
        root.path("factories").path(className).forEach(e -> elements.add(e.asText()));
        return elements;
    }

    /** Jamf's schemas with the catalogue's merge patches applied (a patch may add a schema). */
    JsonNode patchedSchemas(JsonNode schemas) {
        ObjectNode patched = schemas.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("schemaPatches").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> patch = it.next();
            JsonNode target = patched.has(patch.getKey()) ? patched.get(patch.getKey())
                    : JsonNodeFactory.instance.objectNode();
            patched.set(patch.getKey(), SpecOverrides.mergePatch(target, patch.getValue(), (ref, node) -> { }));
        }
        return patched;
    }
}
