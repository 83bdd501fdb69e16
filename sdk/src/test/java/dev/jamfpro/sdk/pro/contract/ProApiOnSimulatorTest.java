package dev.jamfpro.sdk.pro.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfResponse;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import dev.jamfpro.sdk.internal.json.JamfGson;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.RecordedRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the document the SDK was generated from, called through {@code client.proApi()}
 * against the simulated Jamf Pro (no mock server): the call gets a 2xx, and the answer reads into the
 * method's declared type; a JSON answer of a read loses nothing on the way (the same read, raw,
 * compared with the model written back as JSON). The arguments are built as the contract test builds
 * them ({@link OperationArguments}), with values a server accepts: path parameters name seeded
 * records, optional query parameters are left out, bodies are the document's samples.
 */
class ProApiOnSimulatorTest {
    /**
     * Operations no generated call can make valid, each with the reason; the test fails if one of them
     * starts to pass (so the list stays true) or another one fails.
     */
    private static final Map<String, String> NOT_CALLABLE = Map.of(
            "POST /v1/auth/token", "authenticates with HTTP Basic, which the generated method cannot send (the SDK's"
                    + " UserCredentialsProvider calls it itself); the document declares no Authorization parameter");

    /**
     * SDK defects the simulator shows, each with what is wrong; the test fails when one is fixed (so the
     * entry comes off) or when another operation fails.
     */
    private static final Map<String, String> SDK_DEFECTS = Map.of();

    private static final Gson GSON = JamfGson.gson();

