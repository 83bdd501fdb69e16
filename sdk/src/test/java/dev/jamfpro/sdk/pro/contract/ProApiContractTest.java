package dev.jamfpro.sdk.pro.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.internal.ProOperation;
import dev.jamfpro.sdk.internal.json.JamfGson;
import dev.jamfpro.sdk.pro.api.ProApi;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives every operation of the OpenAPI document the SDK was generated from (system property
 * {@code jamf.spec}) through {@code client.proApi()} against one WireMock server, and checks the
 * wire both ways: method, percent-encoded path, query names and values ({@code sort} joined into one
 * value), headers, the request Content-Type the document declares and the body, then that an answer
 * built from the 2xx schema reads into the method's Java type without losing a field.
 *
 * <p>Cookie parameters (two {@code JSESSIONID} on account preferences) are not method parameters:
 * the client's shared cookie jar carries the session.
 */
class ProApiContractTest {
    private static final String TOKEN = "contract-token";
    private static final byte[] BINARY = OperationArguments.BINARY;
    private static final String TEXT = OperationArguments.TEXT;
    private static final Gson GSON = JamfGson.gson();

    private static GeneratedOperations operations;
    private static OpenApiDocument document;
    private static WireMockServer server;
    private static AsyncJamfProClient client;
    private static int cases;
    private static int bodylessCases;
    /** Per variant of the answer: {read back unchanged, tried}. */
    private static final Map<SampleJson.Variant, int[]> variantCounts = new java.util.EnumMap<>(SampleJson.Variant.class);

