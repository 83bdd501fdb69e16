package dev.jamfpro.sdk.pro.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import dev.jamfpro.sdk.pro.api.ProApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Javadoc of every generated operation method (read from the generated sources, system property
 * {@code jamf.generated.sources}) carries the document's summary, description, required privileges
 * and deprecation date, one {@code @param} per parameter, and passes doclint.
 */
class GeneratedJavadocTest {
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<\\s*[/\\\\]?\\s*br\\s*/?\\s*>");
    private static GeneratedOperations operations;
    private static OpenApiDocument document;
    private static Path apiSources;
    private static final Map<String, String> sources = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        String generated = System.getProperty("jamf.generated.sources");
        assertNotNull(generated, "system property jamf.generated.sources");
        operations = GeneratedOperations.load();
        document = operations.document;
        apiSources = Path.of(generated, "dev", "jamfpro", "sdk", "pro", "api");
        try (Stream<Path> files = Files.list(apiSources)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Api.java")).toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationIsDocumented() {
        return document.operations().stream().map(op -> DynamicTest.dynamicTest(op.displayName(), () -> check(op)));
    }

    /** javac's doclint, every group (no HTML written, so it is quick), over the generated API interfaces. */
    @Test
    void apiJavadocPassesDoclint() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "javac (a JDK, not a JRE)");
        Path out = Files.createTempDirectory("jamf-doclint");
        List<String> args = new ArrayList<>(List.of("-Xdoclint:all", "-Xmaxwarns", "10000", "-proc:none",
                "-implicit:none", "-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                "-encoding", "UTF-8"));
        try (Stream<Path> files = Files.list(apiSources)) {
            files.map(Path::toString).filter(f -> f.endsWith(".java")).forEach(args::add);
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, args.toArray(String[]::new));
        String report = messages.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, report);
        assertFalse(report.contains("warning"), report);
    }

    private void check(OpenApiDocument.Operation op) {
        String name = methodName(op);
        // With an optional body there are two methods: the one with the body is declared first.
        List<Method> methods = Arrays.stream(ProApi.class.getMethods()).filter(m -> !m.isDefault() && m.getName().equals(name))
                .sorted(Comparator.comparingInt(Method::getParameterCount).reversed()).toList();
        assertFalse(methods.isEmpty(), "no method " + name);
        Method method = methods.get(0);
        String source = sources.get(method.getDeclaringClass().getSimpleName() + ".java");
        assertNotNull(source, "source of " + method.getDeclaringClass());
        Matcher declaration = Pattern.compile("CompletableFuture<[^\\n]*> " + name + "\\(").matcher(source);
        assertTrue(declaration.find(), "declaration of " + name);
        String javadoc = javadocBefore(source, declaration.start(), name);
        checkOperation(op, name, method, javadoc);
        if (methods.size() > 1) {
            assertEquals(2, methods.size(), "methods named " + name);
            assertTrue(declaration.find(), "declaration of the overload of " + name + " without a body");
            String overloadJavadoc = javadocBefore(source, declaration.start(), name);
            checkOperation(op, name, methods.get(1), overloadJavadoc);
            String bodyParam = javadoc.lines().filter(l -> l.contains("@param")).reduce((a, b) -> b).orElseThrow();
            assertTrue(bodyParam.matches(".*\\{@link #" + name + "\\([^)]*\\)} sends none\\s*"),
                    "the body's @param links to the overload without it: " + bodyParam);
            assertTrue(overloadJavadoc.contains("<p>Sent without a request body, which the document makes optional; {@link #"
                    + name + "("), "the overload says it sends no body and links to the other:\n" + overloadJavadoc);
        }
    }

    private static String javadocBefore(String source, int declaration, String name) {
        int start = source.lastIndexOf("/**", declaration);
        int end = source.indexOf("*/", start);
        assertTrue(start >= 0 && end < declaration, "Javadoc right before " + name);
        return source.substring(start + 3, end);
    }

    private static String methodName(OpenApiDocument.Operation op) {
        return operations.methodName(op);
    }

    private void checkOperation(OpenApiDocument.Operation op, String name, Method method, String javadoc) {
        assertFalse(javadoc.contains("\\\""), "escaped quotes in the Javadoc of " + name);
        String text = plain(javadoc);

        String summary = op.raw().has("summary") ? normalize(op.raw().get("summary").getAsString()) : "";
        assertTrue(text.contains(summary.isEmpty() ? op.method() + " /api" + op.path() : summary), "summary in\n" + text);
        if (op.raw().has("description")) {
            String description = normalize(op.raw().get("description").getAsString());
            assertTrue(text.contains(description) || stripEnd(description).equalsIgnoreCase(stripEnd(summary)),
                    "description '" + description + "' in\n" + text);
        }
        if (op.raw().has("x-required-privileges")) {
            for (JsonElement privilege : op.raw().getAsJsonArray("x-required-privileges")) {
                assertTrue(javadoc.contains("<li>" + escape(privilege.getAsString()) + "</li>"), "privilege " + privilege);
            }
        }
        if (op.deprecated()) {
            String deprecated = "@deprecated Jamf Pro deprecated this operation"
                    + (op.deprecationDate() == null ? "" : " on " + op.deprecationDate());
            OpenApiDocument.Operation successor = document.successor(op);
            if (successor != null) {
                String owner = Arrays.stream(ProApi.class.getMethods()).filter(m -> m.getName().equals(methodName(successor)))
                        .findFirst().orElseThrow().getDeclaringClass().getSimpleName();
                String link = (owner.equals(method.getDeclaringClass().getSimpleName()) ? "" : owner) + "#" + methodName(successor);
                deprecated += "; use {@link " + link + "} ({@code " + successor.method() + " /api" + successor.path() + "}) instead.";
            } else {
                deprecated += "; see the Jamf Pro API changelog for its replacement.";
            }
            assertTrue(javadoc.contains(deprecated), deprecated + " in\n" + javadoc);
        } else {
            assertFalse(javadoc.contains("@deprecated"), "@deprecated on an operation that is not");
        }
        long params = javadoc.lines().filter(l -> l.trim().startsWith("* @param ")).count();
        assertEquals(method.getParameterCount(), params, "@param lines");
    }

    /** The Javadoc as a reader sees it: no comment stars, no tags, entities decoded, one space between words. */
    private static String plain(String javadoc) {
        String text = javadoc.replaceAll("(?m)^\\s*\\*", " ").replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#64;", "@").replace("&#92;", "\\")
                .replace("&#47;", "/").replace("&amp;", "&");
        return normalize(text);
    }

    private static String normalize(String text) {
        return LINE_BREAK_TAG.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").trim();
    }

    private static String stripEnd(String text) {
        return text.replaceAll("[.\\s]+$", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("\\", "&#92;");
    }
}
