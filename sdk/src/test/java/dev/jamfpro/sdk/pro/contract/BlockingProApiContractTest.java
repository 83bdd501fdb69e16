package dev.jamfpro.sdk.pro.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProClient;
import dev.jamfpro.sdk.TwinCalls;
import dev.jamfpro.sdk.pro.BlockingPages;
import dev.jamfpro.sdk.pro.Pages;
import dev.jamfpro.sdk.pro.api.BlockingProApi;
import dev.jamfpro.sdk.pro.api.ProApi;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blocking Pro surface ({@link BlockingProApi}, generated from the same document) has exactly the
 * operations of the asynchronous one and of the document: the same names, parameters, overloads,
 * {@code Pages} companions and deprecations; each blocking method sends the very request its
 * asynchronous twin sends and throws the SDK's exception directly; its Javadoc is the asynchronous
 * method's with {@code @return} and {@code @throws} for a blocking call.
 */
class BlockingProApiContractTest {
    private static WireMockServer server;
    private static JamfProClient client;

    @BeforeAll
    static void start() {
        server = TwinCalls.server(418, "application/json", "{\"httpStatus\":418,\"errors\":[]}");
        client = TwinCalls.client(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop();
    }

    /** The blocking return type of an asynchronous method. */
    private static Type blockingReturn(Method async) {
        Type type = async.getGenericReturnType();
        ParameterizedType generic = (ParameterizedType) type;
        if (generic.getRawType() == CompletableFuture.class) {
            Type value = generic.getActualTypeArguments()[0];
            return value == Void.class ? void.class : value;
        }
        assertEquals(Pages.class, generic.getRawType(), async.getName());
        return new Named(BlockingPages.class.getName() + "<" + generic.getActualTypeArguments()[0].getTypeName() + ">");
    }

    private record Named(String name) implements Type {
        @Override
        public String getTypeName() {
            return name;
        }
    }

    private static List<Method> operations(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getName().equals("async")).toList();
    }

