package dev.jamfpro.sdk.pro.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.codegen.OperationNames;
import dev.jamfpro.sdk.pro.api.ProApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document the SDK was generated from (system properties {@code jamf.spec} and
 * {@code jamf.overrides}, set by surefire from the Maven properties), with the fixes of
 * {@code specs/overrides.json} applied, and the {@link ProApi} method of each of its operations.
 */
final class GeneratedOperations {
    final OpenApiDocument document;
    final String documentName;
    private final Map<String, String> nameOverrides = new HashMap<>();

    private GeneratedOperations(OpenApiDocument document, String documentName, JsonObject overrides) {
        this.document = document;
        this.documentName = documentName;
        if (overrides.has("operationNames")) {
            overrides.getAsJsonObject("operationNames").entrySet()
                    .forEach(e -> nameOverrides.put(e.getKey(), e.getValue().getAsString()));
        }
    }

    static GeneratedOperations load() {
        String spec = System.getProperty("jamf.spec");
        assertNotNull(spec, "system property jamf.spec (set by surefire from the Maven property) is missing");
        String overridesFile = System.getProperty("jamf.overrides");
        assertNotNull(overridesFile, "system property jamf.overrides (specs/overrides.json, set by surefire) is missing");
        JsonObject overrides;
        try {
            overrides = JsonParser.parseString(Files.readString(Path.of(overridesFile))).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpenApiDocument document = OpenApiDocument.read(Path.of(spec));
        document.applyOverrides(overrides);
        return new GeneratedOperations(document, Path.of(spec).getFileName().toString(), overrides);
    }

    /** The generated method's name: the naming rule, or an {@code operationNames} override. */
    String methodName(OpenApiDocument.Operation op) {
        String override = nameOverrides.get(op.displayName());
        return override != null ? override : OperationNames.methodName(op.method(), op.path());
    }

    /**
     * The {@link ProApi} method of an operation; where an optional body gave it a second, body-less
     * overload, the one that takes the body.
     */
    Method method(OpenApiDocument.Operation op) {
        return method(op, false);
    }

    /**
     * The {@link ProApi} method of an operation: {@code withoutBody}, the overload without its optional
     * body (which must exist), else the one method, or the overload that takes the body.
     */
    Method method(OpenApiDocument.Operation op, boolean withoutBody) {
        String name = methodName(op);
        List<Method> named = Arrays.stream(ProApi.class.getMethods())
                .filter(m -> !m.isDefault() && m.getName().equals(name)).toList();
        List<Method> found = named.size() == 1 && !withoutBody ? named
                : named.stream().filter(m -> hasBody(m) != withoutBody).toList();
        assertEquals(1, found.size(), "ProApi methods named " + name + " for " + op.displayName()
                + (withoutBody ? " without a body" : "") + ": " + named);
        return found.get(0);
    }

    private static boolean hasBody(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(a -> a instanceof retrofit2.http.Body);
    }
}
