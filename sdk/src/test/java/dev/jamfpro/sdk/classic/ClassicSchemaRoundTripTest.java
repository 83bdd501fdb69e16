package dev.jamfpro.sdk.classic;

import static dev.jamfpro.sdk.classic.ClassicXmlAssert.assertSameElement;
import static dev.jamfpro.sdk.classic.ClassicXmlAssert.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.classic.model.ClassicElement;
import dev.jamfpro.sdk.internal.xml.ClassicXml;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Element;

/**
 * For EVERY schema of Jamf's Classic resource document (read here from the document itself, with the
 * catalogue's documented fixes applied): documents are built from the schema — every element, only the
 * required ones, lists of 0, 1 and 3 entries, an unknown element in every record and an unknown
 * attribute on the root — and must read into the generated model and write back unchanged, with no
 * element of the schema left untyped. Coverage is counted from the document: the last test prints
 * "N of 172" and fails unless every schema passed.
 */
class ClassicSchemaRoundTripTest {
    private static final String UNKNOWN = "jamf_future_element";
    private static final ClassicXml XML = ClassicApi.xml();
    private static final int MAX_DEPTH = 14;

    enum Mode { EVERY_ELEMENT_LISTS_OF_3, LISTS_OF_1, LISTS_OF_0, REQUIRED_ONLY }

    private static JsonObject schemas;
    private static Set<String> documented;
    private static final Map<String, List<String>> failures = new TreeMap<>();
    private static final Set<String> passed = new LinkedHashSet<>();

