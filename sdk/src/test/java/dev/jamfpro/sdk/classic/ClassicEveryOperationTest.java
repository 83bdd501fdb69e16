package dev.jamfpro.sdk.classic;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.jamfpro.sdk.classic.ClassicXmlAssert.assertSameXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.classic.model.ClassicElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every operation of Jamf's Classic swagger (read here, not from the generator) has a method of
 * {@link ClassicApi}, and every method is driven against WireMock: the HTTP method, the percent-encoded
 * path (a name with {@code +}, a space and {@code /} as one segment, id lists comma-joined, date ranges,
 * {@code id/0} creates, {@code /subset/A&B}), the request's Content-Type and body, and what the answer
 * parses into (a model keeping an element it does not know, a list, a new id). The last test prints
 * the resources and paths covered out of the swagger's.
 */
class ClassicEveryOperationTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String NAME = "A+B C/D";
    private static final String NAME_SEGMENT = "A%2BB%20C%2FD";
    private static AsyncJamfProClient client;
    private static final Set<String> passedOperations = new HashSet<>();

    @BeforeAll
    static void start() {
        client = ClassicTestSupport.client(wm);
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationOfTheSwagger() throws Exception {
        Map<String, List<String>> swagger = swaggerOperations();
        Map<String, JsonObject> byOperation = new LinkedHashMap<>();
        for (JsonObject method : ClassicIndex.methods()) {
            method.getAsJsonArray("operations").forEach(op -> byOperation.put(op.getAsString(), method));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonObject method : ClassicIndex.methods()) {
            tests.add(dynamicTest(method.get("name").getAsString() + " " + method.getAsJsonArray("operations"), () -> {
                drive(method, false);
                if (!method.get("subsetSegments").isJsonNull()) {
                    drive(method, true);
                }
                method.getAsJsonArray("operations").forEach(op -> passedOperations.add(op.getAsString()));
            }));
        }
        tests.add(dynamicTest("coverage of the swagger", () -> coverage(swagger, byOperation)));
        return tests.stream();
    }

    private static void coverage(Map<String, List<String>> swagger, Map<String, JsonObject> byOperation) {
        int paths = 0;
        int operations = 0;
        Set<String> resources = new HashSet<>();
        Set<String> coveredResources = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> path : swagger.entrySet()) {
            String resource = path.getKey().substring(1).split("/")[0];
            resources.add(resource);
            boolean all = true;
            for (String verb : path.getValue()) {
                String key = verb + " " + path.getKey();
                operations++;
                if (!byOperation.containsKey(key) || !passedOperations.contains(key)) {
                    missing.add(key);
                    all = false;
                }
            }
            paths += all ? 1 : 0;
        }
        for (String resource : resources) {
            if (swagger.keySet().stream().filter(p -> p.substring(1).split("/")[0].equals(resource))
                    .allMatch(p -> swagger.get(p).stream().allMatch(v -> passedOperations.contains(v + " " + p)))) {
                coveredResources.add(resource);
            }
        }
        System.out.println("Classic swagger coverage: " + coveredResources.size() + " of " + resources.size() + " resources, "
                + paths + " of " + swagger.size() + " paths, " + (operations - missing.size()) + " of " + operations
                + " operations, by " + ClassicIndex.methods().size() + " methods");
        assertTrue(missing.isEmpty(), "operations without a working method: " + missing);
    }

    // ---------------------------------------------------------------- one method

    private static void drive(JsonObject entry, boolean withSubsets) throws Exception {
        ClassicTestSupport.reset(wm);
        Method method = javaMethod(entry);
        String returnKind = entry.get("returnKind").getAsString();
        String answer = answer(entry);
        wm.stubFor(any(urlPathMatching("/JSSResource/.*")).atPriority(1).willReturn(answer == null
                ? aResponse().withStatus(201) : aResponse().withStatus(201).withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(answer)));
        List<Object> args = new ArrayList<>();
        StringBuilder expected = new StringBuilder("/JSSResource");
        Map<String, Object> byName = new LinkedHashMap<>();
        int dates = 0;
        Class<?>[] types = method.getParameterTypes();
        int position = 0;
        for (JsonElement p : entry.getAsJsonArray("params")) {
            JsonObject param = p.getAsJsonObject();
            String kind = param.get("kind").getAsString();
            Object value = switch (kind) {
                case "int" -> 7;
                case "ids" -> List.of(33, 34);
                case "date" -> dates++ == 0 ? LocalDate.of(2024, 1, 1) : LocalDate.of(2024, 12, 31);
                case "subsets" -> subsets(types[position], withSubsets);
                default -> NAME;
            };
            byName.put(param.get("name").getAsString(), value);
            args.add(value);
            position++;
        }
        Object body = null;
        if (!entry.get("body").isJsonNull()) {
            body = types[position].getDeclaredConstructor().newInstance();
            try {
                body.getClass().getMethod("setName", String.class).invoke(body, "Example");
            } catch (NoSuchMethodException e) {
                // a body without a name is sent empty
            }
            args.add(body);
            position++;
        }
        if (entry.get("upload").getAsBoolean()) {
            args.add("Sample.doc");
            args.add("file content".getBytes(StandardCharsets.UTF_8));
        }
        for (JsonElement s : entry.getAsJsonArray("segments")) {
            expected.append('/').append(segment(s.getAsString(), byName));
        }
        if (withSubsets) {
            expected.append("/subset/General&Location");
        }
        Object result = ((CompletableFuture<?>) method.invoke(client.classicApi(), args.toArray()))
                .get(20, java.util.concurrent.TimeUnit.SECONDS);
        LoggedRequest request = ClassicTestSupport.onlyRequest(wm, entry.get("httpMethod").getAsString(), expected.toString());
        if (body != null) {
            assertTrue(request.getHeader("Content-Type").startsWith("application/xml"), request.getHeader("Content-Type"));
            String sent = ClassicApi.xml().write(body);
            if (!entry.get("beforeWrite").isJsonNull()) {
                sent = ClassicCalls.escapePayloadsOnceMore(sent);
            }
            assertSameXml(sent, request.getBodyAsString());
        } else if (entry.get("upload").getAsBoolean()) {
            assertTrue(request.getHeader("Content-Type").startsWith("multipart/form-data"), request.getHeader("Content-Type"));
            assertTrue(request.getBodyAsString().contains("name=\"name\"; filename=\"Sample.doc\""), request.getBodyAsString());
            assertTrue(request.getBodyAsString().contains("file content"));
        } else {
            assertTrue(request.getBodyAsString().isEmpty(), "no body for " + entry.get("name"));
        }
        switch (returnKind) {
            case "id" -> assertEquals(42, result);
            case "void" -> assertEquals(null, result);
            case "list" -> {
                List<?> list = (List<?>) result;
                assertEquals(2, list.size(), "entries");
                assertKeepsUnknown(list.get(1));
            }
            default -> {
                assertNotNull(result);
                assertKeepsUnknown(result);
                assertSameXml(answer, ClassicApi.xml().write(result));
            }
        }
    }

    private static String answer(JsonObject entry) {
        String kind = entry.get("returnKind").getAsString();
        if (kind.equals("void")) {
            return null;
        }
        if (kind.equals("id")) {
            return "<created><id>42</id></created>";
        }
        JsonObject schema = ClassicIndex.schema(entry.get("returns").getAsString());
        String unknown = "<jamf_future_element><a>1</a></jamf_future_element>";
        if (kind.equals("list")) {
            String item = schema.get("itemElement").getAsString();
            String list = schema.get("listElement").getAsString();
            return "<" + list + "><size>2</size><" + item + ">" + unknown + "</" + item + "><" + item + ">" + unknown
                    + "</" + item + "></" + list + ">";
        }
        String root = schema.get("root").getAsString();
        return "<" + root + " since=\"11.30\">" + unknown + "</" + root + ">";
    }

    private static void assertKeepsUnknown(Object model) {
        if (model instanceof ClassicElement element) {
            assertEquals("jamf_future_element", element.getOtherElement("jamf_future_element").getLocalName());
        } else {
            throw new AssertionError("not a model: " + model);
        }
    }

    private static Object subsets(Class<?> arrayType, boolean withSubsets) {
        Class<?> component = arrayType.getComponentType();
        if (!withSubsets) {
            return java.lang.reflect.Array.newInstance(component, 0);
        }
        Object array = java.lang.reflect.Array.newInstance(component, 2);
        if (component == ComputerSubset.class) {
            java.lang.reflect.Array.set(array, 0, ComputerSubset.GENERAL);
            java.lang.reflect.Array.set(array, 1, ComputerSubset.LOCATION);
        } else {
            java.lang.reflect.Array.set(array, 0, "General");
            java.lang.reflect.Array.set(array, 1, "Location");
        }
        return array;
    }

    private static String segment(String segment, Map<String, Object> args) {
        if (segment.matches("\\{[^{}]+}_\\{[^{}]+}")) {
            return "2024-01-01_2024-12-31";
        }
        if (!segment.startsWith("{")) {
            return segment;
        }
        Object value = args.get(segment.substring(1, segment.length() - 1));
        if (value instanceof List<?> ids) {
            return ids.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        }
        return value instanceof String ? NAME_SEGMENT : String.valueOf(value);
    }

    private static Method javaMethod(JsonObject entry) {
        String name = entry.get("name").getAsString();
        int count = entry.getAsJsonArray("params").size() + (entry.get("body").isJsonNull() ? 0 : 1)
                + (entry.get("upload").getAsBoolean() ? 2 : 0);
        List<Method> found = Arrays.stream(ClassicApi.class.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == count && Modifier.isPublic(m.getModifiers()))
                .toList();
        assertEquals(1, found.size(), "ClassicApi." + name + " with " + count + " parameters");
        Method method = found.get(0);
        assertEquals(CompletableFuture.class, method.getReturnType(), name + " returns a CompletableFuture");
        assertEquals(entry.get("deprecated").getAsBoolean(), method.isAnnotationPresent(Deprecated.class), name + " @Deprecated");
        return method;
    }

    /** Path → HTTP methods, as Jamf's Classic swagger lists them. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> swaggerOperations() throws Exception {
        Path file = Path.of(System.getProperty("jamf.classic.swagger", "../../shared/specs/jamf-classic-api-11.30.1.yaml"));
        Map<String, Object> swagger = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        Map<String, List<String>> operations = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) swagger.get("paths")).forEach((path, item) -> {
            List<String> verbs = new ArrayList<>();
            item.keySet().stream().map(k -> k.strip().toUpperCase(java.util.Locale.ROOT))
                    .filter(v -> List.of("GET", "POST", "PUT", "DELETE").contains(v)).forEach(verbs::add);
            operations.put(path, verbs);
        });
        return operations;
    }
}
