package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.model.Department;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answer bodies read from the connection: an empty or {@code null} body where one is declared is a clear
 * error (before: the future completed with {@code null}); an answer past {@code maxResponseSize} fails
 * naming method, path and size; a body cut mid-read is a connection failure, retried for reads only.
 */
class AnswerBodiesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final int LIMIT = 64 * 1024;

    private static AsyncJamfProClient client() {
        Stubs.oauthToken(wm, "tok", 1200);
        return Stubs.client(wm, SessionConfig.builder().maxResponseSize(LIMIT)).build();
    }

    private static Throwable cause(Runnable call) {
        return assertThrows(CompletionException.class, call::run).getCause();
    }

    @ParameterizedTest(name = "body \"{0}\"")
    @ValueSource(strings = {"", " ", " \n\t ", "null", " null "})
    void aBlankOrNullBodyWhereOneIsDeclaredIsAClearError(String body) {
        wm.stubFor(get("/api/v1/departments/1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        try (AsyncJamfProClient client = client()) {
            JamfProSdkException error = assertInstanceOf(JamfProSdkException.class,
                    cause(() -> client.proApi().getDepartmentsByIdV1("1").join()));
            assertTrue(error.getMessage().startsWith("GET /api/v1/departments/1: unreadable answer: the answer is "),
                    error.getMessage());
            assertTrue(error.getMessage().contains(body.isBlank() ? "empty" : "JSON null"), error.getMessage());
        }
    }

    @Test
    void anOperationWithoutABodyIsUnaffectedByAnEmptyAnswer() {
        wm.stubFor(delete("/api/v1/departments/1").willReturn(aResponse().withStatus(200).withBody("")));
        wm.stubFor(delete("/api/v1/departments/2").willReturn(aResponse().withStatus(204)));
        try (AsyncJamfProClient client = client()) {
            assertNull(client.proApi().deleteDepartmentsByIdV1("1").join());
            assertNull(client.proApi().deleteDepartmentsByIdV1("2").join());
        }
    }

    @Test
    void aTypedReadStillParses() {
        wm.stubFor(get("/api/v1/departments/1").willReturn(okJson("\ufeff {\"id\":\"1\",\"name\":\"Marketing\"}")));
        try (AsyncJamfProClient client = client()) {
            Department department = client.proApi().getDepartmentsByIdV1("1").join();
            assertEquals("Marketing", department.getName());
        }
    }

    private static String jsonOfSize(int bytes) {
        StringBuilder name = new StringBuilder();
        while (name.length() < bytes) {
            name.append("abcdefghij");
        }
        return "{\"id\":\"1\",\"name\":\"" + name + "\"}";
    }

    @Test
    void anAnswerWhoseContentLengthIsPastTheLimitFailsBeforeItIsRead() throws Exception {
        String big = jsonOfSize(LIMIT + 10);
        try (RawHttpServer server = new RawHttpServer((method, path, n) ->
                path.endsWith("/oauth/token") ? null : RawHttpServer.Answer.json(200, big));
             AsyncJamfProClient client = Stubs.client(server.port(), SessionConfig.builder().maxResponseSize(LIMIT),
                     new ApiClientCredentialsProvider("id", "secret")).build()) {
            Throwable declared = cause(() -> client.proApi().getDepartmentsByIdV1("1").join());
            assertInstanceOf(JamfProSdkException.class, declared);
            assertEquals("GET /api/v1/departments/1: the answer is " + big.length() + " bytes (Content-Length), larger "
                    + "than maxResponseSize (" + LIMIT + " bytes); it was not read. Raise SessionConfig.maxResponseSize "
                    + "if such an answer is expected.", declared.getMessage());
            assertEquals(1, server.count("GET", "/api/v1/departments/1"), "not retried");
        }
    }

    @Test
    void anAnswerLargerThanMaxResponseSizeFailsNamingMethodPathAndSize() {
        String big = jsonOfSize(LIMIT + 10);
        wm.stubFor(get("/api/v1/departments/2").willReturn(okJson(big).withChunkedDribbleDelay(4, 1))); // chunked
        wm.stubFor(get("/api/v1/departments/1").willReturn(okJson(big)));
        wm.stubFor(get("/JSSResource/computers/id/1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody("<computer>" + big + "</computer>")));
        try (AsyncJamfProClient client = client()) {
            Throwable streamed = cause(() -> client.proApi().getDepartmentsByIdV1("2").join());
            assertTrue(streamed.getMessage().startsWith("GET /api/v1/departments/2: the answer is more than " + LIMIT
                    + " bytes, larger than maxResponseSize"), streamed.getMessage());

            Throwable classic = cause(() -> client.classicApi().getComputerById(1).join());
            assertTrue(classic.getMessage().startsWith("GET /JSSResource/computers/id/1: the answer is"), classic.getMessage());
            assertTrue(classic.getMessage().contains("maxResponseSize"), classic.getMessage());

            Throwable raw = cause(() -> client.proApiRequest("GET", "v1/departments/1", null, null).join());
            assertTrue(raw.getMessage().contains("maxResponseSize"), raw.getMessage());
        }
        assertEquals(1, wm.countRequestsMatching(getRequestedFor(urlEqualTo("/api/v1/departments/2")).build()).getCount(),
                "too large is no connection failure: not retried");
    }

    @Test
    void aBodyCutMidReadIsRetriedForAReadAndNeverReplayedForAWrite() throws Exception {
        String whole = "{\"id\":\"1\",\"name\":\"Marketing\"}";
        String cut = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"id\":\"1\",\"na";
        try (RawHttpServer server = new RawHttpServer((method, path, n) -> {
            if (path.startsWith("/api/v1/departments") || path.startsWith("/JSSResource/")) {
                if (n == 1) {
                    return RawHttpServer.Answer.thenClose(cut);
                }
                return path.startsWith("/JSSResource/")
                        ? RawHttpServer.Answer.typed(200, "application/xml", "<category><id>1</id><name>A</name></category>")
                        : RawHttpServer.Answer.json(method.equals("POST") ? 201 : 200, whole);
            }
            return null;
        }); AsyncJamfProClient client = Stubs.client(server.port(), SessionConfig.builder().retryBaseDelay(
                java.time.Duration.ofMillis(1)).retryMaxDelay(java.time.Duration.ofMillis(5)),
                new ApiClientCredentialsProvider("id", "secret")).build()) {
            assertEquals("Marketing", client.proApi().getDepartmentsByIdV1("1").join().getName());
            assertEquals(2, server.count("GET", "/api/v1/departments/1"), "the cut read was sent again");

            assertEquals("A", client.classicApi().getCategoryById(1).join().getName());
            assertEquals(2, server.count("GET", "/JSSResource/categories/id/1"));

            Department department = new Department();
            department.setName("Marketing");
            Throwable write = cause(() -> client.proApi().postDepartmentsV1(department).join());
            assertTrue(write.getMessage().contains("may or may not have been applied"), write.getMessage());
            assertEquals(1, server.count("POST", "/api/v1/departments"), "a sent write is never replayed");
        }
    }
}