    @TestFactory
    Stream<DynamicTest> everySchemaOfJamfsDocument() throws IOException {
        load();
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : schemas.keySet()) {
            for (Mode mode : Mode.values()) {
                tests.add(dynamicTest(name + " (" + mode.name().toLowerCase().replace('_', ' ') + ")", () -> check(name, mode)));
            }
        }
        tests.add(dynamicTest("coverage", ClassicSchemaRoundTripTest::coverage));
        return tests.stream();
    }

    private static void check(String name, Mode mode) {
        try {
            roundTrip(name, mode);
            passed.add(name + "|" + mode);
        } catch (AssertionError | RuntimeException e) {
            failures.computeIfAbsent(name, k -> new ArrayList<>()).add(mode + ": " + e.getMessage());
            throw e;
        }
    }

    private static void coverage() {
        int covered = 0;
        for (String name : documented) {
            boolean all = true;
            for (Mode mode : Mode.values()) {
                all &= passed.contains(name + "|" + mode);
            }
            covered += all ? 1 : 0;
        }
        System.out.println("Classic schema coverage: " + covered + " of " + documented.size()
                + " schemas of Jamf's Classic document read and write back unchanged in all " + Mode.values().length
                + " shapes (" + (schemas.size() - documented.size()) + " more added by the catalogue)");
        assertTrue(failures.isEmpty(), "schemas not covered: " + failures);
        assertEquals(documented.size(), covered);
    }

    // ---------------------------------------------------------------- one round trip

    private static void roundTrip(String name, Mode mode) {
        JsonObject index = ClassicIndex.schema(name);
        String kind = index.get("kind").getAsString();
        if (kind.equals("scalar")) {
            assertTrue(isScalar(schemas.getAsJsonObject(name)), name + " is a scalar schema");
            return;
        }
        if (kind.equals("model")) {
            String root = index.get("root").getAsString();
            StringBuilder xml = new StringBuilder("<").append(root).append(" jamf_future_attribute=\"1\">");
            JsonObject schema = recordOf(schemas.getAsJsonObject(name));
            children(xml, schema, mode, 0, true);
            xml.append("</").append(root).append('>');
            Class<?> type = ClassicIndex.type(index.get("class").getAsString());
            if (type.getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class) == null) { // a fragment (id_name)
                String list = "<fragments><size>1</size>" + xml.toString().replace(" jamf_future_attribute=\"1\"", "") + "</fragments>";
                List<?> read = XML.readList(list.getBytes(StandardCharsets.UTF_8), "fragments", root, type);
                assertAllTyped(read.get(0), xml);
                assertSameElement(parse(xml.toString().replace(" jamf_future_attribute=\"1\"", "")), parse(XML.write(read.get(0), root)));
                return;
            }
            Object model = XML.read(xml.toString().getBytes(StandardCharsets.UTF_8), type);
            assertAllTyped(model, xml);
            String written = XML.write(model);
            assertSameElement(parse(xml.toString()), parse(written));
            assertEquals(written, XML.write(XML.read(written.getBytes(StandardCharsets.UTF_8), type)), "second round trip");
            return;
        }
        String listElement = index.get("listElement").getAsString();
        String itemElement = index.get("itemElement").getAsString();
        Class<?> itemType = ClassicIndex.type(index.get("itemClass").getAsString());
        JsonObject items = schemas.getAsJsonObject(name).getAsJsonObject("items").getAsJsonObject("properties");
        JsonObject itemSchema = resolve(items.getAsJsonObject(itemElement));
        if (itemSchema.has("items")) {
            itemSchema = resolve(itemSchema.getAsJsonObject("items"));
        }
        StringBuilder xml = new StringBuilder("<").append(listElement).append(">");
        int n = count(mode);
        xml.append("<size>").append(n).append("</size>");
        for (int i = 0; i < n; i++) {
            element(xml, itemElement, itemSchema, mode, 1);
        }
        xml.append("</").append(listElement).append('>');
        List<?> read = XML.readList(xml.toString().getBytes(StandardCharsets.UTF_8), listElement, itemElement, itemType);
        assertEquals(n, read.size(), "entries read");
        Element original = parse(xml.toString());
        List<Element> entries = new ArrayList<>();
        for (org.w3c.dom.Node child = original.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getLocalName().equals(itemElement)) {
                entries.add(e);
            }
        }
        for (int i = 0; i < n; i++) {
            assertAllTyped(read.get(i), xml);
            assertSameElement(entries.get(i), parse(XML.write(read.get(i), itemElement)));
        }
    }

    // ---------------------------------------------------------------- documents from the schema

    private static void children(StringBuilder xml, JsonObject schema, Mode mode, int depth, boolean record) {
        JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
        Set<String> required = new LinkedHashSet<>();
        if (schema.has("required")) {
            schema.getAsJsonArray("required").forEach(r -> required.add(r.getAsString()));
        }
        List<String> names = new ArrayList<>(properties.keySet());
        List<String> nonSize = names.stream().filter(n -> !n.equals("size")).toList();
        for (String property : names) {
            if (properties.get(property).isJsonNull() || mode == Mode.REQUIRED_ONLY && !required.contains(property)
                    && !(nonSize.size() == 1 && property.equals(nonSize.get(0)))) {
                continue;
            }
            String element = property.strip().split("\\s+")[0];
            JsonObject child = properties.getAsJsonObject(property);
            if (element.equals("size")) {
                xml.append("<size>").append(count(mode)).append("</size>");
            } else if (isArray(child)) {
                array(xml, element, child, mode, depth + 1);
            } else {
                element(xml, element, child, mode, depth + 1);
            }
        }
        if (record && depth < MAX_DEPTH) {
            xml.append('<').append(UNKNOWN).append(">kept</").append(UNKNOWN).append('>');
        }
    }

    private static void array(StringBuilder xml, String element, JsonObject schema, Mode mode, int depth) {
        JsonObject items = resolve(schema.getAsJsonObject("items"));
        int n = count(mode);
        if (isScalar(items) || schema.getAsJsonObject("items").has("$ref")) {
            for (int i = 0; i < n; i++) {
                element(xml, element, schema.getAsJsonObject("items"), mode, depth);
            }
            return;
        }
        JsonObject properties = items.has("properties") ? items.getAsJsonObject("properties") : new JsonObject();
        List<String> nonSize = properties.keySet().stream().filter(p -> !p.equals("size") && !properties.get(p).isJsonNull()).toList();
        if (properties.has("size") || nonSize.size() == 1) { // a list element: <x><size/><item/>…</x>
            xml.append('<').append(element).append('>');
            if (properties.has("size")) {
                xml.append("<size>").append(n).append("</size>");
            }
            String item = pickItem(element, nonSize, properties);
            for (String other : nonSize) {
                if (!other.equals(item)) {
                    element(xml, other, properties.getAsJsonObject(other), mode, depth + 1);
                }
            }
            JsonObject itemSchema = properties.getAsJsonObject(item);
            if (isArray(itemSchema)) {
                itemSchema = itemSchema.getAsJsonObject("items");
            }
            for (int i = 0; i < n; i++) {
                element(xml, item, itemSchema, mode, depth + 1);
            }
            xml.append("</").append(element).append('>');
        } else { // a record repeated
            for (int i = 0; i < n; i++) {
                element(xml, element, items, mode, depth);
            }
        }
    }

    private static void element(StringBuilder xml, String element, JsonObject schema, Mode mode, int depth) {
        JsonObject resolved = recordOf(resolve(schema));
        if (isArray(resolved)) {
            array(xml, element, resolved, mode, depth);
            return;
        }
        if (isScalar(resolved)) {
            xml.append('<').append(element);
            if (ClassicCatalogueFile.attributed().contains(element)) {
                xml.append(" since=\"9.23\"");
            }
            xml.append('>').append(escape(value(element, resolved))).append("</").append(element).append('>');
            return;
        }
        xml.append('<').append(element).append('>');
        if (depth < MAX_DEPTH) {
            JsonObject properties = resolved.has("properties") ? resolved.getAsJsonObject("properties") : new JsonObject();
            List<String> nonSize = properties.keySet().stream().filter(p -> !p.equals("size")).toList();
            if (nonSize.size() == 1 && isPluralOf(element, nonSize.get(0))) { // <emails><email/>…</emails>
                JsonObject wrapper = new JsonObject();
                wrapper.addProperty("type", "array");
                wrapper.add("items", resolved);
                StringBuilder inner = new StringBuilder();
                array(inner, element, wrapper, mode, depth);
                xml.setLength(xml.length() - element.length() - 2);
                xml.append(inner);
                return;
            }
            children(xml, resolved, mode, depth, true);
        }
        xml.append("</").append(element).append('>');
    }

    private static String value(String element, JsonObject schema) {
        if (element.endsWith("_epoch")) {
            return "1671744708190";
        }
        if (schema.has("enum")) {
            return schema.getAsJsonArray("enum").get(0).getAsString();
        }
        String type = schema.has("type") ? schema.get("type").getAsString() : "string";
        return switch (type) {
            case "integer" -> "7";
            case "boolean" -> "true";
            case "number" -> "1.5";
            default -> schema.has("example") && schema.get("example").isJsonPrimitive() ? schema.get("example").getAsString() : "text";
        };
    }

    // ---------------------------------------------------------------- the model keeps nothing untyped

    private static void assertAllTyped(Object model, CharSequence xml) {
        List<String> untyped = new ArrayList<>();
        walk(model, untyped, new IdentityHashMap<>());
        assertTrue(untyped.isEmpty(), "elements the model did not type: " + untyped + " in " + xml);
    }

    private static void walk(Object value, List<String> untyped, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> walk(v, untyped, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("dev.jamfpro.sdk.classic.model.")) {
            return;
        }
        if (value instanceof ClassicElement element) {
            element.getOtherElements().stream().map(Element::getLocalName).filter(n -> !n.equals(UNKNOWN))
                    .forEach(n -> untyped.add(value.getClass().getSimpleName() + "/" + n));
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("otherElements")) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    walk(field.get(value), untyped, seen);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reading Jamf's document

    private static synchronized void load() throws IOException {
        if (schemas != null) {
            return;
        }
        Path document = Path.of(System.getProperty("jamf.classic.resources",
                "../../shared/specs/jamf-classic-api-resources-11.26.0.json"));
        JsonObject raw = JsonParser.parseString(Files.readString(document)).getAsJsonObject()
                .getAsJsonObject("components").getAsJsonObject("schemas");
        documented = new LinkedHashSet<>(raw.keySet());
        schemas = ClassicCatalogueFile.patched(raw);
    }

    private static JsonObject resolve(JsonObject schema) {
        int hops = 0;
        while (schema.has("$ref") && hops++ < 10) {
            String ref = schema.get("$ref").getAsString();
            schema = schemas.getAsJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }

    /** A top-level array of records ({@code healthcare_listener}) is one record. */
    private static JsonObject recordOf(JsonObject schema) {
        if (isArray(schema) && schema.has("items")) {
            JsonObject items = resolve(schema.getAsJsonObject("items"));
            JsonObject properties = items.has("properties") ? items.getAsJsonObject("properties") : new JsonObject();
            long nonSize = properties.keySet().stream().filter(p -> !p.equals("size")).count();
            if (!properties.has("size") && nonSize > 1) {
                return items;
            }
        }
        return schema;
    }

    private static boolean isArray(JsonObject schema) {
        return schema.has("items") || schema.has("type") && schema.get("type").getAsString().equals("array");
    }

    private static boolean isScalar(JsonObject schema) {
        if (schema.has("$ref") || schema.has("properties") || schema.has("items")) {
            return false;
        }
        String type = schema.has("type") ? schema.get("type").getAsString() : "";
        return !type.equals("object") && !type.equals("array");
    }

    private static boolean isPluralOf(String list, String item) {
        return list.endsWith(item + "s") || list.endsWith(item + "es")
                || item.endsWith("y") && list.endsWith(item.substring(0, item.length() - 1) + "ies");
    }

    private static String pickItem(String element, List<String> nonSize, JsonObject properties) {
        if (nonSize.size() == 1) {
            return nonSize.get(0);
        }
        for (String name : nonSize) {
            if (isPluralOf(element, name)) {
                return name;
            }
        }
        for (String name : nonSize) {
            if (!isScalar(resolve(properties.getAsJsonObject(name)))) {
                return name;
            }
        }
        return nonSize.get(0);
    }

    private static int count(Mode mode) {
        return switch (mode) {
            case EVERY_ELEMENT_LISTS_OF_3 -> 3;
            case LISTS_OF_0 -> 0;
            default -> 1;
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
