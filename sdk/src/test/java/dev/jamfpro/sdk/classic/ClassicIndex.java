package dev.jamfpro.sdk.classic;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Classic generator made, as it lists it in its index ({@code -Djamf.classic.index}): every
 * schema (model class and root, or list element, item element and item class) and every method with
 * the swagger operations it serves. Tests check it against Jamf's documents, which they read themselves.
 */
final class ClassicIndex {
    private static JsonObject index;

    private ClassicIndex() {
    }

    static synchronized JsonObject index() {
        if (index == null) {
            Path file = Path.of(System.getProperty("jamf.classic.index", "target/jamf-classic-api/classic-api-index.json"));
            try {
                index = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            } catch (IOException e) {
                throw new UncheckedIOException("the Classic generator's index " + file + " (run the build first)", e);
            }
        }
        return index;
    }

    static JsonObject schemas() {
        return index().getAsJsonObject("schemas");
    }

    static JsonObject schema(String name) {
        JsonObject schema = schemas().getAsJsonObject(name);
        if (schema == null) {
            throw new AssertionError("the index has no schema " + name);
        }
        return schema;
    }

    static List<JsonObject> methods() {
        return index().getAsJsonArray("methods").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    static JsonObject resources() {
        return index().getAsJsonObject("resources");
    }

    static Class<?> type(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("generated class " + className + " not found", e);
        }
    }

    /** The resource at {@code path}: its single model and its list (either may be missing, then null). */
    static ClassicResource<?, ?> resource(String path) {
        JsonObject entry = resources().getAsJsonObject(path);
        if (entry == null) {
            return null;
        }
        Class<?> type = null;
        String root = null;
        if (entry.has("single") && !entry.get("single").isJsonNull()) {
            JsonObject single = schema(entry.get("single").getAsString());
            if (single.get("kind").getAsString().equals("model")) {
                type = type(single.get("class").getAsString());
                root = single.get("root").getAsString();
            }
        }
        String listElement = null;
        String itemElement = null;
        Class<?> itemType = null;
        if (entry.has("list") && !entry.get("list").isJsonNull()) {
            JsonObject list = schema(entry.get("list").getAsString());
            if (list.get("kind").getAsString().equals("list")) {
                listElement = list.get("listElement").getAsString();
                itemElement = list.get("itemElement").getAsString();
                itemType = type(list.get("itemClass").getAsString());
            }
        }
        return new ClassicResource<>(path, root, listElement, itemElement, type, itemType);
    }

    /** Every resource of the index, by path. */
    static Map<String, ClassicResource<?, ?>> allResources() {
        Map<String, ClassicResource<?, ?>> all = new LinkedHashMap<>();
        resources().keySet().forEach(path -> all.put(path, resource(path)));
        return all;
    }
}
