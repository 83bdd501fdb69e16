package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kinds of record both APIs keep are one record seen two ways, over HTTP: what one API writes the
 * other reads at once, under the same id, each in its own shape; names are unique across both.
 */
class SharedKindsTest {
    private static JamfProSimulator sim;
    private static TestHttp http;
    private static String token;

    @BeforeAll
    static void start() {
        sim = JamfProSimulator.builder().computers(5).start();
        http = new TestHttp(sim);
        token = http.oauthToken();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    /**
     * One kind: a Pro body to create with and the Classic elements it must show; a Classic update and the
     * Pro properties it must show; a Pro-only property the Classic update must leave as it was.
     */
    record Case(String proPath, String resource, String root, String proName, JsonObject proBody,
                Map<String, String> classicShows, String classicUpdate, Map<String, String> proShows, String proOnly) {
        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<Case> writableKinds() {
        return Stream.of(
                new Case("/v1/departments", "departments", "department", "name", json("{\"name\": \"Research\"}"),
                        Map.of("name", "Research"), "<department><name>Research and Development</name></department>",
                        Map.of("name", "Research and Development"), null),
                new Case("/v1/categories", "categories", "category", "name",
                        json("{\"name\": \"Games\", \"priority\": 3}"), Map.of("name", "Games", "priority", "3"),
                        "<category><priority>12</priority></category>", Map.of("name", "Games", "priority", "12"), null),
                new Case("/v1/buildings", "buildings", "building", "name",
                        json("{\"name\": \"North Tower\", \"streetAddress1\": \"1 Harbour Road\", \"city\": \"Cork\"}"),
                        Map.of("name", "North Tower"), "<building><name>North Tower East</name></building>",
                        Map.of("name", "North Tower East", "streetAddress1", "1 Harbour Road"), "city"),
                new Case("/v1/scripts", "scripts", "script", "name",
                        json("{\"name\": \"Wipe Caches\", \"priority\": \"AT_REBOOT\", \"info\": \"clears caches\","
                                + " \"scriptContents\": \"#!/bin/sh\\nrm -rf ~/Library/Caches/*\", \"parameter4\": \"user\","
                                + " \"osRequirements\": \"14.x\", \"categoryId\": \"1\"}"),
                        Map.of("name", "Wipe Caches", "priority", "At Reboot", "info", "clears caches",
                                "script_contents", "#!/bin/sh\nrm -rf ~/Library/Caches/*", "parameters/parameter4", "user",
                                "os_requirements", "14.x", "category", "Applications", "script_contents_encoded", "IyEvYmluL3NoCnJtIC1yZiB+L0xpYnJhcnkvQ2FjaGVzLyo="),
                        "<script><priority>Before</priority><script_contents>echo done</script_contents>"
                                + "<parameters><parameter5>host</parameter5></parameters></script>",
                        Map.of("priority", "BEFORE", "scriptContents", "echo done", "parameter5", "host",
                                "parameter4", "user", "categoryId", "1", "categoryName", "Applications"), null),
                new Case("/v1/packages", "packages", "package", "packageName",
                        json("{\"packageName\": \"Tool-1.2.pkg\", \"fileName\": \"Tool-1.2.pkg\", \"categoryId\": \"-1\","
                                + " \"priority\": 7, \"rebootRequired\": true, \"fillUserTemplate\": false,"
                                + " \"osInstall\": false, \"suppressUpdates\": false, \"suppressFromDock\": false,"
                                + " \"suppressEula\": false, \"suppressRegistration\": false, \"notes\": \"from the vendor\"}"),
                        Map.of("name", "Tool-1.2.pkg", "filename", "Tool-1.2.pkg", "priority", "7",
                                "reboot_required", "true", "fill_user_template", "false", "notes", "from the vendor",
                                "category", SharedKinds.NO_CATEGORY),
                        "<package><reboot_required>false</reboot_required><priority>4</priority></package>",
                        Map.of("packageName", "Tool-1.2.pkg", "rebootRequired", "false", "priority", "4"),
                        "suppressEula"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writableKinds")
    void createdThroughProReadThroughClassicAndBack(Case kind) {
        HttpResponse<String> created = http.post("/api" + kind.proPath(), token, "application/json",
                kind.proBody().toString());
        assertEquals(201, created.statusCode(), created.body());
        String id = TestHttp.json(created).get("id").getAsString();

        XmlNode classic = classic(kind.resource() + "/id/" + id);
        assertEquals(id, classic.textAt("id"));
        kind.classicShows().forEach((path, value) -> assertEquals(value, classic.textAt(path), path));

        HttpResponse<String> updated = http.put("/JSSResource/" + kind.resource() + "/id/" + id, token, "application/xml",
                kind.classicUpdate());
        assertEquals(201, updated.statusCode(), updated.body());
        JsonObject pro = pro(kind.proPath() + "/" + id);
        assertEquals(id, pro.get("id").getAsString());
        kind.proShows().forEach((property, value) -> assertEquals(value, pro.get(property).getAsString(), property));
        if (kind.proOnly() != null) { // a field the Classic side does not have is kept, not lost
            assertEquals(kind.proBody().get(kind.proOnly()), pro.get(kind.proOnly()), kind.proOnly());
        }

        assertEquals(200, http.delete("/api" + kind.proPath() + "/" + id, token).statusCode() / 100 * 100);
        assertEquals(404, http.get("/JSSResource/" + kind.resource() + "/id/" + id, token).statusCode());
        assertEquals(404, http.get("/api" + kind.proPath() + "/" + id, token).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writableKinds")
    void createdThroughClassicReadThroughProThenDeletedThroughClassic(Case kind) {
        String name = "Made in Classic " + kind.resource();
        HttpResponse<String> created = http.post("/JSSResource/" + kind.resource() + "/id/0", token, "application/xml",
                "<" + kind.root() + "><name>" + name + "</name></" + kind.root() + ">");
        assertEquals(201, created.statusCode(), created.body());
        String id = XmlNode.parse(created.body()).textAt("id");

        JsonObject pro = pro(kind.proPath() + "/" + id);
        assertEquals(id, pro.get("id").getAsString());
        assertEquals(name, pro.get(kind.proName()).getAsString());
        assertEquals(id, sim.proStore(kind.proPath()).ids().get(sim.proStore(kind.proPath()).size() - 1),
                "the newest Pro record");

        HttpResponse<String> renamed = http.put("/api" + kind.proPath() + "/" + id, token, "application/json",
                merged(pro, kind.proName(), name + " renamed").toString());
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(name + " renamed", classic(kind.resource() + "/name/" + (name + " renamed").replace(" ", "%20"))
                .textAt("name"));

        assertEquals(200, http.delete("/JSSResource/" + kind.resource() + "/id/" + id, token).statusCode());
        assertEquals(404, http.get("/api" + kind.proPath() + "/" + id, token).statusCode());
        assertEquals(404, http.get("/JSSResource/" + kind.resource() + "/id/" + id, token).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writableKinds")
    void aNameIsUniqueAcrossBothApis(Case kind) {
        JsonObject first = kind.proBody().deepCopy();
        first.addProperty(kind.proName(), "Unique " + kind.resource());
        HttpResponse<String> created = http.post("/api" + kind.proPath(), token, "application/json", first.toString());
        assertEquals(201, created.statusCode(), created.body());
        String id = TestHttp.json(created).get("id").getAsString();

        HttpResponse<String> classicDuplicate = http.post("/JSSResource/" + kind.resource() + "/id/0", token,
                "application/xml", "<" + kind.root() + "><name>unique " + kind.resource() + "</name></" + kind.root() + ">");
        assertEquals(409, classicDuplicate.statusCode(), "Classic refuses a name the Pro API gave (case aside)");

        HttpResponse<String> other = http.post("/JSSResource/" + kind.resource() + "/id/0", token, "application/xml",
                "<" + kind.root() + "><name>Other " + kind.resource() + "</name></" + kind.root() + ">");
        assertEquals(201, other.statusCode(), other.body());
        JsonObject proDuplicate = kind.proBody().deepCopy();
        proDuplicate.addProperty(kind.proName(), "Other " + kind.resource());
        HttpResponse<String> refused = http.post("/api" + kind.proPath(), token, "application/json",
                proDuplicate.toString());
        assertEquals(400, refused.statusCode(), "Pro refuses a name the Classic API gave");
        assertEquals("DUPLICATE_FIELD", TestHttp.json(refused).getAsJsonArray("errors").get(0).getAsJsonObject()
                .get("code").getAsString());
        HttpResponse<String> renamedOnto = http.put("/api" + kind.proPath() + "/" + id, token, "application/json",
                proDuplicate.toString());
        assertEquals(400, renamedOnto.statusCode(), "nor may a Pro update take it");
        HttpResponse<String> classicRenamedOnto = http.put("/JSSResource/" + kind.resource() + "/id/" + id, token,
                "application/xml", "<" + kind.root() + "><name>Other " + kind.resource() + "</name></" + kind.root() + ">");
        assertEquals(409, classicRenamedOnto.statusCode(), "nor a Classic update");
        assertEquals("Unique " + kind.resource(), pro(kind.proPath() + "/" + id).get(kind.proName()).getAsString());
    }

    @Test
    void oneOfManySimultaneousCreatesOfANameThroughBothApisWins() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> creates = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            HttpRequest.Builder request = i % 2 == 0
                    ? HttpRequest.newBuilder(http.uri("/api/v1/departments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Contended\"}"))
                    : HttpRequest.newBuilder(http.uri("/JSSResource/departments/id/0"))
                    .header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<department><name>Contended</name></department>"));
            creates.add(http.client.sendAsync(request.header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> create : creates) {
            statuses.add(create.get(30, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 400 || s == 409), statuses.toString());
        assertEquals(1, proList("/v1/departments", "name").values().stream().filter("Contended"::equals).count());
        assertEquals(1, classicList("departments").values().stream().filter("Contended"::equals).count());
    }

    @Test
    void bothApisListTheSameRecordsUnderTheSameIds() {
        List<String> kinds = new ArrayList<>();
        for (SharedKinds.Kind kind : SharedKinds.kinds()) {
            Map<String, String> pro = proList(kind.proPath(), kind.name().pro());
            Map<String, String> classic = classicList(kind.resource());
            assertEquals(pro, classic, kind.resource());
            assertFalse(pro.isEmpty(), kind.resource() + " is seeded");
            kinds.add(kind.resource());
        }
        assertEquals(List.of("departments", "categories", "buildings", "sites", "scripts", "packages", "mobiledevices"),
                kinds);
        // the fleet's buildings and departments, realistic names for the others
        assertEquals("Main Office", proList("/v1/buildings", "name").get("1"));
        assertEquals("Engineering", classicList("departments").get("1"));
        assertEquals("Applications", classicList("categories").get("1"));
        assertEquals("Firefox-128.0.dmg", classicList("packages").get("1"));
    }

    @Test
    void aScriptsContentsSentEncodedThroughClassicReachPro() {
        String id = TestHttp.json(http.post("/api/v1/scripts", token, "application/json",
                "{\"name\": \"Encoded\", \"scriptContents\": \"echo plain\"}")).get("id").getAsString();
        String encoded = Base64.getEncoder().encodeToString("echo encoded".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(201, http.put("/JSSResource/scripts/id/" + id, token, "application/xml",
                "<script><script_contents_encoded>" + encoded + "</script_contents_encoded></script>").statusCode());
        assertEquals("echo encoded", pro("/v1/scripts/" + id).get("scriptContents").getAsString());
        XmlNode classic = classic("scripts/id/" + id);
        assertEquals("echo encoded", classic.textAt("script_contents"), "both Classic elements agree again");
        assertEquals(encoded, classic.textAt("script_contents_encoded"));

        assertEquals(201, http.put("/JSSResource/scripts/id/" + id, token, "application/xml",
                "<script><script_contents>echo plain again</script_contents></script>").statusCode());
        assertEquals("echo plain again", pro("/v1/scripts/" + id).get("scriptContents").getAsString());
        assertEquals(Base64.getEncoder().encodeToString("echo plain again".getBytes(
                StandardCharsets.UTF_8)), classic("scripts/id/" + id).textAt("script_contents_encoded"));
    }

    @Test
    void aScriptOrPackageNamesItsCategoryByIdInProAndByNameInClassic() {
        String security = proList("/v1/categories", "name").entrySet().stream()
                .filter(e -> e.getValue().equals("Security")).findFirst().orElseThrow().getKey();
        HttpResponse<String> created = http.post("/JSSResource/packages/id/0", token, "application/xml",
                "<package><name>Agent.pkg</name><filename>Agent.pkg</filename><category>Security</category></package>");
        assertEquals(201, created.statusCode(), created.body());
        String id = XmlNode.parse(created.body()).textAt("id");
        assertEquals(security, pro("/v1/packages/" + id).get("categoryId").getAsString());

        JsonObject change = pro("/v1/packages/" + id);
        change.addProperty("categoryId", "-1");
        assertEquals(200, http.put("/api/v1/packages/" + id, token, "application/json", change.toString()).statusCode());
        assertEquals(SharedKinds.NO_CATEGORY, classic("packages/id/" + id).textAt("category"));

        HttpResponse<String> unknown = http.put("/JSSResource/packages/id/" + id, token, "application/xml",
                "<package><category>Nowhere</category></package>");
        assertEquals(409, unknown.statusCode());
        assertTrue(unknown.body().contains("Problem with category"), unknown.body());
        assertEquals("-1", pro("/v1/packages/" + id).get("categoryId").getAsString(), "nothing written");
        assertEquals(201, http.put("/JSSResource/packages/id/" + id, token, "application/xml",
                "<package><notes>kept in its category</notes></package>").statusCode());
    }

    @Test
    void aClassicUpdateOfAScriptWhoseCategoryWasRenamedSinceIsNoProblemWithCategory() {
        HttpResponse<String> category = http.post("/api/v1/categories", token, "application/json",
                "{\"name\": \"Maintenance\", \"priority\": 9}");
        assertEquals(201, category.statusCode(), category.body());
        String categoryId = TestHttp.json(category).get("id").getAsString();
        HttpResponse<String> script = http.post("/api/v1/scripts", token, "application/json",
                "{\"name\": \"Rotate Logs\", \"categoryId\": \"" + categoryId + "\"}");
        assertEquals(201, script.statusCode(), script.body());
        String id = TestHttp.json(script).get("id").getAsString();
        assertEquals(200, http.put("/api/v1/categories/" + categoryId, token, "application/json",
                "{\"name\": \"Housekeeping\", \"priority\": 9}").statusCode());
        assertEquals("Maintenance", classic("scripts/id/" + id).textAt("category"), "the README's known limit");

        HttpResponse<String> notes = http.put("/JSSResource/scripts/id/" + id, token, "application/xml",
                "<script><notes>rotated weekly</notes></script>");
        assertEquals(201, notes.statusCode(), "the update names no category: " + notes.body());
        assertEquals("rotated weekly", pro("/v1/scripts/" + id).get("notes").getAsString());
        assertEquals(categoryId, pro("/v1/scripts/" + id).get("categoryId").getAsString(), "still in its category");
    }

    @Test
    void sitesAreWrittenThroughClassicAndReadThroughPro() {
        HttpResponse<String> created = http.post("/JSSResource/sites/id/0", token, "application/xml",
                "<site><name>Reykjavik</name></site>");
        assertEquals(201, created.statusCode(), created.body());
        String id = XmlNode.parse(created.body()).textAt("id");
        assertEquals("Reykjavik", proList("/v1/sites", "name").get(id));
        assertEquals(200, http.delete("/JSSResource/sites/id/" + id, token).statusCode());
        assertFalse(proList("/v1/sites", "name").containsKey(id));
    }

    @Test
    void theTestApiSeesOneStoreToo() {
        ProRecords pro = sim.proStore("/v1/categories");
        ClassicRecords classic = sim.classicStore("categories");
        String id = pro.add("{\"name\": \"Seeded through Pro\", \"priority\": 2}");
        assertTrue(classic.get(Integer.parseInt(id)).orElseThrow().contains("<name>Seeded through Pro</name>"));
        int other = classic.add("<category><name>Seeded through Classic</name><priority>4</priority></category>");
        assertEquals(Integer.parseInt(id) + 1, other, "one id sequence");
        JsonObject mirrored = JsonParser.parseString(pro.get(Integer.toString(other)).orElseThrow()).getAsJsonObject();
        assertEquals(4, mirrored.get("priority").getAsInt());
        assertThrows(SharedKinds.DuplicateName.class, () -> pro.add("{\"name\": \"seeded through classic\"}"));
        IllegalArgumentException notAnId = assertThrows(IllegalArgumentException.class,
                () -> pro.add("{\"id\": \"cat-9\", \"name\": \"Not a number\"}"));
        assertTrue(notAnId.getMessage().contains("'cat-9'"), notAnId.getMessage());
        assertTrue(pro.ids().stream().noneMatch("cat-9"::equals), "nothing written");
        assertTrue(classic.remove(other));
        assertTrue(pro.get(Integer.toString(other)).isEmpty());
        assertTrue(pro.remove(id));
        assertTrue(classic.get(Integer.parseInt(id)).isEmpty());
        assertEquals(pro.ids(), classic.ids().stream().map(String::valueOf).toList());
    }

    @Test
    void namesAreUniqueAndIdsNumbersFromTheFirstRequestNotFromTheFirstClassicOne() {
        try (JamfProSimulator fresh = JamfProSimulator.builder().computers(1).start()) {
            TestHttp freshHttp = new TestHttp(fresh);
            String freshToken = freshHttp.oauthToken();
            String body = "{\"name\": \"Only Once\"}";
            assertEquals(201, freshHttp.post("/api/v1/departments", freshToken, "application/json", body).statusCode());
            HttpResponse<String> again = freshHttp.post("/api/v1/departments", freshToken, "application/json", body);
            assertEquals(400, again.statusCode(), "no Classic request yet, still one record per name: " + again.body());
            assertThrows(IllegalArgumentException.class,
                    () -> fresh.proStore("/v1/categories").add("{\"id\": \"cat-9\", \"name\": \"Not a number\"}"));
            HttpResponse<String> classic = freshHttp.get("/JSSResource/departments", freshToken);
            assertEquals(200, classic.statusCode(), classic.body());
            assertEquals(1, XmlNode.parse(classic.body()).children().stream()
                    .filter(d -> "Only Once".equals(d.textAt("name"))).count());
            assertEquals(200, freshHttp.get("/JSSResource/categories", freshToken).statusCode());
        }
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject merged(JsonObject record, String property, String value) {
        JsonObject copy = record.deepCopy();
        copy.addProperty(property, value);
        return copy;
    }

    private static JsonObject pro(String path) {
        HttpResponse<String> response = http.get("/api" + path, token);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return TestHttp.json(response);
    }

    private static XmlNode classic(String path) {
        HttpResponse<String> response = http.get("/JSSResource/" + path, token);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return XmlNode.parse(response.body());
    }

    /** A Pro list (paged or a plain array): id → name. */
    private static Map<String, String> proList(String path, String nameProperty) {
        HttpResponse<String> response = http.get("/api" + path + "?page-size=2000", token);
        assertEquals(200, response.statusCode(), response.body());
        JsonElement body = JsonParser.parseString(response.body());
        JsonArray items = body.isJsonArray() ? body.getAsJsonArray() : body.getAsJsonObject().getAsJsonArray("results");
        if (body.isJsonObject()) {
            assertEquals(items.size(), body.getAsJsonObject().get("totalCount").getAsInt());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonElement item : items) {
            out.put(item.getAsJsonObject().get("id").getAsString(),
                    item.getAsJsonObject().get(nameProperty).getAsString());
        }
        return out;
    }

    /** A Classic list: id → name, its size checked. */
    private static Map<String, String> classicList(String resource) {
        XmlNode list = classic(resource);
        Map<String, String> out = new LinkedHashMap<>();
        for (XmlNode item : list.children()) {
            if (!item.name().equals("size")) {
                out.put(item.textAt("id"), item.textAt("name"));
            }
        }
        assertEquals(Integer.toString(out.size()), list.textAt("size"));
        return out;
    }
}