    private static GeneratedOperations operations;
    private static JamfProSimulator jamf;
    private static AsyncJamfProClient client;
    private static AsyncJamfProClient userClient;
    private static final List<String> answered = new ArrayList<>();
    private static final Map<String, String> refused = new LinkedHashMap<>();
    private static final Map<String, String> defects = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        operations = GeneratedOperations.load();
        jamf = JamfProSimulator.builder().computers(30).mobileDevices(5).start();
        client = client(new ApiClientCredentialsProvider("sim-client", "sim-secret"));
        userClient = client(new UserCredentialsProvider("sim-user", "sim-password"));
    }

    private static AsyncJamfProClient client(dev.jamfpro.sdk.auth.CredentialsProvider credentials) {
        return AsyncJamfProClient.builder().server(jamf.host()).port(jamf.port()).credentials(credentials)
                .sessionConfig(SessionConfig.builder().scheme("http").maxRetries(0).build()).build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
            userClient.close();
        }
        if (jamf != null) {
            jamf.close();
        }
        System.out.printf("Pro API through the SDK against the simulator (%s): %d of %d operations answered 2xx and"
                        + " read into their types; not callable: %s; SDK defects: %s%n", operations.documentName,
                answered.size(), operations.document.operations().size(), refused, defects);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationThroughTheSdk() {
        // Reads and writes first, deletes after everything that reads what they delete (deepest paths first),
        // and the calls that end a token last.
        List<OpenApiDocument.Operation> ops = new ArrayList<>(operations.document.operations());
        ops.sort(Comparator.comparing(ProApiOnSimulatorTest::endsToken)
                .thenComparing(op -> op.method().equals("DELETE"))
                .thenComparing(op -> op.method().equals("DELETE") ? -op.path().split("/").length : 0));
        return ops.stream().map(op -> DynamicTest.dynamicTest(op.displayName(), () -> call(op)));
    }

    @Test
    void theNotCallableOperationsAreOperationsOfTheDocument() {
        Set<String> all = new TreeSet<>();
        operations.document.operations().forEach(op -> all.add(op.displayName()));
        assertTrue(all.containsAll(NOT_CALLABLE.keySet()), "every named exception is an operation: " + NOT_CALLABLE);
    }

    private static boolean endsToken(OpenApiDocument.Operation op) {
        return op.path().contains("invalidate") || op.path().contains("keep-alive") || op.path().contains("keepAlive");
    }

    private static void call(OpenApiDocument.Operation op) throws Exception {
        Method method = operations.method(op);
        OperationArguments arguments = new OperationArguments(operations.document, op, method, new ValidSamples(op));
        AsyncJamfProClient caller = endsToken(op) || op.path().equals("/v1/auth/token") ? userClient : client;
        Object result;
        try {
            Object future = method.invoke(caller.proApi(), arguments.values);
            result = ((CompletableFuture<?>) future).get(30, TimeUnit.SECONDS);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method.getName() + " refused its arguments: " + e.getCause(), e.getCause());
        } catch (ExecutionException e) {
            if (NOT_CALLABLE.containsKey(op.displayName())) {
                refused.put(op.displayName(), e.getCause().getClass().getSimpleName());
                return;
            }
            if (SDK_DEFECTS.containsKey(op.displayName())) {
                defects.put(op.displayName(), String.valueOf(e.getCause().getMessage()));
                return;
            }
            throw new AssertionError(op.displayName() + " through " + method.getName() + " failed: " + e.getCause(),
                    e.getCause());
        }
        assertTrue(!NOT_CALLABLE.containsKey(op.displayName()), op.displayName() + " is named as not callable, but it "
                + "answered: take it off the list");
        assertTrue(!SDK_DEFECTS.containsKey(op.displayName()), op.displayName() + " is named as an SDK defect, but it "
                + "works now: take it off the list");
        checkResult(op, method, result);
        answered.add(op.displayName());
    }

    private static void checkResult(OpenApiDocument.Operation op, Method method, Object result) {
        Type declared = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
        BodyKind kind = op.response() == null ? BodyKind.NONE : BodyKind.of(op.response().content());
        switch (kind.kind()) {
            case NONE -> assertEquals(Void.class, declared);
            case TEXT -> assertTrue(result instanceof String s && !s.isEmpty(), "text answer: " + result);
            case BINARY -> {
                assertInstanceOf(ResponseBody.class, result);
            }
            case JSON -> {
                assertNotNull(result, op.displayName() + ": the JSON answer read as null");
                Class<?> raw = declared instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) declared;
                assertInstanceOf(raw, result);
                if (op.method().equals("GET")) {
                    List<String> diff = JsonDiff.between(instants(rereadRaw(op)), instants(GSON.toJsonTree(result,
                            declared)));
                    assertTrue(diff.isEmpty(), op.displayName() + ": the answer read into " + declared.getTypeName()
                            + " lost or changed:\n  " + JsonDiff.describe(diff));
                }
            }
            default -> throw new AssertionError("unexpected answer kind " + kind);
        }
    }

    /**
     * Date-times as instants ({@code 2026-10-29T19:13:10.350Z} and {@code ...10.35Z} are the same
     * value: the SDK writes what it read without trailing zeros).
     */
    private static JsonElement instants(JsonElement value) {
        if (value.isJsonObject()) {
            JsonObject out = new JsonObject();
            value.getAsJsonObject().entrySet().forEach(e -> out.add(e.getKey(), instants(e.getValue())));
            return out;
        }
        if (value.isJsonArray()) {
            JsonArray out = new JsonArray();
            value.getAsJsonArray().forEach(e -> out.add(instants(e)));
            return out;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String text = value.getAsString();
            if (text.length() > 19 && text.charAt(10) == 'T' && Character.isDigit(text.charAt(0))) {
                try {
                    return new com.google.gson.JsonPrimitive(java.time.OffsetDateTime.parse(text).toInstant().toString());
                } catch (java.time.format.DateTimeParseException e) {
                    return value;
                }
            }
        }
        return value;
    }

    /** The same read again, raw, as the simulator recorded it: what the model must have kept. */
    private static JsonElement rereadRaw(OpenApiDocument.Operation op) {
        List<RecordedRequest> recorded = jamf.recordedRequests();
        RecordedRequest last = recorded.get(recorded.size() - 1);
        Map<String, String> query = new LinkedHashMap<>();
        last.query().forEach((name, values) -> query.put(name, String.join(",", values)));
        JamfResponse raw = client.proApiRequest("GET", last.path().substring("/api/".length()), query, null).join();
        return JsonParser.parseString(raw.body());
    }

    /** Values a server accepts: seeded ids, the document's defaults, optional parameters left out. */
    private static final class ValidSamples implements OperationArguments.Samples {
        private final OpenApiDocument.Operation op;

        ValidSamples(OpenApiDocument.Operation op) {
            this.op = op;
        }

        @Override
        public Object path(String name, Type type, int index) {
            if (type instanceof Class<?> c && c.isEnum()) {
                return c.getEnumConstants()[0];
            }
            String value = "1";
            if (op.method().equals("DELETE") && op.path().matches("/v\\d+/computers-inventory/\\{id}")) {
                value = "1" + op.path().charAt(2); // each version deletes a computer of its own
            }
            if (type == Integer.class || type == int.class) {
                return Integer.parseInt(value);
            }
            if (type == Long.class) {
                return Long.parseLong(value);
            }
            return value;
        }

        @Override
        public List<?> queryList(String name, Type item, OpenApiDocument.Parameter parameter) {
            if (parameter == null || !parameter.required()) {
                return null;
            }
            JsonObject schema = parameter.schema();
            if (schema.has("default") && schema.get("default").isJsonArray()) {
                List<String> values = new ArrayList<>();
                for (JsonElement e : schema.getAsJsonArray("default")) {
                    values.add(e.getAsString());
                }
                return values;
            }
            return List.of(query(name, item, 0, parameter));
        }

        @Override
        public Object query(String name, Type type, int index, OpenApiDocument.Parameter parameter) {
            if (parameter == null || !parameter.required()) {
                return null;
            }
            if (type instanceof Class<?> c && c.isEnum()) {
                return c.getEnumConstants()[0];
            }
            JsonObject schema = parameter.schema();
            if (schema.has("enum")) {
                return schema.getAsJsonArray("enum").get(0).getAsString();
            }
            return OperationArguments.Samples.CONTRACT.query(name, type, index, parameter) instanceof String ? "sample"
                    : OperationArguments.Samples.CONTRACT.query(name, type, index, parameter);
        }

        @Override
        public String header(String name) {
            if (name.equalsIgnoreCase("accept") && op.response() != null && !op.response().content().isEmpty()) {
                return BodyKind.mediaTypes(op.response().content().keySet().iterator().next()).get(0);
            }
            return "en-US";
        }

        @Override
        public String field(String name) {
            return switch (name) {
                case "client_id" -> "sim-client";
                case "client_secret" -> "sim-secret";
                case "grant_type" -> "client_credentials";
                default -> "value";
            };
        }

        @Override
        public JsonElement jsonBody(OpenApiDocument document, JsonObject schema) {
            JsonElement sample = new SampleJson(document).of(schema);
            if (op.path().endsWith("/delete-multiple") && sample.isJsonObject()) {
                JsonArray ids = new JsonArray();
                ids.add("3");
                sample.getAsJsonObject().add("ids", ids);
            }
            // a name of the operation's own: one sample would give every write of a kind the same name, and
            // the kinds both APIs keep refuse a name another record has, as Jamf does
            for (String property : List.of("name", "packageName")) {
                JsonElement name = sample.isJsonObject() ? sample.getAsJsonObject().get(property) : null;
                if (name != null && name.isJsonPrimitive() && name.getAsJsonPrimitive().isString()) {
                    sample.getAsJsonObject().addProperty(property, name.getAsString() + " (" + op.displayName() + ")");
                }
            }
            return sample;
        }
    }
}
