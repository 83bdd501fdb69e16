package dev.jamfpro.sdk.classic;

import static dev.jamfpro.sdk.classic.ClassicXmlAssert.assertSameElement;
import static dev.jamfpro.sdk.classic.ClassicXmlAssert.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.classic.model.ClassicElement;
import dev.jamfpro.sdk.internal.xml.ClassicXml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every example in Jamf's own Classic API Postman collection whose URL belongs to a resource that

 * the Classic API has (every resource of the swagger) — each example response and each example request body — must be read
 * by our models and written back as the same document.
 *
 * <p>For each example: it unmarshals into the model its root element names (the resource's single
 * root, or its list root with the descriptor's item element); unmarshal → marshal gives a document
 * equal to the example, and unmarshal → marshal → unmarshal → marshal gives the same text again.
 * "Equal" is {@link ClassicXmlAssert}'s rule: element for element, unknown elements, attributes and
 * text included; siblings may be reordered only relative to siblings of another name, repeated
 * elements keep their order. A model must also type at least one child of what it reads (a model that
 * kept everything as unknown elements would round-trip trivially). A list document may hold only its
 * items and {@code <size>}: anything else would be dropped by {@code ClassicXml.readList}.
 *
 * <p>Coverage is counted, not chosen: the last test prints "covered X of Y" and fails unless every
 * covered example passed, so an example cannot be skipped silently.
 *
 * <p>The collection is read from {@code -Djamf.classic.postman=...}, else
 * {@code /work/shared/data/classic-api-postman-collection.json}, else
 * {@code ../../shared/data/classic-api-postman-collection.json} from the module directory.
 */
class ClassicPostmanRoundTripTest {
    private static final String FILE = "classic-api-postman-collection.json";
    private static final ClassicXml XML = ClassicApi.xml();

    /** One example document and where it comes from. */
    record Example(String kind, String method, String path, String title, ClassicResource<?, ?> resource, String body) {
        String display() {
            return method + " " + path + (title.isEmpty() ? "" : " — " + title);
        }
    }

    /** What the collection holds. */
    static final class Scan {
        int allResponses;
        final List<Example> responses = new ArrayList<>();
        final List<Example> requestBodies = new ArrayList<>();
        final Set<String> seenBodies = new LinkedHashSet<>();
    }

    @TestFactory
    List<DynamicNode> postmanExamples() throws IOException {
        Scan scan = scan(collection());
        List<DynamicNode> responses = scan.responses.stream()
                .map(e -> (DynamicNode) dynamicTest(e.display(), () -> roundTrip(e))).toList();
        List<DynamicNode> bodies = scan.requestBodies.stream()
                .map(e -> (DynamicNode) dynamicTest(e.display(), () -> roundTrip(e))).toList();
        return List.of(
                dynamicContainer("example responses of covered resources", responses),
                dynamicContainer("example request bodies of covered resources", bodies),
                dynamicTest("coverage", () -> coverage(scan)));
    }

    private static void coverage(Scan scan) {
        Map<String, int[]> perResource = new TreeMap<>();
        ClassicIndex.allResources().keySet().forEach(path -> perResource.put(path, new int[4]));
        List<String> failures = new ArrayList<>();
        int responsesCovered = count(scan.responses, perResource, 0, failures);
        int bodiesCovered = count(scan.requestBodies, perResource, 2, failures);
        StringBuilder report = new StringBuilder()
                .append("Classic API Postman coverage: covered ").append(responsesCovered).append(" of ")
                .append(scan.responses.size()).append(" example responses of covered resources (")
                .append(scan.allResponses).append(" in the whole collection); request bodies: covered ")
                .append(bodiesCovered).append(" of ").append(scan.requestBodies.size()).append('\n');
        perResource.forEach((path, n) -> report.append(String.format("  %-36s responses %d/%d, request bodies %d/%d%n",
                path, n[0], n[1], n[2], n[3])));
        System.out.print(report);
        assertTrue(scan.responses.size() > 0, "no example response of a covered resource found in the collection");
        assertTrue(failures.isEmpty(), "examples not covered:\n" + String.join("\n", failures));
        assertEquals(scan.responses.size(), responsesCovered);
        assertEquals(scan.requestBodies.size(), bodiesCovered);
    }

    private static int count(List<Example> examples, Map<String, int[]> perResource, int column, List<String> failures) {
        int covered = 0;
        for (Example example : examples) {
            int[] n = perResource.get(example.resource().path());
            n[column + 1]++;
            try {
                roundTrip(example);
                n[column]++;
                covered++;
            } catch (Throwable e) {
                failures.add(example.kind() + " " + example.display() + ": " + e.getMessage());
            }
        }
        return covered;
    }

    // ---------------------------------------------------------------- the round trip

    private static void roundTrip(Example example) {
        assertTrue(!example.body().isBlank(), "the example has no body");
        Element original = parse(example.body());
        ClassicResource<?, ?> resource = example.resource();
        String root = original.getLocalName();
        ClassicResource<?, ?> post = postVariant(example, resource);
        if (post != null && root.equals(post.root())) {
            roundTripSingle(original, example.body(), post.type());
        } else if (root.equals(resource.listElement()) && (!root.equals(resource.root()) || isList(original, resource))) {
            roundTripList(original, example.body(), resource);
        } else if (root.equals(resource.root())) {
            roundTripSingle(original, example.body(), resource.type());
        } else if (root.equals(resource.listElement())) {
            roundTripList(original, example.body(), resource);
        } else {
            ClassicResource<?, ?> other = byRoot(root);
            if (other == null) {
                fail("root <" + root + "> is neither <" + resource.root() + "> nor <" + resource.listElement()
                        + "> nor the root of another schema");
            } else if (root.equals(other.root())) {
                roundTripSingle(original, example.body(), other.type());
            } else {
                roundTripList(original, example.body(), other);
            }
        }
    }

    /** A POST body is the document's {@code <schema>_post} where it has one (its own class), else the record's. */
    private static ClassicResource<?, ?> postVariant(Example example, ClassicResource<?, ?> resource) {
        JsonObject entry = ClassicIndex.resources().getAsJsonObject(resource.path());
        if (!example.kind().equals("request body") || !example.method().equals("POST") || entry == null
                || !entry.has("single") || entry.get("single").isJsonNull()) {
            return null;
        }
        JsonObject post = ClassicIndex.schemas().getAsJsonObject(entry.get("single").getAsString() + "_post");
        if (post == null || !post.get("kind").getAsString().equals("model")) {
            return null;
        }
        return new ClassicResource<>(resource.path(), post.get("root").getAsString(), null, null,
                ClassicIndex.type(post.get("class").getAsString()), null);
    }

    /** A list whose root is named like its entries ({@code <licensed_software>}): it holds {@code <size>} or entries. */
    private static boolean isList(Element original, ClassicResource<?, ?> resource) {
        for (Node child = original.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && (element.getLocalName().equals("size")
                    || element.getLocalName().equals(resource.itemElement()))) {
                return true;
            }
        }
        return false;
    }

    /** A schema of the document whose root (or list root) is {@code root}: commands, LDAP lookups, reports. */
    private static ClassicResource<?, ?> byRoot(String root) {
        for (Map.Entry<String, com.google.gson.JsonElement> entry : ClassicIndex.schemas().entrySet()) {
            JsonObject schema = entry.getValue().getAsJsonObject();
            String kind = schema.get("kind").getAsString();
            if (kind.equals("model") && schema.get("root").getAsString().equals(root) && !entry.getKey().endsWith("_post")) {
                return new ClassicResource<>(entry.getKey(), root, null, null, ClassicIndex.type(schema.get("class").getAsString()), null);
            }
            if (kind.equals("list") && schema.get("listElement").getAsString().equals(root)) {
                return new ClassicResource<>(entry.getKey(), null, root, schema.get("itemElement").getAsString(), null,
                        ClassicIndex.type(schema.get("itemClass").getAsString()));
            }
        }
        return null;
    }

    private static <T> void roundTripSingle(Element original, String body, Class<T> type) {
        T model = XML.read(body.getBytes(StandardCharsets.UTF_8), type);
        assertTyped(original, (ClassicElement) model);
        String written = XML.write(model);
        assertSameElement(original, parse(written));
        String again = XML.write(XML.read(written.getBytes(StandardCharsets.UTF_8), type));
        assertEquals(written, again, "second round trip");
    }

    private static <I> void roundTripList(Element original, String body, ClassicResource<?, I> resource) {
        List<Element> originalItems = new ArrayList<>();
        for (Node child = original.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (element.getLocalName().equals(resource.itemElement())) {
                    originalItems.add(element);
                } else if (!element.getLocalName().equals("size")) {
                    fail("list child <" + element.getLocalName() + "> would be dropped by readList");
                }
            }
        }
        List<I> items = XML.readList(body.getBytes(StandardCharsets.UTF_8), resource.listElement(),
                resource.itemElement(), resource.itemType());
        assertEquals(originalItems.size(), items.size(), "items read");
        StringBuilder relist = new StringBuilder("<").append(resource.listElement()).append('>');
        List<String> written = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            assertTyped(originalItems.get(i), (ClassicElement) items.get(i));
            String xml = XML.write(items.get(i), resource.itemElement());
            assertSameElement(originalItems.get(i), parse(xml));
            written.add(xml);
            relist.append(xml.replaceFirst("^<\\?xml[^>]*\\?>", ""));
        }
        relist.append("</").append(resource.listElement()).append('>');
        List<I> again = XML.readList(relist.toString().getBytes(StandardCharsets.UTF_8), resource.listElement(),
                resource.itemElement(), resource.itemType());
        for (int i = 0; i < again.size(); i++) {
            assertEquals(written.get(i), XML.write(again.get(i), resource.itemElement()), "second round trip of item " + i);
        }
    }

    /** The model must have a field for at least one child element of what it read. */
    private static void assertTyped(Element original, ClassicElement model) {
        int children = 0;
        for (Node child = original.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                children++;
            }
        }
        if (children > 0) {
            assertTrue(model.getOtherElements().size() < children,
                    model.getClass().getSimpleName() + " types none of the children of <" + original.getLocalName() + ">");
        }
    }

    // ---------------------------------------------------------------- reading the collection

    private static JsonObject collection() throws IOException {
        String configured = System.getProperty("jamf.classic.postman");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("/work/shared/data", FILE), Path.of("../../shared/data", FILE));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return JsonParser.parseString(Files.readString(candidate)).getAsJsonObject();
            }
        }
        throw new AssertionError("Jamf's Classic API Postman collection not found at " + candidates
                + "; set -Djamf.classic.postman=/path/to/" + FILE);
    }

    static Scan scan(JsonObject collection) {
        Map<String, ClassicResource<?, ?>> byPath = ClassicIndex.allResources();
        Scan scan = new Scan();
        walk(collection.getAsJsonArray("item"), byPath, scan);
        return scan;
    }

    private static void walk(JsonArray items, Map<String, ClassicResource<?, ?>> byPath, Scan scan) {
        for (JsonElement element : items) {
            JsonObject item = element.getAsJsonObject();
            if (item.has("item")) {
                walk(item.getAsJsonArray("item"), byPath, scan);
                continue;
            }
            JsonObject request = item.getAsJsonObject("request");
            String method = request.get("method").getAsString();
            addBody(scan, byPath, "request body", method, request, item.get("name").getAsString());
            JsonArray responses = item.has("response") ? item.getAsJsonArray("response") : new JsonArray();
            for (JsonElement r : responses) {
                scan.allResponses++;
                JsonObject response = r.getAsJsonObject();
                JsonObject origin = response.has("originalRequest") && response.get("originalRequest").isJsonObject()
                        ? response.getAsJsonObject("originalRequest") : request;
                String path = path(origin.has("url") ? origin : request);
                ClassicResource<?, ?> resource = resourceOf(path, byPath);
                if (resource != null) {
                    String body = response.has("body") && !response.get("body").isJsonNull()
                            ? response.get("body").getAsString() : "";
                    String title = response.has("name") ? response.get("name").getAsString() : "";
                    scan.responses.add(new Example("response", method, path, title, resource, body));
                }
                addBody(scan, byPath, "request body", method, origin, item.get("name").getAsString());
            }
        }
    }

    private static void addBody(Scan scan, Map<String, ClassicResource<?, ?>> byPath, String kind, String method,
                                JsonObject request, String title) {
        if (!request.has("body") || !request.get("body").isJsonObject()) {
            return;
        }
        JsonObject body = request.getAsJsonObject("body");
        if (!body.has("raw") || body.get("raw").getAsString().isBlank()) {
            return;
        }
        String path = path(request);
        ClassicResource<?, ?> resource = resourceOf(path, byPath);
        String raw = body.get("raw").getAsString();
        if (resource != null && scan.seenBodies.add(method + " " + path + "\n" + raw)) {
            scan.requestBodies.add(new Example(kind, method, path, title, resource, raw));
        }
    }

    /** The URL path of a Postman request, for example {@code JSSResource/computergroups/id/:id}. */
    private static String path(JsonObject request) {
        JsonElement url = request.get("url");
        if (url == null || url.isJsonNull()) {
            return "";
        }
        if (url.isJsonPrimitive()) {
            return url.getAsString().replaceFirst("^(https?://)?\\{\\{url}}/?", "").replaceFirst("\\?.*$", "");
        }
        JsonObject object = url.getAsJsonObject();
        if (object.has("path") && object.get("path").isJsonArray()) {
            List<String> segments = new ArrayList<>();
            object.getAsJsonArray("path").forEach(s -> segments.add(s.getAsString()));
            return String.join("/", segments);
        }
        return object.has("raw") ? object.get("raw").getAsString().replaceFirst("^(https?://)?\\{\\{url}}/?", "") : "";
    }

    private static ClassicResource<?, ?> resourceOf(String path, Map<String, ClassicResource<?, ?>> byPath) {
        String[] segments = path.split("/");
        for (int i = 0; i + 1 < segments.length; i++) {
            if (segments[i].equals("JSSResource")) {
                return byPath.get(segments[i + 1]);
            }
        }
        return null;
    }
}
