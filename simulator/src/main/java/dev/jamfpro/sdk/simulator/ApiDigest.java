package dev.jamfpro.sdk.simulator;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Build-time step (run by the simulator's pom before packaging): reads Jamf's documents and writes
 * what the simulator needs of them into its own class path, so that Jamf's documents never enter the
 * repository and the simulator needs no document at run time.
 *
 * <ul>
 *   <li>{@value #PRO_RESOURCE}: every operation of the Pro API document (method, path, parameters,
 *       request body, first 2xx answer) and the component schemas, with the fixes of
 *       {@code specs/overrides.json} applied and descriptions and examples dropped;</li>
 *   <li>{@value #CLASSIC_RESOURCE}: every resource of the Classic API (its paths and methods from
 *       the Classic swagger), its XML element names (from Jamf's Classic resource document) and a
 *       record to seed its store with (Jamf's example from the Postman collection, else one built from
 *       the resource document's schema).</li>
 * </ul>
 *
 * <pre>
 * java dev.jamfpro.sdk.simulator.ApiDigest &lt;out dir&gt; &lt;pro.json&gt; &lt;overrides.json&gt; &lt;classic.yaml&gt;
 *      &lt;classic-resources.json&gt; &lt;postman.json&gt;
 * </pre>
 */
final class ApiDigest {
    static final String PRO_RESOURCE = "pro-api.json.gz";
    static final String CLASSIC_RESOURCE = "classic-api.json.gz";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    /** Schema keywords the simulator reads; everything else (descriptions, examples, x-...) is dropped. */
    private static final Set<String> KEEP = Set.of("type", "format", "enum", "properties", "items", "required",
            "$ref", "allOf", "oneOf", "anyOf", "discriminator", "propertyName", "mapping", "additionalProperties",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems",
            "maxItems", "uniqueItems", "nullable", "readOnly", "writeOnly", "default", "pattern");
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private ApiDigest() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            throw new IllegalArgumentException("usage: ApiDigest <out dir> <pro.json> <overrides.json> <classic.yaml> "
                    + "<classic-resources.json> <postman.json>");
        }
        Path out = Path.of(args[0], "dev", "jamfpro", "sdk", "simulator");
        Files.createDirectories(out);
        JsonObject pro = pro(readJson(Path.of(args[1])), readJson(Path.of(args[2])));
        write(out.resolve(PRO_RESOURCE), pro);
        JsonObject classic = classic(Files.readString(Path.of(args[3])), readJson(Path.of(args[4])),
                readJson(Path.of(args[5])));
        write(out.resolve(CLASSIC_RESOURCE), classic);
        System.out.printf(Locale.ROOT, "simulator digest: %d Pro operations of %s (%s), %d Classic resources%n",
                pro.getAsJsonArray("operations").size(), Path.of(args[1]).getFileName(), pro.get("version").getAsString(),
                classic.getAsJsonArray("resources").size());
    }

    /** A digest this class wrote into the class path, read back (at run time). */
    static JsonObject readResource(String name) {
        java.io.InputStream raw = ApiDigest.class.getResourceAsStream(name);
        if (raw == null) {
            throw new IllegalStateException(name + " is missing from the simulator's class path: it is made at build "
                    + "time by ApiDigest (the simulator's pom runs it before packaging)");
        }
        try (Reader reader = new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(raw, 64 * 1024),
                StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }

    private static JsonObject readJson(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        }
    }

    private static void write(Path file, JsonObject digest) throws IOException {
        try (OutputStream bytes = new GZIPOutputStream(Files.newOutputStream(file));
             Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            GSON.toJson(digest, writer);
        }
    }

    // ------------------------------------------------------------------ Pro

    static JsonObject pro(JsonObject document, JsonObject overrides) {
        applyOverrides(document, overrides);
        JsonObject digest = new JsonObject();
        digest.addProperty("version", document.getAsJsonObject("info").get("version").getAsString());
        JsonArray operations = new JsonArray();
        for (Map.Entry<String, JsonElement> path : document.getAsJsonObject("paths").entrySet()) {
            JsonObject item = path.getValue().getAsJsonObject();
            JsonArray pathLevel = item.getAsJsonArray("parameters");
            for (Map.Entry<String, JsonElement> entry : item.entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                operations.add(operation(document, entry.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        entry.getValue().getAsJsonObject(), pathLevel));
            }
        }
        digest.add("operations", operations);
        JsonObject schemas = new JsonObject();
        JsonObject components = document.getAsJsonObject("components");
        if (components != null && components.has("schemas")) {
            for (Map.Entry<String, JsonElement> schema : components.getAsJsonObject("schemas").entrySet()) {
                schemas.add(schema.getKey(), strip(schema.getValue()));
            }
        }
        digest.add("schemas", schemas);
        return digest;
    }

    private static JsonObject operation(JsonObject document, String method, String path, JsonObject op,
                                        JsonArray pathLevel) {
        JsonObject out = new JsonObject();
        out.addProperty("method", method);
        out.addProperty("path", path);
        out.addProperty("deprecated", op.has("deprecated") && op.get("deprecated").getAsBoolean());
        JsonArray parameters = new JsonArray();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonArray list : new JsonArray[] {op.getAsJsonArray("parameters"), pathLevel}) {
            if (list == null) {
                continue;
            }
            for (JsonElement element : list) {
                JsonObject p = resolve(document, element.getAsJsonObject());
                if (!seen.add(p.get("in").getAsString() + " " + p.get("name").getAsString())) {
                    continue;
                }
                JsonObject parameter = new JsonObject();
                parameter.add("name", p.get("name"));
                parameter.add("in", p.get("in"));
                parameter.addProperty("required", p.has("required") && p.get("required").getAsBoolean());
                parameter.add("schema", p.has("schema") ? strip(p.get("schema")) : new JsonObject());
                parameters.add(parameter);
            }
        }
        out.add("parameters", parameters);
        if (op.has("requestBody")) {
            JsonObject body = resolve(document, op.getAsJsonObject("requestBody"));
            JsonObject request = new JsonObject();
            request.addProperty("required", body.has("required") && body.get("required").getAsBoolean());
            request.add("content", content(body));
            out.add("request", request);
        }
        String best = null;
        for (String code : op.getAsJsonObject("responses").keySet()) {
            if (code.startsWith("2") && (best == null || code.compareTo(best) < 0)) {
                best = code;
            }
        }
        if (best != null) {
            JsonObject answer = resolve(document, op.getAsJsonObject("responses").getAsJsonObject(best));
            JsonObject response = new JsonObject();
            response.addProperty("status", Integer.parseInt(best));
            response.add("content", content(answer));
            out.add("response", response);
        }
        return out;
    }

    /** Media type to schema; Jamf writes some keys as comma-separated lists, kept as they are. */
    private static JsonObject content(JsonObject holder) {
        JsonObject content = new JsonObject();
        if (holder.has("content")) {
            for (Map.Entry<String, JsonElement> media : holder.getAsJsonObject("content").entrySet()) {
                JsonObject mediaObject = media.getValue().getAsJsonObject();
                content.add(media.getKey(), mediaObject.has("schema") ? strip(mediaObject.get("schema")) : new JsonObject());
            }
        }
        return content;
    }

    private static JsonObject resolve(JsonObject document, JsonObject object) {
        JsonObject current = object;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("reference cycle at " + object);
            }
            JsonElement node = document;
            for (String part : current.get("$ref").getAsString().substring(2).split("/")) {
                node = node.getAsJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
            }
            current = node.getAsJsonObject();
        }
        return current;
    }

    /** A schema with only the keywords the simulator reads. */
    static JsonElement strip(JsonElement schema) {
        if (schema.isJsonArray()) {
            JsonArray out = new JsonArray();
            schema.getAsJsonArray().forEach(e -> out.add(strip(e)));
            return out;
        }
        if (!schema.isJsonObject()) {
            return schema;
        }
        JsonObject out = new JsonObject();
        for (Map.Entry<String, JsonElement> member : schema.getAsJsonObject().entrySet()) {
            String key = member.getKey();
            if (!KEEP.contains(key)) {
                continue;
            }
            JsonElement value = member.getValue();
            if (key.equals("properties") || key.equals("mapping")) {
                JsonObject map = new JsonObject();
                value.getAsJsonObject().entrySet().forEach(e -> map.add(e.getKey(), strip(e.getValue())));
                out.add(key, map);
            } else if (key.equals("enum") || key.equals("required") || key.equals("default")) {
                out.add(key, value);
            } else {
                out.add(key, strip(value));
            }
        }
        return out;
    }

    /**
     * The fixes of {@code specs/overrides.json}, as the generator and the contract test apply them:
     * JSON merge patches; a patch reaching a {@code $ref} patches the referenced schema.
     */
    private static void applyOverrides(JsonObject document, JsonObject overrides) {
        JsonObject schemas = document.getAsJsonObject("components").getAsJsonObject("schemas");
        if (overrides.has("operationPatches")) {
            for (Map.Entry<String, JsonElement> patch : overrides.getAsJsonObject("operationPatches").entrySet()) {
                String[] key = patch.getKey().split(" ", 2);
                JsonObject item = document.getAsJsonObject("paths").getAsJsonObject(key[1]);
                String method = key[0].toLowerCase(Locale.ROOT);
                if (item != null && item.has(method)) {
                    item.add(method, patchThroughRefs(schemas, item.get(method), patch.getValue()));
                }
            }
        }
        if (overrides.has("schemaPatches")) {
            for (Map.Entry<String, JsonElement> patch : overrides.getAsJsonObject("schemaPatches").entrySet()) {
                if (schemas.has(patch.getKey())) {
                    schemas.add(patch.getKey(), patchThroughRefs(schemas, schemas.get(patch.getKey()), patch.getValue()));
                }
            }
        }
    }

    private static JsonElement patchThroughRefs(JsonObject schemas, JsonElement target, JsonElement patch) {
        return JsonMerge.mergePatch(target, patch, (t, p) -> {
            if (t == null || !t.isJsonObject() || !t.getAsJsonObject().has("$ref") || p.getAsJsonObject().has("$ref")) {
                return null;
            }
            String ref = t.getAsJsonObject().get("$ref").getAsString();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            schemas.add(name, patchThroughRefs(schemas, schemas.get(name), p));
            return t.deepCopy();
        });
    }

    // ------------------------------------------------------------------ Classic

    private static final Pattern PATH_LINE = Pattern.compile("^  '?(/[^':]*)'?:\\s*$");
    private static final Pattern METHOD_LINE = Pattern.compile("^    (get|put|post|delete|patch):\\s*$");

    static JsonObject classic(String swagger, JsonObject resources, JsonObject postman) {
        Map<String, Map<String, List<String>>> paths = swaggerPaths(swagger);
        Map<String, List<Example>> examples = postmanExamples(postman);
        JsonObject schemas = resources.getAsJsonObject("components").getAsJsonObject("schemas");
        JsonObject resourcePaths = resources.getAsJsonObject("paths");
        JsonArray out = new JsonArray();
        for (Map.Entry<String, Map<String, List<String>>> resource : paths.entrySet()) {
            String name = resource.getKey();
            JsonObject r = new JsonObject();
            r.addProperty("name", name);
            JsonArray templates = new JsonArray();
            resource.getValue().forEach((path, methods) -> {
                JsonObject t = new JsonObject();
                t.addProperty("path", path);
                JsonArray m = new JsonArray();
                methods.forEach(m::add);
                t.add("methods", m);
                templates.add(t);
            });
            r.add("paths", templates);
            List<Example> mine = examples.getOrDefault(name, List.of());
            // Jamf's own answers, the first per method and path pattern ("GET id/:id", "POST command/:command").
            JsonObject answers = new JsonObject();
            for (Example example : mine) {
                String key = example.method() + " " + example.path();
                if (!answers.has(key)) {
                    answers.addProperty(key, example.body());
                }
            }
            r.add("examples", answers);
            // The element names of the resource document: the list, its item, the record.
            String listSchema = schemaRef(resourcePaths, "/tenant/{tenantId}/" + name);
            if (listSchema != null && schemas.has(listSchema)) {
                String item = listItemElement(schemas.getAsJsonObject(listSchema));
                if (item != null) {
                    r.addProperty("listElement", listSchema);
                    r.addProperty("itemElement", item);
                } else if (!answers.has("GET ")) {
                    // a singleton (activationcode, jssuser, ...) without an example: one built from its schema
                    r.addProperty("record", xmlOf(listSchema, schemas.getAsJsonObject(listSchema), schemas, 0));
                }
            }
            String recordSchema = schemaRef(resourcePaths, "/tenant/{tenantId}/" + name + "/id/{id}");
            if (recordSchema != null && schemas.has(recordSchema) && mine.stream().noneMatch(e -> e.method().equals("GET")
                    && !e.path().isEmpty() && !e.path().contains("subset"))) {
                r.addProperty("record", xmlOf(recordSchema, schemas.getAsJsonObject(recordSchema), schemas, 0));
            }
            out.add(r);
        }
        JsonObject digest = new JsonObject();
        digest.add("resources", out);
        return digest;
    }

    /** Resource (first path segment) to path to methods, in document order, from the swagger's YAML. */
    static Map<String, Map<String, List<String>>> swaggerPaths(String yaml) {
        Map<String, Map<String, List<String>>> resources = new TreeMap<>();
        boolean inPaths = false;
        String current = null;
        for (String line : yaml.split("\n")) {
            String l = line.stripTrailing();
            if (!l.startsWith(" ") && !l.isEmpty()) {
                inPaths = l.equals("paths:");
                current = null;
                continue;
            }
            if (!inPaths) {
                continue;
            }
            Matcher path = PATH_LINE.matcher(l);
            if (path.matches()) {
                current = path.group(1);
                String resource = current.substring(1).split("/")[0];
                resources.computeIfAbsent(resource, k -> new LinkedHashMap<>()).put(current, new ArrayList<>());
                continue;
            }
            Matcher method = METHOD_LINE.matcher(l);
            if (method.matches() && current != null) {
                String resource = current.substring(1).split("/")[0];
                resources.get(resource).get(current).add(method.group(1).toUpperCase(Locale.ROOT));
            }
        }
        return resources;
    }

    private record Example(String method, String path, String body) {
    }

    /** Successful XML answers of the Postman collection, by resource, with the path after the resource. */
    private static Map<String, List<Example>> postmanExamples(JsonObject postman) {
        Map<String, List<Example>> examples = new LinkedHashMap<>();
        collect(postman.getAsJsonArray("item"), examples);
        return examples;
    }

    private static void collect(JsonArray items, Map<String, List<Example>> out) {
        for (JsonElement element : items) {
            JsonObject item = element.getAsJsonObject();
            if (item.has("item")) {
                collect(item.getAsJsonArray("item"), out);
                continue;
            }
            JsonObject request = item.getAsJsonObject("request");
            if (request == null || !request.has("url") || !request.get("url").isJsonObject()) {
                continue;
            }
            JsonArray path = request.getAsJsonObject("url").getAsJsonArray("path");
            if (path == null || path.size() < 2 || !path.get(0).getAsString().equals("JSSResource")) {
                continue;
            }
            String resource = path.get(1).getAsString();
            List<String> rest = new ArrayList<>();
            for (int i = 2; i < path.size(); i++) {
                rest.add(path.get(i).getAsString());
            }
            JsonArray responses = item.getAsJsonArray("response");
            if (responses == null) {
                continue;
            }
            for (JsonElement r : responses) {
                JsonObject response = r.getAsJsonObject();
                int code = response.has("code") ? response.get("code").getAsInt() : 0;
                String body = response.has("body") && !response.get("body").isJsonNull()
                        ? response.get("body").getAsString().strip() : "";
                if (code >= 200 && code < 300 && body.startsWith("<") && body.length() < 200_000) {
                    out.computeIfAbsent(resource, k -> new ArrayList<>()).add(new Example(
                            request.get("method").getAsString(), String.join("/", rest), body));
                }
            }
        }
    }

    private static String schemaRef(JsonObject paths, String path) {
        JsonObject item = paths.getAsJsonObject(path);
        if (item == null || !item.has("get")) {
            return null;
        }
        JsonObject ok = item.getAsJsonObject("get").getAsJsonObject("responses").getAsJsonObject("200");
        if (ok == null || !ok.has("content")) {
            return null;
        }
        for (Map.Entry<String, JsonElement> media : ok.getAsJsonObject("content").entrySet()) {
            JsonObject schema = media.getValue().getAsJsonObject().getAsJsonObject("schema");
            if (schema != null && schema.has("$ref")) {
                String ref = schema.get("$ref").getAsString();
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
        }
        return null;
    }

    /** The item element of a list schema: {@code {type: array, items: {properties: {size, building}}}}. */
    private static String listItemElement(JsonObject listSchema) {
        JsonObject items = listSchema.getAsJsonObject("items");
        if (items == null || !items.has("properties")) {
            return null;
        }
        for (String property : items.getAsJsonObject("properties").keySet()) {
            if (!property.equals("size")) {
                return property;
            }
        }
        return null;
    }

    /** XML of a Classic resource schema: objects as elements, {@code {size, item}} arrays as wrapped lists. */
    private static String xmlOf(String element, JsonObject schema, JsonObject schemas, int depth) {
        StringBuilder xml = new StringBuilder();
        appendXml(xml, element, schema, schemas, depth);
        return xml.toString();
    }

    private static void appendXml(StringBuilder xml, String element, JsonObject schema, JsonObject schemas, int depth) {
        JsonObject s = schema;
        for (int hops = 0; s.has("$ref") && hops < 10; hops++) {
            String ref = s.get("$ref").getAsString();
            s = schemas.getAsJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            if (s == null) {
                xml.append('<').append(element).append("/>");
                return;
            }
        }
        if (depth > 6) {
            xml.append('<').append(element).append("/>");
            return;
        }
        String type = s.has("type") ? s.get("type").getAsString() : s.has("properties") ? "object" : "string";
        xml.append('<').append(element).append('>');
        switch (type) {
            case "object" -> {
                if (s.has("properties")) {
                    for (Map.Entry<String, JsonElement> p : s.getAsJsonObject("properties").entrySet()) {
                        appendXml(xml, p.getKey(), p.getValue().getAsJsonObject(), schemas, depth + 1);
                    }
                }
            }
            case "array" -> {
                JsonObject items = s.getAsJsonObject("items");
                if (items != null && items.has("properties")) {
                    for (Map.Entry<String, JsonElement> p : items.getAsJsonObject("properties").entrySet()) {
                        if (p.getKey().equals("size")) {
                            xml.append("<size>1</size>");
                        } else {
                            appendXml(xml, p.getKey(), p.getValue().getAsJsonObject(), schemas, depth + 1);
                        }
                    }
                }
            }
            case "integer", "number" -> xml.append(s.has("example") ? s.get("example").getAsString() : "1");
            case "boolean" -> xml.append(s.has("example") ? s.get("example").getAsString() : "false");
            default -> {
                String text = s.has("example") && s.get("example").isJsonPrimitive() ? s.get("example").getAsString()
                        : s.has("enum") ? s.getAsJsonArray("enum").get(0).getAsString() : "";
                xml.append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            }
        }
        xml.append("</").append(element).append('>');
    }

}
