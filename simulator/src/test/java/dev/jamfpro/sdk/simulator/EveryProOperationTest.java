package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the document the simulator was built with, over plain HTTP: a request built
 * from the document (path parameters naming seeded records, bodies of the declared schema and media
 * type) gets the declared 2xx status, and a JSON answer is valid against the declared schema, checked
 * strictly ({@link SchemaValidator}: types, enums, date formats, required and undeclared properties).
 */
class EveryProOperationTest {
    private static JamfProSimulator sim;
    private static TestHttp http;
    private static String token;
    private static ProApiModel model;
    private static SchemaValidator validator;
    private static JsonSampler sampler;

    @BeforeAll
    static void start() {
        sim = JamfProSimulator.builder().computers(20).mobileDevices(5).start();
        http = new TestHttp(sim);
        token = http.oauthToken();
        model = ProApiModel.get();
        validator = new SchemaValidator(model.schemas());
        sampler = new JsonSampler(model.schemas());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void theDigestHasEveryOperationOfTheDocument() throws Exception {
        String spec = System.getProperty("jamf.spec");
        assertTrue(spec != null, "system property jamf.spec (set by surefire from the Maven property) is missing");
        JsonObject paths = JsonParser.parseString(java.nio.file.Files.readString(java.nio.file.Path.of(spec)))
                .getAsJsonObject().getAsJsonObject("paths");
        java.util.Set<String> expected = new java.util.TreeSet<>();
        paths.entrySet().forEach(path -> path.getValue().getAsJsonObject().keySet().stream()
                .filter(m -> List.of("get", "put", "post", "patch", "delete").contains(m))
                .forEach(m -> expected.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        java.util.Set<String> digested = new java.util.TreeSet<>();
        model.operations().forEach(op -> digested.add(op.display()));
        assertEquals(expected, digested);
        System.out.println("Pro API digest: " + digested.size() + " operations of " + spec);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswers2xxWithItsSchema() {
        // Deletes run after everything that reads what they delete (deepest paths first), and the calls that
        // end a token last, each on a token of its own.
        List<ProApiModel.Operation> ops = new ArrayList<>(model.operations());
        ops.sort(java.util.Comparator.comparing(EveryProOperationTest::endsToken)
                .thenComparing(op -> op.method.equals("DELETE"))
                .thenComparing(op -> op.method.equals("DELETE") ? -op.segments.size() : 0));
        return ops.stream().map(op -> DynamicTest.dynamicTest(op.display(), () -> call(op)));
    }

    private static boolean endsToken(ProApiModel.Operation op) {
        return op.path.contains("invalidate") || op.path.contains("keep-alive") || op.path.contains("keepAlive");
    }

    private static void call(ProApiModel.Operation op) {
        StringBuilder path = new StringBuilder("/api");
        for (String segment : op.segments) {
            path.append('/');
            if (ProApiModel.isParam(segment)) {
                path.append(URLEncoder.encode(pathValue(op, segment.substring(1, segment.length() - 1)),
                        StandardCharsets.UTF_8));
            } else {
                path.append(segment);
            }
        }
        List<String> query = new ArrayList<>();
        HttpRequest.Builder request = HttpRequest.newBuilder();
        for (ProApiModel.Param p : op.parameters) {
            if (p.in().equals("query") && p.required()) {
                query.add(p.name() + "=" + URLEncoder.encode(sample(p.schema()), StandardCharsets.UTF_8));
            } else if (p.in().equals("header") && p.required()) {
                request.header(p.name(), sample(p.schema()));
            }
        }
        String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        request.uri(http.uri(target));
        String bearer = token;
        if (op.path.equals("/v1/auth/token")) {
            request.header("Authorization", TestHttp.basic("sim-user", "sim-password"));
            bearer = null;
        } else if (endsToken(op)) {
            bearer = userToken();
        } else if (op.path.equals("/v1/oauth/token")) {
            bearer = null;
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (!op.request.isEmpty()) {
            ProApiModel.Media media = op.request.stream().filter(m -> ProApiModel.isJson(m.type())).findFirst()
                    .orElse(op.request.get(0));
            String type = media.type().equals("*/*") ? "application/json" : media.type();
            if (op.path.equals("/v1/oauth/token")) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
                body = HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=sim-client&client_secret=sim-secret");
            } else if (ProApiModel.isJson(type)) {
                request.header("Content-Type", type);
                body = HttpRequest.BodyPublishers.ofString(uniquelyNamed(op, sampler.generate(media.schema(), 7,
                        JsonSampler.Naming.NONE)).toString());
            } else if (type.equals("multipart/form-data")) {
                String boundary = "simboundary";
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
                StringBuilder parts = new StringBuilder();
                Schemas.ObjectShape shape = model.schemas().object(media.schema());
                for (String name : shape.properties().keySet()) {
                    parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                            .append("\"; filename=\"sample.bin\"\r\nContent-Type: application/octet-stream\r\n\r\nsample\r\n");
                }
                parts.append("--").append(boundary).append("--\r\n");
                body = HttpRequest.BodyPublishers.ofString(parts.toString());
            } else if (type.equals("application/x-www-form-urlencoded")) {
                request.header("Content-Type", type);
                body = HttpRequest.BodyPublishers.ofString("field=value");
            } else {
                request.header("Content-Type", type);
                body = HttpRequest.BodyPublishers.ofString("serial number,device type\nC02,Computer\n");
            }
        }
        request.method(op.method, body);
        HttpResponse<String> response = http.send(request.build());
        if (response.statusCode() / 100 != 2) {
            fail(op.display() + " -> HTTP " + response.statusCode() + " " + response.body());
        }
        assertEquals(op.status, response.statusCode(), op.display() + " status");
        JsonObject schema = op.jsonResponse();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (schema != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            JsonElement answer = JsonParser.parseString(response.body());
            List<String> problems = validator.validate(answer, schema);
            assertTrue(problems.isEmpty(), op.display() + " answered what its schema does not allow:\n  "
                    + String.join("\n  ", problems) + "\n" + abbreviate(response.body()));
        } else if (!op.response.isEmpty()) {
            assertTrue(!response.body().isEmpty(), op.display() + " answered an empty " + contentType);
        }
    }

    private static String userToken() {
        HttpResponse<String> response = http.postAuth("/api/v1/auth/token", TestHttp.basic("sim-user", "sim-password"));
        return TestHttp.json(response).get("token").getAsString();
    }

    /**
     * A sampled body whose name is its operation's own: one sample would give every write of a kind the same
     * name, and the kinds both APIs keep refuse a name another record has, as Jamf does.
     */
    private static JsonElement uniquelyNamed(ProApiModel.Operation op, JsonElement body) {
        if (body.isJsonObject()) {
            for (String property : List.of("name", "packageName")) {
                JsonElement name = body.getAsJsonObject().get(property);
                if (name != null && name.isJsonPrimitive() && name.getAsJsonPrimitive().isString()) {
                    body.getAsJsonObject().addProperty(property, name.getAsString() + " (" + op.display() + ")");
                }
            }
        }
        return body;
    }

    private static String pathValue(ProApiModel.Operation op, String name) {
        if (op.method.equals("DELETE") && op.path.matches("/v(\\d+)/computers-inventory/\\{id}")) {
            return "1" + op.path.charAt(2); // each version deletes a computer of its own: 11, 12, 13, 14
        }
        for (ProApiModel.Param p : op.parameters) {
            if (p.in().equals("path") && p.name().equals(name)) {
                var values = model.schemas().enumValues(p.schema());
                if (values != null && !values.isEmpty()) {
                    return values.get(0).getAsString();
                }
            }
        }
        return "1";
    }

    private static String sample(JsonObject schema) {
        JsonElement value = sampler.generate(schema, 3, JsonSampler.Naming.NONE);
        if (value.isJsonArray()) {
            return value.getAsJsonArray().isEmpty() ? "x" : value.getAsJsonArray().get(0).getAsString();
        }
        return value.isJsonPrimitive() ? value.getAsString() : "x";
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }
}
