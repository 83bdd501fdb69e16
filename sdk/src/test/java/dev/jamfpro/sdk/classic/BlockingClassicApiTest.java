package dev.jamfpro.sdk.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.jamfpro.sdk.ClassicApiException;
import dev.jamfpro.sdk.JamfProClient;
import dev.jamfpro.sdk.TwinCalls;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockingClassicApi}, written at compile time from {@link ClassicApi}: a twin for every method
 * returning a future and nothing else, each sending its twin's request and throwing directly, with
 * Javadoc that passes doclint.
 */
class BlockingClassicApiTest {
    private static WireMockServer server;
    private static JamfProClient client;

    @BeforeAll
    static void start() {
        server = TwinCalls.server(404, "text/html", "<html><body><p>Error: The server has not found anything"
                + " matching the request URI</p></body></html>");
        client = TwinCalls.client(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop();
    }

    private static List<Method> futureMethods() {
        return Arrays.stream(ClassicApi.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getReturnType() == CompletableFuture.class)
                .map(BlockingClassicApiTest::unbridged).toList();
    }

    /**
     * The method a visibility bridge stands for: javac makes public methods inherited from a package-private
     * class visible through bridges in the public subclass, and a bridge has lost its generic types.
     */
    private static Method unbridged(Method method) {
        for (Class<?> type = method.getDeclaringClass(); method.isBridge() && type != null; type = type.getSuperclass()) {
            try {
                Method declared = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (!declared.isBridge()) {
                    return declared;
                }
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return method;
    }

    @Test
    void everyMethodReturningAFutureHasItsBlockingTwinAndNothingElseIsAdded() {
        Set<String> expected = futureMethods().stream().map(m -> {
            Type value = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
            return TwinCalls.signature(m, value == Void.class ? void.class : value);
        }).collect(Collectors.toCollection(TreeSet::new));
        Set<String> blocking = Arrays.stream(BlockingClassicApi.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getName().equals("async") && !m.getName().equals("toString"))
                .map(m -> TwinCalls.signature(m, m.getGenericReturnType())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, blocking);
        assertTrue(expected.size() >= 100, "Classic methods: " + expected.size());
    }

    @Test
    void everyTwinSendsTheSameRequestAndThrowsTheClassicErrorDirectly() throws Exception {
        int failures = 0;
        for (Method method : futureMethods()) {
            Method twin = BlockingClassicApi.class.getMethod(method.getName(), method.getParameterTypes());
            Throwable failure = TwinCalls.sameCall(server, method, client.async().classicApi(), twin, client.classicApi());
            if (failure != null) {
                assertEquals(404, assertInstanceOf(ClassicApiException.class, failure, method.getName()).statusCode());
                failures++;
            }
        }
        assertTrue(failures >= 100, "calls that reached the server and failed: " + failures);
    }

    /** javac's doclint, every group, over the generated source. */
    @Test
    void javadocPassesDoclint() throws Exception {
        Path source = Path.of("target", "generated-sources", "annotations", "dev", "jamfpro", "sdk", "classic",
                "BlockingClassicApi.java");
        assertTrue(Files.exists(source), source.toAbsolutePath().toString());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "javac (a JDK, not a JRE)");
        Path out = Files.createTempDirectory("jamf-doclint");
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, "-Xdoclint:all", "-Xmaxwarns", "10000", "-proc:none",
                "-implicit:none", "-d", out.toString(), "-classpath", System.getProperty("java.class.path"),
                "-encoding", "UTF-8", source.toString());
        String report = messages.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, report);
        assertFalse(report.contains("warning"), report);
    }
}