    @Test
    void theBlockingSurfaceHasExactlyTheAsynchronousOperations() {
        Set<String> expected = operations(ProApi.class).stream().map(m -> TwinCalls.signature(m, blockingReturn(m)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> blocking = operations(BlockingProApi.class).stream().map(m -> TwinCalls.signature(m, m.getGenericReturnType()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, blocking);
        assertTrue(expected.size() > 800, "every operation: " + expected.size());
    }

    @Test
    void theBlockingSurfaceHasEveryOperationOfTheDocumentAndNoOther() {
        GeneratedOperations generated = GeneratedOperations.load();
        OpenApiDocument document = generated.document;
        Set<String> expected = document.operations().stream().map(generated::methodName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> blocking = operations(BlockingProApi.class).stream().filter(m -> m.getReturnType() != BlockingPages.class)
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, blocking);
        for (OpenApiDocument.Operation op : document.operations()) {
            String name = generated.methodName(op);
            boolean deprecated = operations(BlockingProApi.class).stream().filter(m -> m.getName().equals(name))
                    .allMatch(m -> m.isAnnotationPresent(Deprecated.class));
            assertEquals(op.deprecated(), deprecated, "@Deprecated on " + name);
        }
    }

    /** Each blocking method sends what its asynchronous twin sends, and throws the 418 directly. */
    @Test
    void everyBlockingMethodSendsTheRequestOfItsTwinAndThrowsDirectly() {
        ProApi async = client.async().proApi();
        BlockingProApi blocking = client.proApi();
        int calls = 0;
        for (Method method : operations(ProApi.class)) {
            if (method.getReturnType() == Pages.class) {
                continue;
            }
            Method twin = twin(method);
            Throwable failure = TwinCalls.sameCall(server, method, async, twin, blocking);
            if (failure != null || !method.getName().startsWith("postOauthToken")) { // the token stub answers those
                JamfProApiException error = assertInstanceOf(JamfProApiException.class, failure, method.getName());
                assertEquals(418, error.statusCode());
                calls++;
            }
        }
        assertTrue(calls > 800, "calls: " + calls);
    }

    /** Each {@code Pages} companion asks for the same first page; its failure is thrown by the iteration. */
    @Test
    void everyPagesCompanionRequestsTheSamePages() throws Exception {
        ProApi async = client.async().proApi();
        BlockingProApi blocking = client.proApi();
        int companions = 0;
        for (Method method : operations(ProApi.class)) {
            if (method.getReturnType() != Pages.class) {
                continue;
            }
            Object[] args = TwinCalls.arguments(method);
            TwinCalls.drain(server);
            Throwable asyncFailure = TwinCalls.call(Pages.class.getMethod("all"), method.invoke(async, args), new Object[0]);
            List<TwinCalls.Sent> asyncSent = TwinCalls.drain(server);
            BlockingPages<?> pages = (BlockingPages<?>) twin(method).invoke(blocking, args);
            Throwable blockingFailure = null;
            try {
                pages.iterator().hasNext();
            } catch (RuntimeException e) {
                blockingFailure = e;
            }
            assertEquals(asyncSent, TwinCalls.drain(server), method.getName());
            assertInstanceOf(JamfProApiException.class, asyncFailure, method.getName());
            assertInstanceOf(JamfProApiException.class, blockingFailure, method.getName());
            companions++;
        }
        assertTrue(companions > 100, "Pages companions: " + companions);
    }

    private static Method twin(Method async) {
        try {
            return BlockingProApi.class.getMethod(async.getName(), async.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new AssertionError("no blocking twin of " + async, e);
        }
    }

    /** The Javadoc of each blocking method is its twin's, with the blocking {@code @return} and {@code @throws}. */
    @Test
    void javadocIsTheAsynchronousMethodsForABlockingCall() throws Exception {
        Path sources = Path.of(System.getProperty("jamf.generated.sources"), "dev", "jamfpro", "sdk", "pro", "api");
        List<Path> interfaces;
        try (Stream<Path> files = Files.list(sources)) {
            interfaces = files.filter(f -> f.getFileName().toString().startsWith("Blocking")
                    && !f.getFileName().toString().equals("BlockingProApi.java")).toList();
        }
        assertTrue(interfaces.size() > 50, "blocking interfaces: " + interfaces.size());
        int methods = 0;
        for (Path file : interfaces) {
            String twinName = file.getFileName().toString().substring("Blocking".length());
            List<String[]> blocking = javadocs(Files.readString(file));
            List<String[]> async = javadocs(Files.readString(sources.resolve(twinName)));
            assertEquals(async.size(), blocking.size(), "methods of " + file.getFileName());
            for (int i = 0; i < async.size(); i++) {
                assertEquals(async.get(i)[0], blocking.get(i)[0], "order in " + file.getFileName());
                String expected = async.get(i)[1].lines().filter(l -> !l.contains("@return"))
                        .map(l -> l.replaceAll("\\{@link (\\w+Api)#", "{@link Blocking$1#")).collect(Collectors.joining("\n"));
                String actual = blocking.get(i)[1].lines().filter(l -> !l.contains("@return") && !l.contains("@throws"))
                        .collect(Collectors.joining("\n"));
                if (!blocking.get(i)[0].endsWith("Pages")) {
                    assertEquals(expected, actual, blocking.get(i)[0] + " in " + file.getFileName());
                    assertTrue(blocking.get(i)[1].contains("@throws dev.jamfpro.sdk.JamfProApiException"), blocking.get(i)[0]);
                }
                methods++;
            }
        }
        assertTrue(methods > 800, "methods compared: " + methods);
    }

    private static final Pattern NAME = Pattern.compile("(\\w+)\\(");

    /** {name, javadoc} of each method of a generated interface, in order (the interface's own comment skipped). */
    private static List<String[]> javadocs(String source) {
        List<String[]> found = new ArrayList<>();
        String body = source.substring(source.indexOf("public interface"));
        for (int start = body.indexOf("/**"); start >= 0; start = body.indexOf("/**", start + 3)) {
            int end = body.indexOf("*/", start);
            String declaration = body.substring(end + 2).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("@") && !l.startsWith("\"") && !l.startsWith("})"))
                    .findFirst().orElseThrow();
            Matcher name = NAME.matcher(declaration);
            assertTrue(name.find(), declaration);
            if (!name.group(1).equals("async")) {
                found.add(new String[] {name.group(1), body.substring(start + 3, end)});
            }
        }
        return found;
    }
}
