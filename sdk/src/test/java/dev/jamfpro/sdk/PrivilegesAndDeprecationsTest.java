package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP: a 403 names the privileges Jamf's document lists for the operation; a deprecated
 * operation warns once per client with Jamf's date and its successor; {@code Deprecation} and
 * {@code Sunset} headers are logged once per operation. Expected privileges, dates and successors are
 * read from the document the SDK was generated from (system property {@code jamf.spec}), so the test
 * holds for every Jamf Pro version.
 */
class PrivilegesAndDeprecationsTest {
    private static final String DEPRECATED = "/v1/computer-inventory-collection-settings";
    private static final String SUCCESSOR = "/v2/computer-inventory-collection-settings";
    private static final String WARN = " WARN dev.jamfpro.sdk.deprecation - ";
    private static JsonObject paths;

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @BeforeAll
    static void readDocument() throws IOException {
        String spec = System.getProperty("jamf.spec");
        assertNotNull(spec, "system property jamf.spec (set by surefire)");
        try (Reader reader = Files.newBufferedReader(Path.of(spec), StandardCharsets.UTF_8)) {
            paths = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonObject("paths");
        }
    }

    @Test
    void a403NamesThePrivilegesTheDocumentListsForTheOperation() {
        List<String> privileges = privileges("get", "/v1/buildings/{id}");
        assertFalse(privileges.isEmpty(), "the document lists privileges for GET /v1/buildings/{id}");
        wm.stubFor(get("/api/v1/buildings/7").willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"httpStatus\":403,\"errors\":[{\"code\":\"INVALID_PRIVILEGE\",\"description\":\"Forbidden\"}]}")));
        wm.stubFor(get("/api/v1/buildings/8").willReturn(aResponse().withStatus(404)));
        try (AsyncJamfProClient client = client()) {
            JamfProApiException forbidden = failure(() -> client.proApi().getBuildingsByIdV1("7").join());
            assertEquals(403, forbidden.statusCode());
            assertEquals(privileges, forbidden.requiredPrivileges());
            String quoted = String.join(", ", privileges.stream().map(p -> '"' + p + '"').toList());
            assertEquals("GET /api/v1/buildings/7 failed: HTTP 403: INVALID_PRIVILEGE: Forbidden. The operation requires "
                    + (privileges.size() == 1 ? "the privilege " : "the privileges ") + quoted + " (per Jamf's API document); grant "
                    + (privileges.size() == 1 ? "it" : "them") + " to the API client's role or the user", forbidden.getMessage());

            JamfProApiException notFound = failure(() -> client.proApi().getBuildingsByIdV1("8").join());
            assertEquals(privileges, notFound.requiredPrivileges(), "carried whatever the status");
            assertEquals("GET /api/v1/buildings/8 failed: HTTP 404", notFound.getMessage(), "only a 403 is about privileges");

            JamfProApiException raw = failure(() -> client.proApiRequest("GET", "v1/buildings/7", null, null).join());
            assertEquals(List.of(), raw.requiredPrivileges(), "a raw request names no operation");
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void aDeprecatedOperationWarnsOncePerClientWithJamfsDateAndItsSuccessor() {
        JsonObject deprecated = operation("get", DEPRECATED);
        assertTrue(deprecated.get("deprecated").getAsBoolean(), "GET " + DEPRECATED + " is deprecated in the document");
        JsonObject successor = operation("get", SUCCESSOR);
        assertFalse(successor.has("deprecated") && successor.get("deprecated").getAsBoolean(), SUCCESSOR + " is current");
        String date = deprecated.get("x-deprecation-date").getAsString();
        wm.stubFor(get("/api" + DEPRECATED).willReturn(okJson("{}")));
        wm.stubFor(get("/api" + SUCCESSOR).willReturn(okJson("{}")));

        String log = CapturedStandardError.during(() -> {
            try (AsyncJamfProClient client = client()) {
                for (int i = 0; i < 3; i++) {
                    client.proApi().getComputerInventoryCollectionSettingsV1().join();
                    client.proApi().getComputerInventoryCollectionSettingsV2().join();
                }
            }
        });
        List<String> warnings = warnings(log);
        assertEquals(List.of("GET /api" + DEPRECATED + " is deprecated by Jamf Pro since " + date + "; use GET /api" + SUCCESSOR
                + " (getComputerInventoryCollectionSettingsV2) instead"), warnings, "one WARN for three calls:\n" + log);

        String another = CapturedStandardError.during(() -> {
            try (AsyncJamfProClient client = client()) {
                client.proApi().getComputerInventoryCollectionSettingsV1().join();
                client.proApi().getComputerInventoryCollectionSettingsV1().join();
            }
        });
        assertEquals(warnings, warnings(another), "each client warns once of its own");
    }

    @Test
    void deprecationAndSunsetHeadersAreLoggedOncePerOperation() {
        wm.stubFor(get("/api/v1/buildings/7").willReturn(okJson("{\"id\":\"7\",\"name\":\"HQ\"}")
                .withHeader("Deprecation", "@1767225600").withHeader("Sunset", "Fri, 01 Jan 2027 00:00:00 GMT")));
        wm.stubFor(get("/api/v1/buildings/8").willReturn(okJson("{\"id\":\"8\",\"name\":\"Annex\"}")
                .withHeader("Deprecation", "@1767225600").withHeader("Sunset", "Fri, 01 Jan 2027 00:00:00 GMT")));
        wm.stubFor(get("/api/v1/departments/1").willReturn(okJson("{\"id\":\"1\",\"name\":\"IT\"}")
                .withHeader("Sunset", "Sat, 01 May 2027 00:00:00 GMT")));
        wm.stubFor(get("/api/v1/departments/2").willReturn(okJson("{\"id\":\"2\",\"name\":\"HR\"}")));

        String log = CapturedStandardError.during(() -> {
            try (AsyncJamfProClient client = client()) {
                for (String id : List.of("7", "8", "7")) {
                    assertNotNull(client.proApi().getBuildingsByIdV1(id).join().getName());
                }
                for (String id : List.of("2", "1", "1")) {
                    assertNotNull(client.proApi().getDepartmentsByIdV1(id).join().getName());
                }
            }
        });
        assertEquals(List.of(
                "GET /api/v1/buildings/{id}: Jamf Pro answered with Deprecation: @1767225600 (2026-01-01T00:00:00Z), "
                        + "Sunset: Fri, 01 Jan 2027 00:00:00 GMT",
                "GET /api/v1/departments/{id}: Jamf Pro answered with Sunset: Sat, 01 May 2027 00:00:00 GMT"),
                warnings(log), "one WARN per operation, whatever the record:\n" + log);
    }

    /** The messages of the deprecation logger's WARN lines, in order. */
    private static List<String> warnings(String log) {
        return log.lines().filter(l -> l.contains(WARN)).map(l -> l.substring(l.indexOf(WARN) + WARN.length())).toList();
    }

    private static JamfProApiException failure(Runnable call) {
        CompletionException e = assertThrows(CompletionException.class, call::run);
        return assertInstanceOf(JamfProApiException.class, e.getCause());
    }

    private static JsonObject operation(String method, String path) {
        JsonObject item = paths.getAsJsonObject(path);
        assertNotNull(item, path + " in the document");
        assertTrue(item.has(method), method + " " + path + " in the document");
        return item.getAsJsonObject(method);
    }

    private static List<String> privileges(String method, String path) {
        List<String> privileges = new ArrayList<>();
        JsonObject op = operation(method, path);
        if (op.has("x-required-privileges")) {
            for (JsonElement p : op.getAsJsonArray("x-required-privileges")) {
                privileges.add(p.getAsString());
            }
        }
        return privileges;
    }

    private static AsyncJamfProClient client() {
        Stubs.oauthToken(wm, "tok", 1200);
        return Stubs.client(wm, SessionConfig.builder().maxRetries(0)).build();
    }
}
