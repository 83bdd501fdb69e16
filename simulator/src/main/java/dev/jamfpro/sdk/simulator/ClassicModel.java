package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Classic API as the simulator knows it: every resource of the Classic swagger the simulator was
 * built with, each with its paths and methods, its XML element names and Jamf's example answers (read
 * from the digest {@link ApiDigest} wrote into the jar). Loaded once per JVM and immutable.
 */
final class ClassicModel {
    /** One path of a resource, after the resource name ({@code id/{id}/subset/{subset}}), and its methods. */
    record Template(List<String> segments, Set<String> methods) {
        /** Whether {@code rest} (the request's segments after the resource) fits; a {@code {...}} segment fits any. */
        boolean fits(List<String> rest) {
            if (rest.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < rest.size(); i++) {
                String s = segments.get(i);
                if (!s.contains("{") && !s.equalsIgnoreCase(rest.get(i))) {
                    return false;
                }
            }
            return true;
        }

        int literals() {
            return (int) segments.stream().filter(s -> !s.contains("{")).count();
        }

        /** {@code id/{id}/subset/{subset}} as the examples key it: {@code id/:id/subset/:subset}. */
        String examplePattern() {
            List<String> parts = new ArrayList<>();
            for (String s : segments) {
                parts.add(s.contains("{") ? ":" : s);
            }
            return String.join("/", parts);
        }
    }

    /** One resource ({@code buildings}) and what the documents say of it. */
    record Resource(String name, List<Template> templates, String listElement, String itemElement,
                    Map<String, String> examples, String generatedRecord) {
        /** The template {@code rest} fits, literal segments first; null when none does. */
        Template match(List<String> rest) {
            Template best = null;
            for (Template t : templates) {
                if (t.fits(rest) && (best == null || t.literals() > best.literals())) {
                    best = t;
                }
            }
            return best;
        }

        /** The lookup keys of {@code /{resource}/{key}/{value}} paths ({@code id}, {@code name}, {@code udid}...). */
        Set<String> lookupKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (Template t : templates) {
                if (t.segments().size() >= 2 && !t.segments().get(0).contains("{") && t.segments().get(1).contains("{")) {
                    keys.add(t.segments().get(0));
                }
            }
            return keys;
        }

        /** Jamf's example answer for a method and a path pattern ({@code GET id/:id}), or null. */
        String example(String method, String pattern) {
            for (Map.Entry<String, String> e : examples.entrySet()) {
                String key = e.getKey();
                int space = key.indexOf(' ');
                if (key.substring(0, space).equals(method) && normalize(key.substring(space + 1)).equals(pattern)) {
                    return e.getValue();
                }
            }
            return null;
        }

        private static String normalize(String postmanPath) {
            List<String> parts = new ArrayList<>();
            for (String s : postmanPath.split("/", -1)) {
                parts.add(s.startsWith(":") ? ":" : s);
            }
            String joined = String.join("/", parts);
            return joined.equals(":") && postmanPath.isEmpty() ? "" : joined;
        }
    }

    private static volatile ClassicModel loaded;

    private final Map<String, Resource> resources;

    private ClassicModel(JsonObject digest) {
        Map<String, Resource> map = new LinkedHashMap<>();
        for (JsonElement e : digest.getAsJsonArray("resources")) {
            JsonObject r = e.getAsJsonObject();
            String name = r.get("name").getAsString();
            List<Template> templates = new ArrayList<>();
            for (JsonElement t : r.getAsJsonArray("paths")) {
                JsonObject template = t.getAsJsonObject();
                List<String> segments = new ArrayList<>();
                for (String s : template.get("path").getAsString().split("/")) {
                    if (!s.isEmpty()) {
                        segments.add(s);
                    }
                }
                segments.remove(0); // the resource itself
                Set<String> methods = new LinkedHashSet<>();
                template.getAsJsonArray("methods").forEach(m -> methods.add(m.getAsString()));
                templates.add(new Template(List.copyOf(segments), Collections.unmodifiableSet(methods)));
            }
            Map<String, String> examples = new LinkedHashMap<>();
            r.getAsJsonObject("examples").entrySet().forEach(x -> examples.put(x.getKey(), x.getValue().getAsString()));
            map.put(name, new Resource(name, List.copyOf(templates), text(r, "listElement"), text(r, "itemElement"),
                    Collections.unmodifiableMap(examples), text(r, "record")));
        }
        this.resources = Collections.unmodifiableMap(map);
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }

    static ClassicModel get() {
        ClassicModel model = loaded;
        if (model == null) {
            synchronized (ClassicModel.class) {
                model = loaded;
                if (model == null) {
                    model = read();
                    loaded = model;
                }
            }
        }
        return model;
    }

    private static ClassicModel read() {
        return new ClassicModel(ApiDigest.readResource(ApiDigest.CLASSIC_RESOURCE));
    }

    /** Every resource by name, in name order. */
    Map<String, Resource> resources() {
        return resources;
    }

    Resource resource(String name) {
        return resources.get(name);
    }
}
