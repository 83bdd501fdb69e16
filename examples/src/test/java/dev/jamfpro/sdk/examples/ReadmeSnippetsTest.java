package dev.jamfpro.sdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java block of the README compiles against the SDK as built: what a user copies from it works with
 * the API they get, and a change that breaks an example in the README fails the build.
 *
 * <p>A block is compiled as the body of a method, with the SDK's, the simulator's and the JDK's usual
 * packages imported; a block that declares a class is compiled as it stands, with the same imports. The
 * names a block uses without declaring them ({@code client}, a request it was given...) are declared in an
 * HTML comment right above it, invisible on the rendered page:
 * {@code <!-- snippet context: AsyncJamfProClient client; String managementId; -->}; its text becomes the
 * members of the class the block is compiled in. A line that is only {@code ...} stands for the reader's
 * own code and is left out. A deprecated call fails the block too: the README shows current operations.
 */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BLOCK = Pattern.compile(
            "(?:<!-- snippet context:(?<context>.*?)-->\\s*\\n)?```java\\n(?<code>.*?)\\n```", Pattern.DOTALL);
    private static final List<String> IMPORTS = List.of(
            "dev.jamfpro.sdk.*", "dev.jamfpro.sdk.auth.*", "dev.jamfpro.sdk.classic.*", "dev.jamfpro.sdk.classic.model.*",
            "dev.jamfpro.sdk.pro.*", "dev.jamfpro.sdk.pro.api.*", "dev.jamfpro.sdk.pro.model.*", "dev.jamfpro.sdk.pro.query.*",
            "dev.jamfpro.sdk.simulator.*", "dev.jamfpro.sdk.webhooks.*",
            "java.net.*", "java.nio.file.*", "java.time.*", "java.util.*", "java.util.concurrent.*",
            "java.util.function.*", "java.util.stream.*", "com.sun.net.httpserver.*", "org.junit.jupiter.api.*",
            "static org.junit.jupiter.api.Assertions.*");

    /** One Java block of the README: where it starts, what it needs declared, its code. */
    record Snippet(int line, String context, String code) {
        boolean declaresAClass() {
            return code.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//") && !l.startsWith("@"))
                    .findFirst().map(l -> l.matches("(public |final |abstract )*(class|record|interface) .*")).orElse(false);
        }

        String className() {
            return "ReadmeSnippetAtLine" + line;
        }

        /** The compilation unit: imports, then the block as a class of its own or as a method of one. */
        String source() {
            String imports = IMPORTS.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining());
            String body = code.lines().filter(l -> !l.strip().equals("...")).collect(Collectors.joining("\n"));
            if (declaresAClass()) {
                return imports + "\nclass " + className() + " {\n" + context + "\n}\n" + body + "\n";
            }
            return imports + "\nclass " + className() + " {\n" + context + "\n"
                    + "    @SuppressWarnings(\"unused\")\n"
                    + "    void snippet() throws Exception {\n" + body + "\n    }\n}\n";
        }
    }

    static List<Snippet> snippets(String markdown) {
        List<Snippet> found = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            int line = (int) markdown.substring(0, m.start("code")).lines().count() + 1;
            String context = m.group("context") == null ? "" : m.group("context").strip();
            found.add(new Snippet(line, context, m.group("code")));
        }
        return found;
    }

    @TestFactory
    List<DynamicTest> everyJavaBlockOfTheReadmeCompiles() throws IOException {
        List<Snippet> snippets = snippets(Files.readString(README));
        long blocks = Files.readAllLines(README).stream().filter(l -> l.equals("```java")).count();
        assertEquals(blocks, snippets.size(), "every ```java block is found");
        assertTrue(snippets.size() >= 10, "the README's Java blocks: " + snippets.size());
        return snippets.stream().map(s -> dynamicTest("README line " + s.line(), () -> compile(s))).toList();
    }

    private static void compile(Snippet snippet) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK's compiler (this runs on a JRE)");
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + snippet.className() + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.source();
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        Path classes;
        try {
            classes = Files.createTempDirectory("readme-snippet");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        // -Xlint:deprecation with -Werror: the README shows no deprecated operation (Jamf's or ours).
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", classes.toString(),
                "-proc:none", "-Xlint:none", "-Xlint:deprecation", "-Werror");
        boolean compiled = javac.getTask(out, null, diagnostics, options, null, List.of(source)).call();
        String errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING
                        || d.getKind() == Diagnostic.Kind.WARNING)
                .map(d -> d.getLineNumber() == Diagnostic.NOPOS ? "  " + d.getMessage(Locale.ROOT)
                        : "  line " + (snippet.line() + d.getLineNumber() - bodyOffset(snippet)) + " of the README: "
                        + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        assertTrue(compiled, "the README's Java block at line " + snippet.line() + " does not compile:\n" + errors
                + "\n" + out);
    }

    /** The line of the compilation unit where the block's first line stands. */
    private static long bodyOffset(Snippet snippet) {
        String source = snippet.source();
        String first = snippet.code().lines().findFirst().orElse("");
        int at = source.indexOf(first, source.indexOf("class " + snippet.className()) + 1);
        return source.substring(0, Math.max(at, 0)).lines().count() + 1;
    }
}
