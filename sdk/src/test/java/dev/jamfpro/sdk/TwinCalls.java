package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Checks that a blocking method sends exactly the request its asynchronous twin sends, and that a
 * failure reaches the caller of the blocking method as the SDK's exception, not wrapped.
 */
public final class TwinCalls {
    private static final byte[] BYTES = {1, 2, 3, 'P', 'K'};

    private TwinCalls() {
    }

    /** A server answering a token to token requests and {@code status} with {@code body} to every other request. */
    public static WireMockServer server(int status, String contentType, String body) {
        WireMockServer server = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                .dynamicPort());
        server.start();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v1/oauth/token")).atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":1200}")));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .atPriority(5).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(status)
                        .withHeader("Content-Type", contentType).withBody(body)));
        return server;
    }

    /** A synchronous client of {@code server}, without retries. */
    public static JamfProClient client(WireMockServer server) {
        return JamfProClient.builder().server("localhost").port(server.port())
                .credentials(new dev.jamfpro.sdk.auth.ApiClientCredentialsProvider("id", "secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").maxRetries(0).build()).build();
    }

    /** What one call put on the wire: method, URL, content type and body (a multipart boundary normalised). */
    public record Sent(String method, String url, String contentType, String body) {
    }

    /** A sample argument of {@code type}: enough for the call to reach the wire. */
    public static Object sample(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(sample(p.getActualTypeArguments()[0]));
        }
        if (!(type instanceof Class<?> c)) {
            throw new AssertionError("no sample for " + type);
        }
        if (c == String.class) {
            return "7";
        }
        if (c == int.class || c == Integer.class) {
            return 7;
        }
        if (c == long.class || c == Long.class) {
            return 7L;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Boolean.TRUE;
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.parse("2024-05-06T07:08:09Z");
        }
        if (c == LocalDate.class) {
            return LocalDate.parse("2024-05-06");
        }
        if (c == dev.jamfpro.sdk.pro.PageQuery.class) {
            return dev.jamfpro.sdk.pro.PageQuery.builder().pageSize(5).build();
        }
        if (c == RequestBody.class) {
            return RequestBody.create(BYTES, MediaType.get("application/octet-stream"));
        }
        if (c == MultipartBody.Part.class) {
            return MultipartBody.Part.createFormData("file", "a.bin", RequestBody.create(BYTES, MediaType.get("application/octet-stream")));
        }
        if (c == com.google.gson.JsonElement.class) {
            return new JsonObject();
        }
        if (c == byte[].class) {
            return BYTES;
        }
        if (c.isArray()) {
            return Array.newInstance(c.getComponentType(), 0);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        try {
            return c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no sample for " + c, e);
        }
    }

    /** {@code returned name(parameter types)}, and {@code @Deprecated} when it is: a method as two surfaces must share it. */
    public static String signature(Method m, Type returned) {
        return returned.getTypeName() + " " + m.getName() + java.util.Arrays.stream(m.getGenericParameterTypes())
                .map(Type::getTypeName).collect(java.util.stream.Collectors.joining(", ", "(", ")"))
                + (m.isAnnotationPresent(Deprecated.class) ? " @Deprecated" : "");
    }

    /** Sample arguments for every parameter of {@code method}. */
    public static Object[] arguments(Method method) {
        Type[] types = method.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = sample(types[i]);
        }
        return args;
    }

    /**
     * Calls {@code method} on {@code target}, waiting when it returns a future, and returns what it
     * failed with (null when it succeeded).
     */
    public static Throwable call(Method method, Object target, Object[] args) {
        try {
            if (!java.lang.reflect.Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                method.setAccessible(true); // a public method of a package-private base class (ClassicCalls)
            }
            Object result = method.invoke(target, args);
            if (result instanceof java.util.concurrent.Future<?> future) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    return e.getCause();
                }
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The requests {@code server} received except token requests, oldest first; then forgets them. */
    public static List<Sent> drain(WireMockServer server) {
        List<Sent> sent = server.getAllServeEvents().stream()
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
                .map(ServeEvent::getRequest)
                .filter(r -> !r.getUrl().contains("/oauth/token"))
                .map(TwinCalls::sent).toList();
        server.resetRequests();
        return sent;
    }

    private static Sent sent(LoggedRequest request) {
        String contentType = request.getHeader("Content-Type");
        String body = new String(request.getBody(), StandardCharsets.ISO_8859_1);
        if (contentType != null && contentType.contains("boundary=")) {
            String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
            body = body.replace(boundary, "BOUNDARY");
            contentType = contentType.replace(boundary, "BOUNDARY");
        }
        return new Sent(request.getMethod().getName(), request.getUrl(), contentType, body);
    }

    /**
     * Calls the asynchronous method, then its blocking twin, with the same arguments, and checks that
     * both sent the same requests and that the blocking one threw what the future failed with, unwrapped.
     *
     * @return the blocking call's failure (null when it succeeded)
     */
    public static Throwable sameCall(WireMockServer server, Method async, Object asyncTarget, Method blocking,
                                     Object blockingTarget) {
        Object[] args = arguments(async);
        drain(server);
        Throwable asyncFailure = call(async, asyncTarget, args);
        List<Sent> asyncSent = drain(server);
        Throwable blockingFailure = call(blocking, blockingTarget, args);
        List<Sent> blockingSent = drain(server);
        String name = async.getDeclaringClass().getSimpleName() + "." + async.getName();
        assertEquals(asyncSent, blockingSent, "requests of " + name + " and its blocking twin");
        if (asyncFailure == null) {
            assertEquals(null, blockingFailure, name);
            return null;
        }
        Throwable expected = asyncFailure instanceof CompletionException c && c.getCause() != null ? c.getCause() : asyncFailure;
        assertTrue(!(blockingFailure instanceof CompletionException) && !(blockingFailure instanceof ExecutionException),
                name + " threw a wrapper: " + blockingFailure);
        assertEquals(expected.getClass(), blockingFailure == null ? null : blockingFailure.getClass(), name);
        return blockingFailure;
    }
}
