package dev.jamfpro.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.internal.ProOperation;
import dev.jamfpro.sdk.pro.api.ProApi;
import dev.jamfpro.sdk.simulator.RecordedRequest;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples' "no deprecated operation is called" check, shared by every example test: which
 * operation each request the simulator recorded reached, and whether Jamf's documents mark it deprecated.
 * Pro operations come from the {@link ProOperation} annotations of the generated {@link ProApi} (the
 * document the SDK is built from, with its overrides); Classic operations from the index the sdk build
 * writes beside the generated {@code ClassicApi} (Jamf's Classic swagger and resource document), read from
 * the system property {@value #CLASSIC_INDEX}. A request matching several operations reached the most
 * literal one ({@code /v1/computers-inventory/filevault} before {@code /v1/computers-inventory/{id}}).
 */
public final class DeprecatedOperations {
    static final String CLASSIC_INDEX = "jamf.classic.index";
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final List<Operation> OPERATIONS = load();

    /** One operation: {@code name} as the document writes it ({@code GET /v1/buildings/{id}}), matched on the wire path. */
    private record Operation(String name, String method, Pattern wirePath, int parameters, boolean deprecated) {
        static Operation of(String name, String prefix, boolean deprecated) {
            int space = name.indexOf(' ');
            String template = prefix + name.substring(space + 1);
            StringBuilder regex = new StringBuilder();
            Matcher parameter = PARAMETER.matcher(template);
            int at = 0;
            int parameters = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(template.substring(at, parameter.start()))).append("[^/]+");
                at = parameter.end();
                parameters++;
            }
            regex.append(Pattern.quote(template.substring(at)));
            return new Operation(name, name.substring(0, space), Pattern.compile(regex.toString()), parameters, deprecated);
        }
    }

    private DeprecatedOperations() {
    }

    private static List<Operation> load() {
        List<Operation> operations = new ArrayList<>();
        for (Method method : ProApi.class.getMethods()) {
            ProOperation operation = method.getAnnotation(ProOperation.class);
            if (operation != null) {
                operations.add(Operation.of(operation.value(), "/api", operation.deprecated()));
            }
        }
        assertTrue(operations.size() > 800, "the Pro API's operations, read from ProApi: " + operations.size());
        Map<String, Boolean> classic = new LinkedHashMap<>();
        for (JsonElement element : classicIndex().getAsJsonArray("methods")) {
            JsonObject method = element.getAsJsonObject();
            boolean deprecated = method.get("deprecated").getAsBoolean();
            method.getAsJsonArray("operations").forEach(op -> classic.merge(op.getAsString(), deprecated, Boolean::logicalOr));
        }
        assertTrue(classic.size() > 300, "the Classic API's operations, read from the index: " + classic.size());
        classic.forEach((name, deprecated) -> operations.add(Operation.of(name, "/JSSResource", deprecated)));
        return List.copyOf(operations);
    }

    private static JsonObject classicIndex() {
        String file = System.getProperty(CLASSIC_INDEX);
        if (file == null) {
            throw new IllegalStateException("system property " + CLASSIC_INDEX + " is not set: run the tests with Maven"
                    + " from the reactor root (-pl examples -am), which sets it to the sdk build's Classic index");
        }
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(reader).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the Classic index " + file + " (the sdk build writes it): " + e, e);
        }
    }

    /**
     * The deprecated operation a request reaches, if it reaches one.
     *
     * @param method {@code GET}, {@code POST}, ...
     * @param path the path as sent, {@code /api/v1/computers-inventory} or {@code /JSSResource/computers/id/3}
     * @return the operation as its document names it ({@code GET /v1/computers-inventory}), or empty when the
     *     request reaches a current operation or none the SDK knows
     */
    public static Optional<String> deprecatedOperation(String method, String path) {
        return OPERATIONS.stream()
                .filter(op -> op.method().equalsIgnoreCase(method) && op.wirePath().matcher(path).matches())
                .min(Comparator.comparingInt(Operation::parameters))
                .filter(Operation::deprecated)
                .map(Operation::name);
    }

    /**
     * Fails naming every recorded request that reached a deprecated operation; fails too when nothing was
     * recorded (the check would prove nothing).
     *
     * @param requests what the simulator recorded while the examples ran
     */
    public static void assertNoneCalled(List<RecordedRequest> requests) {
        assertFalse(requests.isEmpty(), "no request was recorded: the check would prove nothing");
        List<String> deprecated = new ArrayList<>();
        for (RecordedRequest request : requests) {
            deprecatedOperation(request.method(), request.path())
                    .ifPresent(op -> deprecated.add(request.method() + " " + request.path() + " (Jamf deprecated " + op + ")"));
        }
        assertTrue(deprecated.isEmpty(), deprecated.size() + " of " + requests.size()
                + " requests reached deprecated operations: " + deprecated);
    }
}
