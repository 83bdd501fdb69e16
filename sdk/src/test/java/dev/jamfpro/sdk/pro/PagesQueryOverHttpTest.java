package dev.jamfpro.sdk.pro;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.api.ComputerInventoryApi;
import dev.jamfpro.sdk.pro.api.InventoryPreloadApi;
import dev.jamfpro.sdk.pro.query.FilterExpression;
import dev.jamfpro.sdk.pro.query.FilterField;
import dev.jamfpro.sdk.pro.query.SortExpression;
import dev.jamfpro.sdk.pro.query.SortField;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a generated {@code ...Pages} call puts on the wire: {@code sort} as one comma-joined value
 * (although the spec declares a repeated parameter), {@code filter} percent-encoded so that the
 * server decodes exactly the RSQL text ({@code +} as {@code %2B}, never a literal plus that Jamf
 * would read as a space), repeated {@code section}, and the same query on every page.
 */
@SuppressWarnings("deprecation")
class PagesQueryOverHttpTest {
    /** A query component as a strict encoder writes it: unreserved characters and %XX only. */
    private static final Pattern STRICTLY_ENCODED = Pattern.compile("([A-Za-z0-9._~*-]|%[0-9A-F]{2})*");

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private AsyncJamfProClient client;

    @BeforeEach
    void start() {
        wm.resetAll();
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(
                "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        wm.stubFor(get(urlPathEqualTo("/api/v1/computers-inventory")).willReturn(okJson(
                "{\"totalCount\":3,\"results\":[{\"id\":\"1\"}]}")));
        wm.stubFor(get(urlPathEqualTo("/api/v1/inventory-preload")).willReturn(okJson(
                "{\"totalCount\":1,\"results\":[{\"id\":1,\"serialNumber\":\"C02\"}]}")));
        client = AsyncJamfProClient.builder().server("localhost").port(wm.getPort())
                .credentials(new ApiClientCredentialsProvider("id", "secret"))
                .sessionConfig(SessionConfig.builder().scheme("http").build()).build();
    }

    @AfterEach
    void stop() {
        client.close();
    }

    private static final FilterExpression AWKWARD = FilterField.of("general.name").eq("Oscar's \"Mac\" (1), a;b \\ 50% & C++ #1 ?")
            .and(FilterField.of("general.platform").in("Mac", "iOS").or(FilterField.of("general.supervised").ne(false)))
            .and(FilterField.of("general.reportDate").gte(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2))))
            .and(FilterField.of("general.name").eq("Café 東京 *"));

    @Test
    void sortIsOneCommaJoinedValueAndFilterArrivesExactly() {
        SortExpression sort = SortField.of("general.name").asc().then(SortField.of("id").desc());
        PageQuery query = PageQuery.builder().pageSize(1).sort(sort).filter(AWKWARD).build();
        ComputerInventoryApi api = client.proApi();

        assertEquals(3, api.getComputersInventoryV1Pages(List.of("GENERAL", "HARDWARE"), query).all().join().size());

        List<ServeEvent> pages = inventoryRequests("/api/v1/computers-inventory");
        assertEquals(3, pages.size());
        for (ServeEvent event : pages) {
            String rawQuery = URI.create(event.getRequest().getUrl()).getRawQuery();
            assertEquals(List.of("general.name:asc,id:desc"), decoded(rawQuery, "sort"), "one sort value");
            assertEquals(List.of(AWKWARD.toString()), decoded(rawQuery, "filter"), "the server reads the RSQL as written");
            assertEquals(List.of("GENERAL", "HARDWARE"), decoded(rawQuery, "section"), "section repeats");
            assertEquals(List.of("1"), decoded(rawQuery, "page-size"));
            for (String raw : raw(rawQuery, "filter")) {
                assertTrue(STRICTLY_ENCODED.matcher(raw).matches(), "filter not strictly encoded: " + raw);
                assertFalse(raw.contains("+"), "a literal + would reach Jamf as a space: " + raw);
                assertTrue(raw.contains("%2B"), raw);
            }
        }
        assertEquals(List.of("0", "1", "2"), pages.stream().map(e -> decoded(URI.create(e.getRequest().getUrl()).getRawQuery(), "page").get(0))
                .sorted().toList());
        assertEquals("general.name==\"Oscar's \\\"Mac\\\" (1), a;b \\\\ 50% & C++ #1 ?\";(general.platform=in=(Mac,iOS),"
                + "general.supervised!=false);general.reportDate>=2024-01-02T03:04:05+02:00;general.name==\"Café 東京 *\"",
                AWKWARD.toString());
    }

    @Test
    void noSortNoFilterSendsNeither() {
        ComputerInventoryApi api = client.proApi();
        api.getComputersInventoryV1Pages(List.of(), PageQuery.defaults()).all().join();
        List<ServeEvent> events = inventoryRequests("/api/v1/computers-inventory");
        for (ServeEvent event : events) {
            String rawQuery = URI.create(event.getRequest().getUrl()).getRawQuery();
            assertTrue(decoded(rawQuery, "sort").isEmpty(), rawQuery);
            assertTrue(decoded(rawQuery, "filter").isEmpty(), rawQuery);
            assertTrue(decoded(rawQuery, "section").isEmpty(), rawQuery);
        }
        // The stub serves 1 record per page while totalCount says 3: after page 0 (asked with the
        // default 100) the run pages in the size served, as with a clamping server.
        assertEquals(List.of("100", "1", "1"), events.stream()
                .map(e -> decoded(URI.create(e.getRequest().getUrl()).getRawQuery(), "page-size").get(0)).toList());
    }

    @Test
    void anOperationWithAStringSortGetsTheSameJoinedValue() {
        InventoryPreloadApi api = client.proApi();
        PageQuery query = PageQuery.builder().sort(SortExpression.of(SortField.of("serialNumber").desc(), SortField.of("id").asc())).build();
        assertEquals(1, api.getInventoryPreloadV1Pages(null, null, query).all().join().size());
        List<ServeEvent> events = inventoryRequests("/api/v1/inventory-preload");
        assertEquals(1, events.size());
        String rawQuery = URI.create(events.get(0).getRequest().getUrl()).getRawQuery();
        assertEquals(List.of("serialNumber:desc,id:asc"), decoded(rawQuery, "sort"));
        assertNull(events.get(0).getRequest().queryParameter("filter").isPresent() ? "filter sent" : null);
    }

    private static List<ServeEvent> inventoryRequests(String path) {
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(path + "?") || e.getRequest().getUrl().equals(path)).toList());
        // In page order, not by the wall-clock time each was logged (millisecond ties, clock steps): page 0 is
        // the first request of a run anyway, since its answer decides the size of the others.
        events.sort(Comparator.comparingInt(e -> {
            QueryParameter page = e.getRequest().queryParameter("page");
            return page.isPresent() ? Integer.parseInt(page.firstValue()) : 0;
        }));
        return events;
    }

    /** The raw (still encoded) values of {@code name} in a query string, in order. */
    private static List<String> raw(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                values.add(pair.substring(eq + 1));
            }
        }
        return values;
    }

    /** The values of {@code name} as a server decodes them (form decoding: a literal + is a space). */
    private static List<String> decoded(String rawQuery, String name) {
        return raw(rawQuery, name).stream().map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8)).toList();
    }
}
