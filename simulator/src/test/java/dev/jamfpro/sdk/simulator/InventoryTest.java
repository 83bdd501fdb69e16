package dev.jamfpro.sdk.simulator;

import static dev.jamfpro.sdk.simulator.TestHttp.inventory;
import static dev.jamfpro.sdk.simulator.TestHttp.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InventoryTest {
    private static JamfProSimulator sim;
    private static TestHttp http;
    private static String token;

    @BeforeAll
    static void start() {
        sim = JamfProSimulator.builder().computers(250).seed(42).maxPageSize(120).start();
        http = new TestHttp(sim);
        token = http.oauthToken();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static JsonObject page(Map<String, String> params) {
        HttpResponse<String> response = http.get(inventory(params), token);
        assertEquals(200, response.statusCode(), response.body());
        return TestHttp.json(response);
    }

    private static List<Integer> ids(JsonObject page) {
        List<Integer> ids = new ArrayList<>();
        for (JsonElement r : page.getAsJsonArray("results")) {
            ids.add(Integer.parseInt(r.getAsJsonObject().get("id").getAsString()));
        }
        return ids;
    }

    /** Every id the filter and sort give, through every page of {@code size}. */
    private static List<Integer> allIds(String filter, String sort, int size) {
        List<Integer> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, String> p = params("page", Integer.toString(page), "page-size", Integer.toString(size));
            if (filter != null) {
                p.put("filter", filter);
            }
            if (sort != null) {
                p.put("sort", sort);
            }
            List<Integer> chunk = ids(page(p));
            if (chunk.isEmpty()) {
                return ids;
            }
            ids.addAll(chunk);
        }
    }

    private static List<Integer> expected(Predicate<SimulatedComputer> filter, Comparator<SimulatedComputer> sort) {
        return sim.computers().stream().filter(filter).sorted(sort.thenComparingInt(SimulatedComputer::id))
                .map(SimulatedComputer::id).toList();
    }

    private static final Comparator<SimulatedComputer> BY_NAME =
            Comparator.comparing(SimulatedComputer::name, String.CASE_INSENSITIVE_ORDER);

    @Test
    void pagesAreZeroBasedAndCoverEveryRecordOnce() {
        JsonObject first = page(params("page", "0", "page-size", "100"));
        assertEquals(250, first.get("totalCount").getAsInt());
        assertEquals(100, first.getAsJsonArray("results").size());
        assertEquals(100, page(params("page", "1", "page-size", "100")).getAsJsonArray("results").size());
        assertEquals(50, page(params("page", "2", "page-size", "100")).getAsJsonArray("results").size());
        JsonObject past = page(params("page", "3", "page-size", "100"));
        assertEquals(0, past.getAsJsonArray("results").size());
        assertEquals(250, past.get("totalCount").getAsInt());

        List<Integer> all = allIds(null, null, 100);
        assertEquals(250, all.size());
        assertEquals(250, new HashSet<>(all).size());
        assertEquals(expected(c -> true, BY_NAME), all, "default sort is general.name:asc, ties by id");
    }

    @Test
    void defaultPageSizeIs100() {
        assertEquals(100, page(params()).getAsJsonArray("results").size());
    }

    @Test
    void pageSizeIsClampedSilently() {
        JsonObject clamped = page(params("page", "0", "page-size", "2000"));
        assertEquals(120, clamped.getAsJsonArray("results").size());
        assertEquals(250, clamped.get("totalCount").getAsInt());
        // page 1 of the clamped size starts at record 120, not at 2000
        List<Integer> second = ids(page(params("page", "1", "page-size", "2000")));
        assertEquals(expected(c -> true, BY_NAME).subList(120, 240), second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "page-size=0", "page=x", "page-size=1.5", "section=NOPE"})
    void badPagingOrSectionIs400(String query) {
        HttpResponse<String> response = http.get("/api/v1/computers-inventory?" + query, token);
        assertEquals(400, response.statusCode());
        assertEquals(400, TestHttp.json(response).get("httpStatus").getAsInt());
    }

    @Test
    void onlyRequestedSectionsAreFilled() {
        JsonObject general = page(params("page-size", "1")).getAsJsonArray("results").get(0).getAsJsonObject();
        assertTrue(general.get("general").isJsonObject());
        assertTrue(general.get("hardware").isJsonNull());
        assertTrue(general.has("udid"));

        HttpResponse<String> response = http.get("/api/v1/computers-inventory?page-size=1&section=HARDWARE"
                + "&section=OPERATING_SYSTEM&section=USER_AND_LOCATION&section=APPLICATIONS", token);
        JsonObject both = TestHttp.json(response).getAsJsonArray("results").get(0).getAsJsonObject();
        assertTrue(both.get("general").isJsonNull());
        SimulatedComputer c = sim.computer(Integer.parseInt(both.get("id").getAsString())).orElseThrow();
        assertEquals(c.serialNumber(), both.getAsJsonObject("hardware").get("serialNumber").getAsString());
        assertEquals(c.model(), both.getAsJsonObject("hardware").get("model").getAsString());
        assertEquals(c.osVersion(), both.getAsJsonObject("operatingSystem").get("version").getAsString());
        assertEquals(c.buildingId(), both.getAsJsonObject("userAndLocation").get("buildingId").getAsString());
        assertEquals(0, both.getAsJsonArray("applications").size());
    }

    @Test
    void filterEquality() {
        String name = sim.computer(1).orElseThrow().name(); // Oscar's MacBook Air: a quote inside
        List<Integer> found = allIds("general.name==\"" + name + "\"", null, 100);
        assertEquals(expected(c -> c.name().equalsIgnoreCase(name), BY_NAME), found);
        assertTrue(found.contains(1));
        List<Integer> single = allIds("general.name=='" + name.replace("'", "\\'") + "'", null, 100);
        assertEquals(found, single, "single quotes with a backslash escape");
        assertEquals(expected(c -> !c.name().equalsIgnoreCase(name), BY_NAME),
                allIds("general.name!=\"" + name + "\"", null, 100));
    }

    @Test
    void filterInOutAndNumbers() {
        assertEquals(List.of(3, 5, 7), allIds("id=in=(7,3,5)", "id:asc", 100));
        assertEquals(expected(c -> c.id() != 3 && c.id() != 5, BY_NAME), allIds("id=out=(3,5)", null, 100));
        assertEquals(expected(c -> c.id() <= 10, BY_NAME), allIds("id<=10", null, 100));
        assertEquals(expected(c -> c.id() > 240, BY_NAME), allIds("id=gt=240", null, 100));
        Set<String> models = sim.computers().stream().limit(2).map(SimulatedComputer::model).collect(Collectors.toSet());
        String list = models.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(","));
        assertEquals(expected(c -> models.contains(c.model()), BY_NAME), allIds("hardware.model=in=(" + list + ")", null, 50));
    }

    @Test
    void filterAndBindsTighterThanOrAndParenthesesGroup() {
        // a;b,c == (a;b),c
        Predicate<SimulatedComputer> a = c -> c.appleSilicon();
        Predicate<SimulatedComputer> b = c -> c.id() <= 100;
        Predicate<SimulatedComputer> d = c -> c.id() > 230;
        assertEquals(expected(a.and(b).or(d), BY_NAME),
                allIds("hardware.appleSilicon==true;id<=100,id>230", null, 100));
        assertEquals(expected(a.and(b.or(d)), BY_NAME),
                allIds("hardware.appleSilicon==true;(id<=100,id>230)", null, 100));
        assertFalse(expected(a.and(b).or(d), BY_NAME).equals(expected(a.and(b.or(d)), BY_NAME)),
                "the data must tell the two groupings apart");
    }

    @Test
    void wildcardIsCaseInsensitive() {
        assertEquals(expected(c -> c.name().toLowerCase().endsWith("macbook air"), BY_NAME),
                allIds("general.name==\"*MACBOOK air\"", null, 100));
        assertEquals(expected(c -> c.serialNumber().startsWith("C02"), BY_NAME),
                allIds("hardware.serialNumber==C02*", null, 100));
    }

    @Test
    void filterOnDatesAndBooleans() {
        SimulatedComputer probe = sim.computer(10).orElseThrow();
        String when = InventoryJson.date(probe.reportDate());
        assertEquals(expected(c -> !c.reportDate().isBefore(probe.reportDate()), BY_NAME),
                allIds("general.reportDate>=\"" + when + "\"", null, 100));
        assertEquals(expected(c -> !c.managed(), BY_NAME), allIds("general.remoteManagement.managed==false", null, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "general.name==Oscar Mac",          // unquoted space
        "general.name==\"unterminated",
        "general.name=~x",                  // no such operator
        "general.name=like=x",
        "(id==1",                           // missing parenthesis
        "id==1;",
        "==1",
        "id==abc",                          // not a number
        "general.remoteManagement.managed==maybe",
        "general.reportDate>yesterday",
        "nosuchfield==1"})
    void malformedFiltersAre400WithJamfErrors(String filter) {
        HttpResponse<String> response = http.get(inventory(params("filter", filter)), token);
        assertEquals(400, response.statusCode(), filter);
        JsonObject body = TestHttp.json(response);
        assertEquals(400, body.get("httpStatus").getAsInt());
        JsonArray errors = body.getAsJsonArray("errors");
        assertEquals(1, errors.size());
        assertEquals("filter", errors.get(0).getAsJsonObject().get("field").getAsString());
        assertFalse(errors.get(0).getAsJsonObject().get("description").getAsString().isBlank());
    }

    @Test
    void sortByManyFieldsInOneValue() {
        Comparator<SimulatedComputer> byName = Comparator.comparing(SimulatedComputer::name, String.CASE_INSENSITIVE_ORDER);
        Comparator<SimulatedComputer> expectedOrder = byName.thenComparing(
                Comparator.comparingInt(SimulatedComputer::id).reversed());
        assertEquals(sim.computers().stream().sorted(expectedOrder).map(SimulatedComputer::id).toList(),
                allIds(null, "general.name:asc,id:desc", 70));
        assertEquals(sim.computers().stream().sorted(Comparator.comparingInt(SimulatedComputer::id).reversed())
                .map(SimulatedComputer::id).toList(), allIds(null, "id:desc", 100));
    }

    @Test
    void repeatedSortParametersAreJoined() {
        HttpResponse<String> response = http.get("/api/v1/computers-inventory?page-size=250&sort=hardware.model:desc"
                + "&sort=id:asc", token);
        Comparator<SimulatedComputer> order = Comparator.comparing(SimulatedComputer::model, String.CASE_INSENSITIVE_ORDER)
                .reversed().thenComparingInt(SimulatedComputer::id);
        assertEquals(sim.computers().stream().sorted(order).map(SimulatedComputer::id).limit(120).toList(),
                ids(TestHttp.json(response)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nosuch:asc", "id:up", "id:asc,,general.name"})
    void badSortIs400(String sort) {
        HttpResponse<String> response = http.get(inventory(params("sort", sort)), token);
        assertEquals(400, response.statusCode());
        assertEquals("sort", TestHttp.json(response).getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("field").getAsString());
    }

    @Test
    void versionsAndSingleRecords() {
        JsonObject v2 = TestHttp.json(http.get("/api/v2/computers-inventory?page-size=5&sort=id:asc", token));
        assertEquals(List.of(1, 2, 3, 4, 5), ids(v2));
        HttpResponse<String> one = http.get("/api/v1/computers-inventory/2?section=HARDWARE", token);
        assertEquals(200, one.statusCode());
        assertEquals(sim.computer(2).orElseThrow().serialNumber(),
                TestHttp.json(one).getAsJsonObject("hardware").get("serialNumber").getAsString());
        JsonObject detail = TestHttp.json(http.get("/api/v1/computers-inventory-detail/2", token));
        assertTrue(detail.get("general").isJsonObject() && detail.get("security").isJsonObject());
        HttpResponse<String> missing = http.get("/api/v1/computers-inventory/99999", token);
        assertEquals(404, missing.statusCode());
        assertEquals("NOT_FOUND", TestHttp.json(missing).getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("code").getAsString());
        assertEquals(404, http.get("/api/v1/no-such-thing", token).statusCode());
    }

    @Test
    void jamfProVersion() {
        HttpResponse<String> response = http.get("/api/v1/jamf-pro-version", token);
        assertEquals(200, response.statusCode());
        assertTrue(TestHttp.json(response).get("version").getAsString().startsWith("11.30.1"));
    }
}
