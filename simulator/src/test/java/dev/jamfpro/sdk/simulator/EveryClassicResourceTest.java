package dev.jamfpro.sdk.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every resource of the Classic swagger the simulator was built with: every path and method answers
 * 2xx for a record that exists (404 for one that does not), and every resource that can be created
 * keeps what was written (create, read, partial update, read, delete).
 */
class EveryClassicResourceTest {
    /** Values for path parameters that are not a record's lookup. */
    private static final Map<String, String> OTHER_PARAMS = Map.ofEntries(
            Map.entry("subset", "General"), Map.entry("command", "BlankPush"), Map.entry("id_list", "1"),
            Map.entry("application", "Safari.app"), Map.entry("version", "1.0"), Map.entry("inventory", "Name"),
            Map.entry("filter", "Safari"), Map.entry("username", "admin"), Map.entry("user", "ava"),
            Map.entry("group", "staff"), Map.entry("softwaretitleconfigid", "1"), Map.entry("matchname", "*a*"),
            Map.entry("match", "*a*"), Map.entry("idtype", "computers"), Map.entry("status", "Pending"),
            Map.entry("log", "policies"), Map.entry("interval", "One+Week"), Map.entry("install_action", "1"),
            Map.entry("product_version", "18.1"), Map.entry("device_name", "Renamed"),
            Map.entry("resource", "computers"), Map.entry("idType", "id"));

    private static JamfProSimulator sim;
    private static TestHttp http;
    private static String token;
    private static ClassicModel model;

    @BeforeAll
    static void start() {
        sim = JamfProSimulator.builder().computers(10).mobileDevices(5).start();
        http = new TestHttp(sim);
        token = http.oauthToken();
        model = ClassicModel.get();
    }

    /** Lookups by a field the resource's records (Jamf's examples) do not have. */
    private static final List<String> UNFINDABLE = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterAll
    static void stop() {
        sim.close();
        System.out.println("Classic paths whose lookup field Jamf's records lack (404 as expected): " + UNFINDABLE);
    }

