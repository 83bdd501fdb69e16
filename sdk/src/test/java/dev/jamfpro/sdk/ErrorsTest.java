package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Typed errors: Jamf's JSON errors, Classic HTML pages, and bodies that are not what was promised. */
class ErrorsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AsyncJamfProClient client() {
        Stubs.oauthToken(wm, "tok", 1200);
        return Stubs.client(wm, SessionConfig.builder()).build();
    }

    private static Throwable cause(Runnable call) {
        return assertThrows(CompletionException.class, call::run).getCause();
    }

    @Test
    void proApiErrorsAreParsedWithStatusBodyMethodAndPath() {
        String body = "{\"httpStatus\":409,\"errors\":[{\"code\":\"OPTIMISTIC_LOCK_FAILED\",\"field\":\"versionLock\","
                + "\"description\":\"Optimistic lock failed\",\"id\":\"7\"},{\"code\":\"OTHER\"}]}";
        wm.stubFor(put("/api/v1/departments/7").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody(body)));
        try (AsyncJamfProClient client = client()) {
            var department = new dev.jamfpro.sdk.pro.model.Department();
            department.setName("IT");
            JamfProApiException error = assertInstanceOf(JamfProApiException.class,
                    cause(() -> client.proApi().putDepartmentsByIdV1("7", department).join()));
            assertEquals(409, error.statusCode());
            assertEquals("PUT", error.method());
            assertEquals("/api/v1/departments/7", error.path());
            assertEquals(body, error.body());
            assertEquals(2, error.errors().size());
            assertEquals(new JamfProApiException.ApiError("OPTIMISTIC_LOCK_FAILED", "versionLock",
                    "Optimistic lock failed", "7"), error.errors().get(0));
            assertTrue(error.getMessage().contains("PUT /api/v1/departments/7 failed: HTTP 409: OPTIMISTIC_LOCK_FAILED"),
                    error.getMessage());
        }
    }

    @Test
    void anEmptyErrorsArrayAndANonJsonErrorBodyStillGiveAClearException() {
        wm.stubFor(get("/api/v1/departments/1").willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"httpStatus\":500,\"errors\":[]}")));
        wm.stubFor(get("/api/v1/departments/2").willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));
        try (AsyncJamfProClient client = Stubs.client(wm, SessionConfig.builder().maxRetries(0)).build()) {
            Stubs.oauthToken(wm, "tok", 1200);
            JamfProApiException empty = assertInstanceOf(JamfProApiException.class,
                    cause(() -> client.proApi().getDepartmentsByIdV1("1").join()));
            assertEquals(500, empty.statusCode());
            assertTrue(empty.errors().isEmpty());
            JamfProApiException html = assertInstanceOf(JamfProApiException.class,
                    cause(() -> client.proApi().getDepartmentsByIdV1("2").join()));
            assertTrue(html.getMessage().contains("502 Bad Gateway"), html.getMessage());
        }
    }

    @Test
    void anHtmlPageWhereJsonWasExpectedIsAClearError() {
        wm.stubFor(get("/api/v1/departments/1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<!DOCTYPE html><html><head><title>Jamf Pro Login</title></head><body>Log in</body></html>")));
        try (AsyncJamfProClient client = client()) {
            JamfProSdkException error = assertInstanceOf(JamfProSdkException.class,
                    cause(() -> client.proApi().getDepartmentsByIdV1("1").join()));
            assertTrue(error.getMessage().startsWith("GET /api/v1/departments/1: unreadable answer: expected JSON but the answer is text/html"),
                    error.getMessage());
            assertTrue(error.getMessage().contains("Jamf Pro Login"), error.getMessage());
        }
    }

    @Test
    void truncatedJsonIsAClearError() {
        wm.stubFor(get("/api/v1/departments/1").willReturn(okJson("{\"id\":\"1\",\"name\":\"Mark")));
        try (AsyncJamfProClient client = client()) {
            JamfProSdkException error = assertInstanceOf(JamfProSdkException.class,
                    cause(() -> client.proApi().getDepartmentsByIdV1("1").join()));
            assertTrue(error.getMessage().contains("GET /api/v1/departments/1"), error.getMessage());
            assertTrue(error.getMessage().contains("truncated JSON"), error.getMessage());
        }
    }

    @Test
    void jsonOfTheWrongShapeIsAClearError() {
        wm.stubFor(get("/api/v1/departments/1").willReturn(okJson("[1,2,3]")));
        try (AsyncJamfProClient client = client()) {
            JamfProSdkException error = assertInstanceOf(JamfProSdkException.class,
                    cause(() -> client.proApi().getDepartmentsByIdV1("1").join()));
            assertTrue(error.getMessage().contains("malformed JSON"), error.getMessage());
        }
    }

    @Test
    void classicErrorPagesGiveJamfsMessage() {
        wm.stubFor(get("/JSSResource/computers/id/999999").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<html>\n<head>\n   <title>Status page</title>\n</head>\n<body style=\"font-family: sans-serif;\">\n"
                        + "<p style=\"font-size: 1.2em;font-weight: bold;margin: 1em 0px;\">Not Found</p>\n"
                        + "<p>The server has not found anything matching the request URI</p>\n"
                        + "<p>You can get technical details <a href=\"http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5\">here</a>.<br>\n"
                        + "Please continue your visit at our <a href=\"/\">home page</a>.\n</p>\n</body>\n</html>")));
        wm.stubFor(post("/JSSResource/categories/id/0").willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<html><head><title>Status page</title></head><body><p>Conflict</p>"
                        + "<p>Error: Duplicate name</p></body></html>")));
        try (AsyncJamfProClient client = client()) {
            ClassicApiException missing = assertInstanceOf(ClassicApiException.class,
                    cause(() -> client.classicApi().getComputerById(999999).join()));
            assertEquals(404, missing.statusCode());
            assertEquals("GET", missing.method());
            assertEquals("/JSSResource/computers/id/999999", missing.path());
            assertEquals("Not Found", missing.errorMessage());

            var category = new dev.jamfpro.sdk.classic.model.ClassicCategory();
            category.setName("Apps");
            ClassicApiException conflict = assertInstanceOf(ClassicApiException.class,
                    cause(() -> client.classicApi().createCategory(category).join()));
            assertEquals(409, conflict.statusCode());
            assertEquals("Duplicate name", conflict.errorMessage());
            assertEquals("POST /JSSResource/categories/id/0 failed: HTTP 409: Duplicate name", conflict.getMessage());
        }
    }

    @Test
    void rawRequestsFailOnNon2xxWithTheTypedException() {
        wm.stubFor(get("/api/v1/nope").willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"httpStatus\":404,\"errors\":[{\"code\":\"NOT_FOUND\"}]}")));
        wm.stubFor(get("/JSSResource/nope").willReturn(aResponse().withStatus(404).withBody("<p>Error: no such thing</p>")));
        try (AsyncJamfProClient client = client()) {
            JamfProApiException pro = assertInstanceOf(JamfProApiException.class,
                    cause(() -> client.proApiRequest("GET", "v1/nope", null, null).join()));
            assertTrue(pro.hasErrorCode("NOT_FOUND"));
            ClassicApiException classic = assertInstanceOf(ClassicApiException.class,
                    cause(() -> client.classicApiRequest("GET", "nope", null).join()));
            assertEquals("no such thing", classic.errorMessage());
        }
    }

    @Test
    void oneCatchOfTheSharedBaseHandlesProAndClassicErrors() {
        wm.stubFor(get("/api/v1/buildings/77").willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"httpStatus\":404,\"errors\":[{\"code\":\"NOT_FOUND\"}]}")));
        wm.stubFor(get("/JSSResource/buildings/id/77").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<p>Error: Not Found</p>")));
        try (AsyncJamfProClient client = client()) {
            List<java.util.function.Supplier<CompletableFuture<?>>> calls = List.of(
                    () -> client.proApi().getBuildingsByIdV1("77"),
                    () -> client.classicApi().getBuildingById(77));
            List<String> handled = new java.util.ArrayList<>();
            for (var call : calls) {
                try {
                    call.get().join();
                } catch (java.util.concurrent.CompletionException e) {
                    if (e.getCause() instanceof JamfHttpException http) {
                        handled.add(http.statusCode() + " " + http.method() + " " + http.path() + " " + !http.body().isEmpty());
                    }
                }
            }
            assertEquals(List.of("404 GET /api/v1/buildings/77 true", "404 GET /JSSResource/buildings/id/77 true"), handled);
        }
    }
}
