package dev.jamfpro.sdk.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The generated Classic sources (system property {@code jamf.classic.generated.sources}) pass javac's
 * doclint, and carry Jamf's words: a deprecated computer method names its date and the Pro replacement,
 * a model getter Jamf's allowed values.
 */
class ClassicGeneratedJavadocTest {
    private static Path sources() {
        String dir = System.getProperty("jamf.classic.generated.sources", "target/generated-sources/jamf-classic-api");
        Path path = Path.of(dir);
        assertTrue(Files.isDirectory(path), "generated Classic sources at " + path);
        return path;
    }

    @Test
    void generatedClassicJavadocPassesDoclint() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "javac (a JDK, not a JRE)");
        Path out = Files.createTempDirectory("jamf-classic-doclint");
        List<String> args = new ArrayList<>(List.of("-Xdoclint:all,-missing", "-Xmaxwarns", "10000", "-Xmaxerrs", "10000",
                "-proc:none", "-implicit:none", "-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                "-encoding", "UTF-8"));
        try (Stream<Path> files = Files.walk(sources())) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        String report = errors.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, report);
        assertTrue(!report.contains("warning:"), report);
    }

    @Test
    void deprecatedComputerMethodsNameTheDateAndTheProReplacement() throws IOException {
        String api = Files.readString(sources().resolve("dev/jamfpro/sdk/classic/ClassicApi.java"));
        int method = api.indexOf("public CompletableFuture<ClassicComputer> getComputerById(");
        String javadoc = api.substring(api.lastIndexOf("/**", method), method);
        assertTrue(javadoc.contains("@deprecated Jamf deprecated {@code GET /JSSResource/computers/id/{id}} on 2025-02-11"), javadoc);
        assertTrue(javadoc.contains("computers-inventory"), javadoc);
        assertTrue(javadoc.contains("Required privileges: {@code read:pro:computers}"), javadoc);
        assertTrue(api.substring(method - 20, method).contains("@Deprecated"), "annotated");
    }

    @Test
    void modelGettersCarryJamfsAllowedValuesAndExamples() throws IOException {
        String criterion = Files.readString(sources().resolve("dev/jamfpro/sdk/classic/model/ClassicCriterion.java"));
        assertTrue(criterion.contains("Values Jamf documents: {@code and}, {@code or}"), criterion);
        assertTrue(criterion.contains("Example: {@code Last Inventory Update}"), criterion);
    }
}