    @BeforeAll
    static void start() {
        operations = GeneratedOperations.load();
        document = operations.document;
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        client = AsyncJamfProClient.builder().server("localhost").port(server.port())
                .credentials(new ApiClientCredentialsProvider("contract-id", "contract-secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build())
                .build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.stop();
        }
        System.out.printf("Pro API contract: %d operation cases and %d without their optional body run against %s%n",
                cases, bodylessCases, operations.documentName);
        variantCounts.forEach((variant, counts) -> System.out.printf(
                "Pro API answers with %s read and written back unchanged: %d of %d%n", variant, counts[0], counts[1]));
    }

    @Test
    void everyGeneratedMethodIsAnOperationOfTheDocument() {
        Set<String> expected = document.operations().stream().map(operations::methodName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> generated = Arrays.stream(ProApi.class.getMethods()).filter(m -> !m.isDefault())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(document.operations().size(), expected.size(), "two operations share a method name");
        assertEquals(expected, generated);
    }

    @TestFactory
    Stream<DynamicTest> everyOperation() {
        return document.operations().stream()
                .map(op -> DynamicTest.dynamicTest(op.displayName(), () -> {
                    cases++;
                    new Case(op, false).run();
                }));
    }

    /**
     * Every operation whose request body the document makes optional, called through its overload
     * without the body: the same request with no body and no Content-Type announcing one.
     */
    @TestFactory
    Stream<DynamicTest> everyOptionalBodyMayBeOmitted() {
        return optionalBodies().stream()
                .map(op -> DynamicTest.dynamicTest(op.displayName() + " without a body", () -> {
                    bodylessCases++;
                    new Case(op, true).run();
                }));
    }

    /** Exactly the operations with an optional body sent as a whole ({@code @Body}) have a second, body-less method. */
    @Test
    void onlyOptionalBodiesHaveAnOverloadWithoutThem() {
        Set<String> expected = optionalBodies().stream().map(operations::methodName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> overloaded = Arrays.stream(ProApi.class.getMethods()).filter(m -> !m.isDefault())
                .collect(Collectors.groupingBy(Method::getName, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, overloaded);
        assertTrue(document.operations().stream().anyMatch(op -> !document.bodyOptional(op)
                && BodyKind.of(op.requestContent()).kind() != BodyKind.Kind.NONE), "the document has required bodies too");
    }

    /** The operations whose request body is optional and travels whole (JSON, text, binary; not form fields). */
    private static List<OpenApiDocument.Operation> optionalBodies() {
        return document.operations().stream().filter(document::bodyOptional).filter(op -> switch (BodyKind.of(op.requestContent()).kind()) {
            case JSON, TEXT, BINARY -> true;
            default -> false;
        }).toList();
    }

    /** One operation: arguments ({@link OperationArguments}, the contract's samples), the call, the checks. */
    private static final class Case {
        final OpenApiDocument.Operation op;
        final boolean withoutBody;
        final Method method;
        final BodyKind requestKind;
        final BodyKind responseKind;
        final OperationArguments arguments;
        final Object[] args;
        final Map<String, Object> pathValues;
        final List<Map.Entry<String, String>> expectedQuery;
        final Map<String, String> expectedHeaders;
        final List<Map.Entry<String, String>> expectedFields;
        final List<String> expectedParts;
        final List<String> javaOrder;
        final JsonElement expectedJsonBody;

        Case(OpenApiDocument.Operation op, boolean withoutBody) {
            this.op = op;
            this.withoutBody = withoutBody;
            this.method = operations.method(op, withoutBody);
            this.requestKind = withoutBody ? BodyKind.NONE : BodyKind.of(op.requestContent());
            this.responseKind = op.response() == null ? BodyKind.NONE : BodyKind.of(op.response().content());
            this.arguments = new OperationArguments(document, op, method, OperationArguments.Samples.CONTRACT);
            this.args = arguments.values;
            this.pathValues = arguments.pathValues;
            this.expectedQuery = arguments.expectedQuery;
            this.expectedHeaders = arguments.expectedHeaders;
            this.expectedFields = arguments.expectedFields;
            this.expectedParts = arguments.expectedParts;
            this.javaOrder = arguments.javaOrder;
            this.expectedJsonBody = arguments.expectedJsonBody;
            if (expectedJsonBody != null) {
                List<String> untyped = TypedReading.untyped(arguments.jsonBody);
                assertTrue(untyped.isEmpty(), "a request body built from the document kept values it should have typed:\n  "
                        + String.join("\n  ", untyped));
            }
        }

        void run() throws Exception {
            checkDeclaration();
            server.resetAll();
            server.stubFor(post(urlPathEqualTo("/api/v1/oauth/token")).withHeader("Authorization", absent()).atPriority(1)
                    .willReturn(okJson("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":1200}")));
            JsonElement answerJson = responseKind.kind() == BodyKind.Kind.JSON ? new SampleJson(document).of(responseKind.schema()) : null;
            server.stubFor(any(anyUrl()).atPriority(5).willReturn(answer(answerJson)));

            Object result = call();
            LoggedRequest request = theApiRequest();
            checkRequest(request);
            checkResult(result, answerJson);
            checkVariants(answerJson);
        }

        /**
         * What a newer or odd Jamf Pro may answer (members, enum values and shapes the document does not
         * declare) reads without failing and writes back exactly as it came.
         */
        private void checkVariants(JsonElement documented) {
            Type declared = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
            if (responseKind.kind() != BodyKind.Kind.JSON || declared == String.class) {
                return;
            }
            List<String> lost = new ArrayList<>();
            for (SampleJson.Variant variant : SampleJson.Variant.values()) {
                JsonElement answer = new SampleJson(document, variant).of(responseKind.schema());
                if (variant == SampleJson.Variant.DOCUMENTED || answer.equals(documented)) {
                    continue; // nothing of this kind in this answer
                }
                server.stubFor(any(anyUrl()).atPriority(4).willReturn(answer(answer)));
                int[] counts = variantCounts.computeIfAbsent(variant, v -> new int[2]);
                counts[1]++;
                List<String> diff;
                try {
                    diff = JsonDiff.exactly(answer, GSON.toJsonTree(call(), declared));
                } catch (AssertionError | Exception e) {
                    diff = List.of("the call failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                }
                if (diff.isEmpty()) {
                    counts[0]++;
                } else {
                    lost.add(variant + ":\n  " + JsonDiff.describe(diff));
                }
            }
            assertTrue(lost.isEmpty(), "answers read into " + declared.getTypeName() + " lost or changed:\n" + String.join("\n", lost));
        }

        private void checkDeclaration() {
            assertEquals(op.deprecated(), method.isAnnotationPresent(Deprecated.class), "@Deprecated on " + method.getName());
            if (op.deprecated() && op.deprecationDate() != null) {
                assertEquals(op.deprecationDate(), method.getAnnotation(Deprecated.class).since(), "@Deprecated(since)");
            }
            // Document order; a path parameter listed after a query parameter moves up to just before the
            // first query parameter (Retrofit rejects a @Path after a @Query). Cookies are not parameters.
            List<String> specOrder = new ArrayList<>();
            int firstQuery = -1;
            for (OpenApiDocument.Parameter p : op.parameters()) {
                String entry = p.in() + " " + p.name();
                if (p.in().equals("path") && firstQuery >= 0) {
                    specOrder.add(firstQuery++, entry);
                } else if (!p.in().equals("cookie")) {
                    if (p.in().equals("query") && firstQuery < 0) {
                        firstQuery = specOrder.size();
                    }
                    specOrder.add(entry);
                }
            }
            switch (requestKind.kind()) {
                case NONE -> { }
                case MULTIPART, FORM -> arguments.formProperties().forEach(name -> specOrder.add("form " + name));
                default -> specOrder.add("body");
            }
            assertEquals(specOrder, javaOrder, "parameters of " + method.getName() + " in document order");
            checkOperationAnnotation();
        }

        /** {@code @ProOperation}: the operation, its privileges, deprecation and successor, as the document says. */
        private void checkOperationAnnotation() {
            ProOperation annotation = method.getAnnotation(ProOperation.class);
            assertNotNull(annotation, "@ProOperation on " + method.getName());
            assertEquals(op.displayName(), annotation.value(), "@ProOperation value");
            List<String> privileges = new ArrayList<>();
            if (op.raw().has("x-required-privileges")) {
                op.raw().getAsJsonArray("x-required-privileges").forEach(p -> privileges.add(p.getAsString()));
            }
            assertEquals(privileges, List.of(annotation.privileges()), "@ProOperation privileges");
            assertEquals(op.deprecated(), annotation.deprecated(), "@ProOperation deprecated");
            assertEquals(op.deprecated() && op.deprecationDate() != null ? op.deprecationDate() : "", annotation.deprecationDate(),
                    "@ProOperation deprecationDate");
            OpenApiDocument.Operation successor = op.deprecated() ? document.successor(op) : null;
            assertEquals(successor == null ? "" : successor.displayName(), annotation.successor(), "@ProOperation successor");
            assertEquals(successor == null ? "" : operations.methodName(successor), annotation.successorMethod(),
                    "@ProOperation successorMethod");
        }

        // ---- the exchange

        private ResponseDefinitionBuilder answer(JsonElement json) {
            int status = op.response() == null ? 204 : op.response().status();
            ResponseDefinitionBuilder answer = aResponse().withStatus(status);
            return switch (responseKind.kind()) {
                case NONE -> answer;
                case JSON -> answer.withHeader("Content-Type", responseKind.mediaType()).withBody(json.toString());
                case TEXT -> answer.withHeader("Content-Type", responseKind.mediaType()).withBody(TEXT.getBytes(StandardCharsets.UTF_8));
                default -> answer.withHeader("Content-Type", responseKind.mediaType()).withBody(BINARY);
            };
        }

        private Object call() throws Exception {
            Object future;
            try {
                future = method.invoke(client.proApi(), args);
            } catch (InvocationTargetException e) {
                throw new AssertionError(method.getName() + " refused the sample arguments: " + e.getCause(), e.getCause());
            }
            try {
                return ((CompletableFuture<?>) future).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError(method.getName() + " failed: " + e.getCause() + "\nrequests: "
                        + server.findAll(RequestPatternBuilder.allRequests()), e.getCause());
            }
        }

        private LoggedRequest theApiRequest() {
            List<LoggedRequest> requests = server.findAll(RequestPatternBuilder.allRequests()).stream()
                    .filter(r -> ("Bearer " + TOKEN).equals(r.getHeader("Authorization"))).toList();
            assertEquals(1, requests.size(), "API requests sent for " + op.displayName() + ": " + requests);
            return requests.get(0);
        }

        // ---- checks

        private void checkRequest(LoggedRequest request) {
            assertEquals(op.method(), request.getMethod().value(), "HTTP method");
            String url = request.getUrl();
            int q = url.indexOf('?');
            String rawPath = q < 0 ? url : url.substring(0, q);
            String rawQuery = q < 0 ? "" : url.substring(q + 1);

            List<String> expectedPath = new ArrayList<>(List.of("api"));
            for (String segment : op.path().substring(1).split("/", -1)) {
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    Object value = pathValues.get(segment.substring(1, segment.length() - 1));
                    assertNotNull(value, "no argument for path parameter " + segment);
                    expectedPath.add(OperationArguments.wire(value));
                } else {
                    expectedPath.add(segment);
                }
            }
            assertEquals(expectedPath, WireDecoding.pathSegments(rawPath), "path (raw: " + rawPath + ")");

            Comparator<Map.Entry<String, String>> byNameThenValue =
                    Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue());
            assertEquals(sorted(expectedQuery, byNameThenValue), sorted(WireDecoding.pairs(rawQuery), byNameThenValue),
                    "query parameters (raw: " + rawQuery + ")");

            expectedHeaders.forEach((name, value) -> assertEquals(value, request.getHeader(name), "header " + name));
            if (responseKind.kind() == BodyKind.Kind.JSON && mediaTypeCount(op.response().content()) > 1
                    && !expectedHeaders.containsKey("accept") && !expectedHeaders.containsKey("Accept")) {
                assertEquals(responseKind.mediaType(), request.getHeader("Accept"),
                        "Accept: the document offers several answer types, the method reads JSON");
            }
            checkRequestBody(request);
        }

        private void checkRequestBody(LoggedRequest request) {
            String contentType = request.getHeader("Content-Type");
            if (requestKind.kind() == BodyKind.Kind.NONE) {
                assertTrue(request.getBody().length == 0, (withoutBody ? "called without a body" : "no body declared")
                        + ", but one was sent");
                if (withoutBody) {
                    assertNull(contentType, "Content-Type of a request sent without its optional body");
                }
                return;
            }
            assertNotNull(contentType, "Content-Type of the request");
            String base = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            assertEquals(requestKind.mediaType(), base, "request Content-Type (document declares "
                    + op.requestContent().keySet() + ")");
            String body = new String(request.getBody(), StandardCharsets.UTF_8);
            switch (requestKind.kind()) {
                case JSON -> {
                    JsonElement sent;
                    try {
                        sent = JsonParser.parseString(body);
                    } catch (JsonSyntaxException e) {
                        throw new AssertionError("request body is not JSON: " + body, e);
                    }
                    List<String> diff = JsonDiff.between(expectedJsonBody, sent);
                    assertTrue(diff.isEmpty(), "request body differs from the document's sample:\n  " + JsonDiff.describe(diff));
                }
                case TEXT -> assertEquals(TEXT, body, "text request body");
                case BINARY -> assertArrayEquals(BINARY, request.getBody(), "binary request body");
                case FORM -> {
                    Comparator<Map.Entry<String, String>> byName = Map.Entry.comparingByKey();
                    assertEquals(sorted(expectedFields, byName), sorted(WireDecoding.pairs(body), byName), "form fields");
                }
                case MULTIPART -> {
                    assertTrue(contentType.contains("boundary="), "multipart Content-Type carries a boundary");
                    for (String part : expectedParts) {
                        String disposition = "Content-Disposition: form-data; name=\"" + part + "\""
                                + (arguments.isFileProperty(part) ? "; filename=\"sample.bin\"" : "");
                        assertTrue(body.contains(disposition), disposition + " in\n" + body);
                    }
                    assertEquals(new TreeSet<>(arguments.formProperties()), new TreeSet<>(expectedParts), "multipart part names");
                }
                default -> fail("unexpected request kind " + requestKind);
            }
        }

        private void checkResult(Object result, JsonElement answerJson) throws Exception {
            Type declared = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
            switch (responseKind.kind()) {
                case NONE -> {
                    assertEquals(Void.class, declared, "return type of an operation without an answer body");
                    assertNull(result);
                }
                case TEXT -> {
                    assertEquals(String.class, declared, "return type for " + responseKind.mediaType());
                    assertEquals(TEXT, result);
                }
                case BINARY -> {
                    assertEquals(ResponseBody.class, declared, "return type for binary " + responseKind.mediaType());
                    assertArrayEquals(BINARY, ((ResponseBody) result).bytes());
                }
                case JSON -> {
                    assertNotNull(result, "JSON answer read as null");
                    assertTrue(declared != ResponseBody.class && declared != Void.class, "return type for JSON: " + declared);
                    if (declared == String.class) {
                        assertTrue(answerJson.isJsonPrimitive(), "a String return type for a JSON " + answerJson);
                        assertEquals(answerJson.getAsString(), result);
                        return;
                    }
                    assertInstanceOf(rawClass(declared), result);
                    List<String> untyped = TypedReading.untyped(result);
                    assertTrue(untyped.isEmpty(), "the answer read into " + declared.getTypeName()
                            + " kept values it should have typed:\n  " + String.join("\n  ", untyped));
                    List<String> diff = JsonDiff.between(answerJson, GSON.toJsonTree(result, declared));
                    assertTrue(diff.isEmpty(), "the answer read into " + declared.getTypeName() + " lost or changed:\n  "
                            + JsonDiff.describe(diff));
                }
                default -> fail("unexpected response kind " + responseKind);
            }
        }

        private static long mediaTypeCount(Map<String, JsonObject> content) {
            return content.keySet().stream().mapToLong(k -> BodyKind.mediaTypes(k).size()).sum();
        }

        private static Class<?> rawClass(Type type) {
            return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        }

        private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
            List<T> copy = new ArrayList<>(list);
            copy.sort(order);
            return copy;
        }
    }
}
