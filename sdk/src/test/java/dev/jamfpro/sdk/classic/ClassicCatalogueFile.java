package dev.jamfpro.sdk.classic;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code specs/classic-catalogue.json} as the tests read it: its documented fixes to Jamf's schemas
 * (JSON merge patches, RFC 7386) and the elements Jamf sends with attributes.
 */
final class ClassicCatalogueFile {
    private static JsonObject catalogue;

    private ClassicCatalogueFile() {
    }

    static synchronized JsonObject catalogue() {
        if (catalogue == null) {
            Path file = Path.of(System.getProperty("jamf.classic.catalogue", "../specs/classic-catalogue.json"));
            try {
                catalogue = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException("the Classic catalogue " + file, e);
            }
        }
        return catalogue;
    }

    /** Jamf's schemas with the catalogue's patches applied. */
    static JsonObject patched(JsonObject schemas) {
        JsonObject result = schemas.deepCopy();
        for (Map.Entry<String, JsonElement> patch : catalogue().getAsJsonObject("schemaPatches").entrySet()) {
            JsonElement target = result.has(patch.getKey()) ? result.get(patch.getKey()) : new JsonObject();
            result.add(patch.getKey(), mergePatch(target, patch.getValue()));
        }
        return result;
    }

    static Set<String> attributed() {
        Set<String> names = new HashSet<>();
        catalogue().getAsJsonArray("attributed").forEach(e -> names.add(e.getAsString()));
        return names;
    }

    private static JsonElement mergePatch(JsonElement target, JsonElement patch) {
        if (!patch.isJsonObject()) {
            return patch;
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
}