    @Test
    void everyResourceAndPathOfTheSwaggerIsKnown() throws Exception {
        String spec = System.getProperty("jamf.classic.spec");
        assertNotNull(spec, "system property jamf.classic.spec (set by surefire from the Maven property) is missing");
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(spec))) {
            if (line.matches("^  '?/[^:]*'?:\\s*$")) { // a path of the swagger's "paths:"
                expected.add(line.trim().replace("'", "").replace(":", ""));
            }
        }
        java.util.Set<String> known = new java.util.TreeSet<>();
        model.resources().values().forEach(r -> r.templates().forEach(t -> known.add("/" + r.name()
                + (t.segments().isEmpty() ? "" : "/" + String.join("/", t.segments())))));
        assertEquals(expected, known);
        assertEquals(expected.stream().map(p -> p.split("/")[1]).distinct().count(), model.resources().size());
        System.out.println("Classic API digest: " + model.resources().size() + " resources, " + known.size() + " paths");
    }

    @TestFactory
    Stream<DynamicTest> everyPathAndMethodAnswers() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ClassicModel.Resource resource : model.resources().values()) {
            for (ClassicModel.Template template : resource.templates()) {
                for (String method : template.methods()) {
                    if (method.equals("DELETE")) {
                        continue; // below, on records made to be deleted
                    }
                    tests.add(DynamicTest.dynamicTest(method + " /" + resource.name() + "/"
                            + String.join("/", template.segments()), () -> call(resource, template, method)));
                }
            }
        }
        for (ClassicModel.Resource resource : model.resources().values()) {
            for (ClassicModel.Template template : resource.templates()) {
                if (template.methods().contains("DELETE")) {
                    tests.add(DynamicTest.dynamicTest("DELETE /" + resource.name() + "/"
                            + String.join("/", template.segments()), () -> call(resource, template, "DELETE")));
                }
            }
        }
        return tests.stream();
    }

    private static void call(ClassicModel.Resource resource, ClassicModel.Template template, String method) {
        String store = storeOf(resource, template);
        XmlNode record = method.equals("DELETE") && !template.segments().isEmpty() ? disposable(resource, store)
                : sampleRecord(resource, store);
        StringBuilder path = new StringBuilder("/JSSResource/").append(resource.name());
        List<String> segments = template.segments();
        boolean noSuchRecord = false;
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            path.append('/');
            if (!s.contains("{")) {
                path.append(s);
            } else if (s.contains("}_{")) {
                path.append("2024-01-01_2024-12-31");
            } else {
                String name = s.substring(1, s.length() - 1);
                String value;
                if (i == 1 && OTHER_PARAMS.get(name) == null || name.equals("id") && i == 1) {
                    value = method.equals("POST") && segments.get(0).equals("id") ? "0"
                            : lookupValue(resource, record, segments.get(0));
                    if (value == null) { // Jamf's records of this resource have no such field: nothing can be found
                        noSuchRecord = true;
                        value = "none";
                    }
                } else {
                    value = OTHER_PARAMS.getOrDefault(name, "1");
                }
                assertNotNull(value, "no value for " + s + " of " + resource.name());
                path.append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path.toString()))
                .header("Authorization", "Bearer " + token);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (resource.name().equals("fileuploads")) {
            request.header("Content-Type", "multipart/form-data; boundary=b");
            body = HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"name\"; "
                    + "filename=\"a.txt\"\r\n\r\nhello\r\n--b--\r\n");
        } else if (method.equals("PUT") || method.equals("POST") && !resource.name().equals("computercommands")) {
            XmlNode sent = record.copy();
            if (method.equals("POST")) {
                rename(sent, "Created " + System.nanoTime());
            }
            request.header("Content-Type", "application/xml");
            body = HttpRequest.BodyPublishers.ofString(sent.toXml());
        }
        HttpResponse<String> response = http.send(request.method(method, body).build());
        if (noSuchRecord) { // 404, or an empty list for lookups Jamf answers with a list, or a report
            assertTrue(response.statusCode() == 404 || response.statusCode() == 200, method + " " + path + ": "
                    + response.body());
            UNFINDABLE.add(method + " " + path + " -> " + response.statusCode());
            return;
        }
        if (response.statusCode() / 100 != 2) {
            fail(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        if (!response.body().isEmpty()) {
            XmlNode.parse(response.body()); // well-formed XML
        }
    }

    /** The store a template's lookups go to ({@code accounts/users} for {@code accounts/userid/{id}}). */
    private static String storeOf(ClassicModel.Resource resource, ClassicModel.Template template) {
        if (resource.name().equals("accounts")) {
            return template.segments().isEmpty() || template.segments().get(0).startsWith("user") ? "accounts/users"
                    : "accounts/groups";
        }
        return resource.name();
    }

    private static XmlNode sampleRecord(ClassicModel.Resource resource, String store) {
        if (resource.name().equals("computers") || List.of("computerhistory", "computermanagement",
                "computerapplicationusage", "computerhardwaresoftwarereports").contains(resource.name())) {
            return XmlNode.parse(http.get("/JSSResource/computers/id/2", token).body());
        }
        if (resource.name().equals("mobiledevicehistory")) {
            return XmlNode.parse(sim.classicStore("mobiledevices").get(1).orElseThrow());
        }
        ClassicRecords records;
        try {
            records = sim.classicStore(store);
        } catch (IllegalArgumentException reportOrAction) {
            return new XmlNode(resource.name()); // its paths take no record's values
        }
        return XmlNode.parse(records.get(records.ids().get(0)).orElseThrow());
    }

    /** A record made for a DELETE to remove. */
    private static XmlNode disposable(ClassicModel.Resource resource, String store) {
        if (resource.name().equals("computers")) {
            SimulatedComputer c = sim.addComputer(ComputerSeed.named("To delete " + System.nanoTime()));
            return XmlNode.parse(http.get("/JSSResource/computers/id/" + c.id(), token).body());
        }
        ClassicRecords records;
        try {
            records = sim.classicStore(store);
        } catch (IllegalArgumentException action) {
            return new XmlNode(resource.name()); // a flush: nothing to make
        }
        XmlNode copy = XmlNode.parse(records.get(records.ids().get(0)).orElseThrow());
        copy.set(ClassicStore.idPath(copy), "0");
        rename(copy, "To delete " + System.nanoTime());
        int id = records.add(copy.toXml());
        return XmlNode.parse(records.get(id).orElseThrow());
    }

    private static String lookupValue(ClassicModel.Resource resource, XmlNode record, String key) {
        if (key.equals("id") || key.equals("userid") || key.equals("groupid")) {
            return record.textAt(ClassicStore.idPath(record));
        }
        if (key.equals("username") || key.equals("groupname")) {
            return record.textAt("name");
        }
        return ClassicStore.lookupValue(record, key);
    }

    private static void rename(XmlNode record, String name) {
        String path = ClassicStore.namePath(record);
        if (path != null) {
            record.set(path, name);
        }
        for (String alsoTheName : List.of("general/display_name", "general/device_name")) { // a mobile device's
            if (record.name().equals("mobile_device") && record.at(alsoTheName) != null) {
                record.set(alsoTheName, name);
            }
        }
    }

    // ------------------------------------------------------------------ round trips

    @TestFactory
    Stream<DynamicTest> everyStoreKeepsWhatWasWritten() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ClassicModel.Resource resource : model.resources().values()) {
            ClassicModel.Template byId = resource.match(List.of("id", "1"));
            if (byId == null || !byId.methods().containsAll(List.of("GET", "POST", "PUT", "DELETE"))) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(resource.name(), () -> roundTrip(resource)));
        }
        assertTrue(tests.size() >= 45, "resources with create, read, update and delete: " + tests.size());
        return tests.stream();
    }

    private static void roundTrip(ClassicModel.Resource resource) {
        String base = "/JSSResource/" + resource.name();
        XmlNode original = sampleRecord(resource, resource.name());
        XmlNode sent = original.copy();
        sent.set(ClassicStore.idPath(sent), "0");
        String name = "Round trip " + resource.name();
        rename(sent, name);
        sent.add(new XmlNode("simulator_only_element", "kept as written"));

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.uri(base + "/id/0"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(sent.toXml())).build());
        assertEquals(201, created.statusCode(), created.body());
        XmlNode answer = XmlNode.parse(created.body());
        String id = answer.textAt("id");
        assertNotNull(id, created.body());

        XmlNode read = XmlNode.parse(http.get(base + "/id/" + id, token).body());
        XmlNode expected = sent.copy();
        if (!resource.name().equals("computers")) {
            expected.set(ClassicStore.idPath(expected), id);
            assertEquals(expected.toXml(), read.toXml(), "what was created is what is read");
        } else {
            assertEquals(name, read.textAt("general/name"));
            assertEquals("kept as written", read.textAt("simulator_only_element"));
        }
        if (ClassicStore.namePath(read) != null) {
            HttpResponse<String> byName = http.get(base + "/name/" + URLEncoder.encode(name, StandardCharsets.UTF_8)
                    .replace("+", "%20"), token);
            if (resource.match(List.of("name", "x")) != null) {
                assertEquals(200, byName.statusCode(), byName.body());
                assertEquals(id, XmlNode.parse(byName.body()).textAt(ClassicStore.idPath(read)));
            }
        }

        XmlNode update = new XmlNode(sent.name());
        String renamed = name + " (renamed)";
        String namePath = ClassicStore.namePath(sent);
        if (namePath != null) {
            update.set(namePath, renamed);
        }
        update.add(new XmlNode("another_unknown").add(new XmlNode("inner", "x")));
        assertEquals(201, http.put(base + "/id/" + id, token, "application/xml", update.toXml()).statusCode());
        XmlNode after = XmlNode.parse(http.get(base + "/id/" + id, token).body());
        if (namePath != null) {
            assertEquals(renamed, after.textAt(namePath));
        }
        assertEquals("x", after.textAt("another_unknown/inner"), "an element the simulator does not know is kept");
        assertEquals("kept as written", after.textAt("simulator_only_element"), "what the update left out stays");

        String list = http.get(base, token).body();
        assertTrue(list.contains("<id>" + id + "</id>"), "the list shows the new record: " + abbreviate(list));

        assertEquals(200, http.delete(base + "/id/" + id, token).statusCode());
        HttpResponse<String> gone = http.get(base + "/id/" + id, token);
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("The server has not found anything matching the request URI"));
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
