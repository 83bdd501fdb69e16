package dev.jamfpro.sdk.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers every resource of the Classic API ({@code /JSSResource/...}) of the swagger the simulator
 * was built with, in XML. Every resource is a {@link ClassicStore}, seeded with Jamf's own example
 * record (ids 1 to n, names made unique), and behaves the same way, driven by the resource's paths:
 *
 * <ul>
 *   <li>{@code GET /{resource}}: the list ({@code <buildings><size>n</size><building>...});
 *       a settings resource ({@code activationcode}, {@code smtpserver}, ...) answers its one record;</li>
 *   <li>{@code GET/PUT/DELETE /{resource}/{key}/{value}} for each lookup the swagger has ({@code id},
 *       {@code name}, {@code serialnumber}, {@code udid}, {@code macaddress}, {@code email}, ...);
 *       lookups Jamf answers with a list ({@code users/email}, {@code policies/category}) list;</li>
 *   <li>{@code .../subset/General&Location}: only those top-level sections;</li>
 *   <li>{@code POST /{resource}/id/0}: a new record, answered {@code <building><id>7</id></building>};</li>
 *   <li>{@code PUT}: Jamf's partial update per top-level section ({@link XmlNode#merge}); what was
 *       sent is what is read back, elements Jamf would drop included;</li>
 *   <li>errors as Jamf's HTML pages: 404 for an unknown path or record, 405, 409 (a duplicate name, a
 *       location that does not exist), 415 for a write that is not XML, 400 for XML that is not
 *       well-formed or names another resource.</li>
 * </ul>
 *
 * Departments, categories, buildings, sites, scripts, packages and mobile devices are the Pro API's records too
 * ({@link SharedKinds}: their stores start as the Pro stores' mirror and every write is mirrored).
 * {@code computers} is the simulated fleet ({@link ClassicComputers}); the computer and mobile device
 * reports (history, management, application usage) answer for the devices that exist; commands are
 * recorded as they are sent; flushes and file uploads answer as Jamf does.
 */
final class ClassicEngine {
    /** Reports about one device, found by the device's lookups: resource → the device resource. */
    private static final Map<String, String> DEVICE_REPORTS = Map.of(
            "computerhistory", "computers", "computermanagement", "computers", "computerapplicationusage", "computers",
            "computerhardwaresoftwarereports", "computers", "mobiledevicehistory", "mobiledevices");
    /** Element names, in a device report, of the device's identity. */
    private static final Map<String, String> IDENTITY = Map.of("id", "id", "name", "name", "udid", "udid",
            "serial_number", "serial", "mac_address", "mac");

    private final ClassicModel model;
    private final ClassicComputers computers;
    private final long seed;
    private final int recordsPerStore;
    private final Map<String, ClassicStore> stores = new ConcurrentHashMap<>();

    ClassicEngine(ClassicModel model, ClassicComputers computers, long seed, int recordsPerStore) {
        this.model = model;
        this.computers = computers;
        this.seed = seed;
        this.recordsPerStore = recordsPerStore;
    }

    // ------------------------------------------------------------------ errors as Jamf's pages

    static SimResponse notFound() {
        return SimResponse.html(404, ClassicXml.errorPage("Not Found",
                "The server has not found anything matching the request URI"));
    }

    static SimResponse conflict(String message) {
        return SimResponse.html(409, ClassicXml.errorPage("Conflict", message));
    }

    static SimResponse badRequest(String message) {
        return SimResponse.html(400, ClassicXml.errorPage("Bad Request", message));
    }

    static SimResponse methodNotAllowed() {
        return SimResponse.html(405, ClassicXml.errorPage("Method Not Allowed",
                "The method specified in the Request-Line is not allowed for the resource identified by the request URI"));
    }

    static SimResponse unsupportedMediaType() {
        return SimResponse.html(415, ClassicXml.errorPage("Unsupported Media Type",
                "The server is refusing to service the request because the entity of the request is in a format "
                        + "not supported by the requested resource for the requested method"));
    }

    // ------------------------------------------------------------------ dispatch

    /** Answers a request; {@code segments} is the decoded path after {@code /JSSResource}. */
    SimResponse handle(SimRequest request, List<String> segments) {
        if (segments.isEmpty()) {
            return notFound();
        }
        ClassicModel.Resource resource = model.resource(segments.get(0));
        if (resource == null) {
            resource = model.resource(segments.get(0).toLowerCase(Locale.ROOT));
        }
        if (resource == null) {
            return notFound();
        }
        List<String> rest = segments.subList(1, segments.size());
        ClassicModel.Template template = resource.match(rest);
        if (template == null) {
            return notFound();
        }
        String method = request.method();
        if (!template.methods().contains(method)) {
            return methodNotAllowed();
        }
        XmlNode body = null;
        if ((method.equals("PUT") || method.equals("POST")) && request.body().length > 0
                && !resource.name().equals("fileuploads")) {
            String type = request.header("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).contains("xml")) {
                return unsupportedMediaType();
            }
            try {
                body = XmlNode.parse(request.body());
            } catch (IllegalArgumentException e) {
                return badRequest("Error: The request sent by the client was syntactically incorrect");
            }
        } else if (method.equals("PUT")) {
            return badRequest("Error: The request sent by the client was syntactically incorrect");
        }
        Call call = new Call(resource, template, method, rest, body);
        return switch (resource.name()) {
            case "computers" -> computersCall(call);
            case "accounts" -> accountsCall(call);
            case "computercommands", "mobiledevicecommands" -> commandsCall(call);
            case "commandflush", "logflush" -> SimResponse.xml(200, new XmlNode(resource.name())
                    .add(new XmlNode("status", "Successful")).toXml());
            case "fileuploads" -> upload(rest);
            default -> DEVICE_REPORTS.containsKey(resource.name()) ? deviceReport(call)
                    : report(resource) ? reportCall(call) : generic(call);
        };
    }

    /** One request: the resource, the path template it fits, and the XML sent. */
    private record Call(ClassicModel.Resource resource, ClassicModel.Template template, String method,
                        List<String> rest, XmlNode body) {
        boolean lookup() {
            return template.segments().size() >= 2 && !template.segments().get(0).contains("{")
                    && template.segments().get(1).contains("{");
        }

        String key() {
            return rest.get(0);
        }

        String value() {
            return rest.get(1);
        }

        List<String> tail() {
            return rest.subList(Math.min(2, rest.size()), rest.size());
        }

        /** The subsets of a {@code .../subset/A&B} path, or null. */
        List<String> subsets() {
            int at = -1;
            for (int i = 0; i < template.segments().size(); i++) {
                if (template.segments().get(i).equals("subset")) {
                    at = i;
                }
            }
            if (at < 0 || at + 1 >= rest.size()) {
                return null;
            }
            return List.of(rest.get(at + 1).split("[&,]"));
        }
    }

    // ------------------------------------------------------------------ the common resource

    private SimResponse generic(Call call) {
        ClassicModel.Resource resource = call.resource();
        ClassicStore store = store(resource);
        if (call.rest().isEmpty()) {
            if (singleton(resource)) {
                return settings(call, store);
            }
            return call.method().equals("GET") ? SimResponse.xml(200, list(resource, store.all())) : methodNotAllowed();
        }
        if (!call.lookup()) {
            return special(call, store);
        }
        if (call.method().equals("POST") && call.key().equals("id")) {
            return create(store, call.body());
        }
        List<Integer> ids = store.find(call.key(), call.value());
        if (call.method().equals("GET") && call.tail().isEmpty() && multi(resource, call.key())) {
            return SimResponse.xml(200, fullList(resource, store, ids));
        }
        if (ids.isEmpty()) {
            return notFound();
        }
        int id = ids.get(0);
        return record(call, store, id);
    }

    private SimResponse record(Call call, ClassicStore store, int id) {
        switch (call.method()) {
            case "GET" -> {
                if (!call.tail().isEmpty() && call.subsets() == null) {
                    String example = call.resource().example("GET", call.template().examplePattern());
                    if (example != null) {
                        return SimResponse.xml(200, XmlNode.parse(example).toXml());
                    }
                }
                if (call.subsets() == null) {
                    return store.xml(id).map(x -> SimResponse.xml(200, x)).orElseGet(ClassicEngine::notFound);
                }
                return store.get(id).map(r -> SimResponse.xml(200, subset(r, call.subsets()).toXml()))
                        .orElseGet(ClassicEngine::notFound);
            }
            case "PUT" -> {
                return update(store, id, call.body());
            }
            case "DELETE" -> {
                return store.delete(id) ? SimResponse.xml(200, idOnly(store.root(), id)) : notFound();
            }
            default -> {
                // a POST to an existing record's lookup (patchexternalsources/id/{id}): an update of it
                return call.body() == null ? SimResponse.xml(201, idOnly(store.root(), id)) : update(store, id, call.body());
            }
        }
    }

    private SimResponse create(ClassicStore store, XmlNode body) {
        if (body == null) {
            return badRequest("Error: The request sent by the client was syntactically incorrect");
        }
        if (!body.name().equals(store.root())) {
            return badRequest("Error: the root element must be <" + store.root() + ">, not <" + body.name() + ">");
        }
        if (duplicateName(store, body, -1)) {
            return conflict("Error: Duplicate name");
        }
        int id;
        try {
            id = store.add(body, false);
        } catch (SharedKinds.DuplicateName e) { // the name was taken through the Pro API meanwhile
            return conflict("Error: Duplicate name");
        } catch (SharedKinds.UnknownCategory e) {
            return conflict("Error: Problem with category");
        }
        return SimResponse.xml(201, idOnly(store.root(), id));
    }

    private SimResponse update(ClassicStore store, int id, XmlNode body) {
        if (!body.name().equals(store.root())) {
            return badRequest("Error: the root element must be <" + store.root() + ">, not <" + body.name() + ">");
        }
        if (duplicateName(store, body, id)) {
            return conflict("Error: Duplicate name");
        }
        try {
            return store.update(id, record -> {
                record.merge(body);
                return record;
            }).map(r -> SimResponse.xml(201, idOnly(store.root(), id))).orElseGet(ClassicEngine::notFound);
        } catch (SharedKinds.DuplicateName e) { // the name was taken through the Pro API meanwhile
            return conflict("Error: Duplicate name");
        } catch (SharedKinds.UnknownCategory e) {
            return conflict("Error: Problem with category");
        }
    }

    /** A settings resource: its one record, read and partly updated. */
    private SimResponse settings(Call call, ClassicStore store) {
        int id = store.ids().isEmpty() ? store.add(seedRecord(call.resource()), false) : store.ids().get(0);
        if (call.method().equals("GET")) {
            return SimResponse.xml(200, store.get(id).orElseThrow().toXml());
        }
        if (call.method().equals("PUT")) {
            if (!call.body().name().equals(store.root())) {
                return badRequest("Error: the root element must be <" + store.root() + ">, not <" + call.body().name()
                        + ">");
            }
            XmlNode updated = store.update(id, record -> {
                record.merge(call.body());
                return record;
            }).orElseThrow();
            return SimResponse.xml(201, updated.toXml());
        }
        return methodNotAllowed();
    }

    /** Paths that are not a lookup: {@code match/{x}}, {@code softwaretitleconfig/id/{id}}, reports. */
    private SimResponse special(Call call, ClassicStore store) {
        ClassicModel.Resource resource = call.resource();
        List<String> rest = call.rest();
        if (call.method().equals("POST")) {
            // patchpolicies/softwaretitleconfig/id/{id}: a new patch policy of that title
            return create(store, call.body());
        }
        if (rest.get(0).equals("match")) {
            java.util.regex.Pattern glob = InventoryQuery.glob(rest.get(rest.size() - 1));
            List<Integer> found = new ArrayList<>();
            for (int id : store.ids()) {
                XmlNode record = store.get(id).orElseThrow();
                for (String key : List.of("name", "serialnumber", "udid", "macaddress")) {
                    String value = firstText(record, key);
                    if (value != null && glob.matcher(value).matches()) {
                        found.add(id);
                        break;
                    }
                }
            }
            return SimResponse.xml(200, list(resource, found.stream().map(id -> store.get(id).orElseThrow()).toList()));
        }
        String example = resource.example("GET", call.template().examplePattern());
        if (example != null) {
            return SimResponse.xml(200, XmlNode.parse(example).toXml());
        }
        return SimResponse.xml(200, list(resource, store.all()));
    }

    private static String firstText(XmlNode record, String key) {
        List<String> paths = switch (key) {
            case "serialnumber" -> List.of("general/serial_number", "serial_number");
            case "macaddress" -> List.of("general/mac_address", "general/wifi_mac_address", "mac_address");
            case "udid" -> List.of("general/udid", "udid");
            default -> List.of("name", "general/name", "general/display_name");
        };
        for (String path : paths) {
            String text = record.textAt(path);
            if (text != null && !text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ computers: the fleet

    private SimResponse computersCall(Call call) {
        List<String> rest = call.rest();
        if (rest.isEmpty()) {
            return SimResponse.xml(200, computers.list());
        }
        if (rest.get(0).equals("subset")) {
            return SimResponse.xml(200, computers.basicList());
        }
        if (rest.get(0).equals("match")) {
            return SimResponse.xml(200, computers.match(rest.get(rest.size() - 1)));
        }
        if (call.method().equals("POST")) {
            if (call.body() == null || !call.body().name().equals("computer")) {
                return badRequest("Error: the root element must be <computer>");
            }
            Object created = computers.create(call.body());
            return created instanceof SimResponse error ? error
                    : SimResponse.xml(201, idOnly("computer", (Integer) created));
        }
        List<SimulatedComputer> found = computers.find(call.key(), call.value());
        if (found.isEmpty()) {
            return notFound();
        }
        SimulatedComputer computer = found.get(0);
        return switch (call.method()) {
            case "GET" -> SimResponse.of(200, "text/xml;charset=UTF-8", computers.record(computer, call.subsets()));
            case "PUT" -> {
                if (!call.body().name().equals("computer")) {
                    yield badRequest("Error: the root element must be <computer>, not <" + call.body().name() + ">");
                }
                SimResponse problem = computers.update(computer, call.body());
                yield problem != null ? problem : SimResponse.xml(201, idOnly("computer", computer.id()));
            }
            case "DELETE" -> computers.delete(computer) ? SimResponse.xml(200, idOnly("computer", computer.id()))
                    : notFound();
            default -> methodNotAllowed();
        };
    }

    // ------------------------------------------------------------------ accounts: users and groups

    private SimResponse accountsCall(Call call) {
        ClassicStore users = storeNamed("accounts/users");
        ClassicStore groups = storeNamed("accounts/groups");
        if (call.rest().isEmpty()) {
            XmlNode accounts = new XmlNode("accounts");
            XmlNode userList = new XmlNode("users");
            for (XmlNode user : users.all()) {
                userList.add(new XmlNode("user").add(new XmlNode("id", user.textAt("id")))
                        .add(new XmlNode("name", nullToEmpty(user.textAt("name")))));
            }
            XmlNode groupList = new XmlNode("groups");
            for (XmlNode group : groups.all()) {
                groupList.add(new XmlNode("group").add(new XmlNode("id", group.textAt("id")))
                        .add(new XmlNode("name", nullToEmpty(group.textAt("name")))));
            }
            return SimResponse.xml(200, accounts.add(userList).add(groupList).toXml());
        }
        ClassicStore store = call.key().startsWith("user") ? users : groups;
        if (call.method().equals("POST")) {
            return create(store, call.body());
        }
        List<Integer> ids = store.find(call.key(), call.value());
        return ids.isEmpty() ? notFound() : record(call, store, ids.get(0));
    }

    private XmlNode accountSeed(ClassicModel.Resource resource, String key, String root) {
        String example = resource.example("GET", key + "/:");
        return example != null ? XmlNode.parse(example) : new XmlNode(root).add(new XmlNode("id", "1"))
                .add(new XmlNode("name", root + " 1"));
    }

    // ------------------------------------------------------------------ commands

    private SimResponse commandsCall(Call call) {
        ClassicModel.Resource resource = call.resource();
        ClassicStore store = store(resource);
        List<String> rest = call.rest();
        if (call.method().equals("POST")) {
            String command = rest.size() >= 2 ? rest.get(1) : call.body() == null ? null
                    : call.body().textAt("general/command") != null ? call.body().textAt("general/command")
                    : nullToEmpty(call.body().textAt("command"));
            if (command == null || command.isEmpty()) {
                return badRequest("Error: the command to send is missing");
            }
            String uuid = UUID.nameUUIDFromBytes((resource.name() + store.size() + command).getBytes(StandardCharsets.UTF_8))
                    .toString();
            XmlNode record = call.body() != null ? call.body().copy() : seedRecord(resource);
            record.set(record.at("general") != null ? "general/command" : "command", command);
            record.set(record.at("general") != null ? "general/uuid" : "uuid", uuid);
            int id = store.add(record, false);
            XmlNode answer = new XmlNode(store.root());
            if (resource.name().equals("computercommands")) {
                XmlNode c = new XmlNode("command").add(new XmlNode("name", command))
                        .add(new XmlNode("command_uuid", uuid));
                int idsAt = rest.indexOf("id");
                if (idsAt >= 0 && idsAt + 1 < rest.size()) {
                    for (String computer : rest.get(idsAt + 1).split(",")) {
                        c.add(new XmlNode("computer_id", computer.trim()));
                    }
                }
                answer.add(c);
            } else {
                answer.add(new XmlNode("id", Integer.toString(id))).add(new XmlNode("uuid", uuid))
                        .add(new XmlNode("command", command));
            }
            return SimResponse.xml(201, answer.toXml());
        }
        if (rest.isEmpty()) {
            return SimResponse.xml(200, list(resource, store.all()));
        }
        if (rest.get(0).equals("command")) { // GET mobiledevicecommands/command/{command}: the commands of that name
            List<Integer> ids = new ArrayList<>();
            for (int id : store.ids()) {
                XmlNode record = store.get(id).orElseThrow();
                String name = record.textAt("general/command") != null ? record.textAt("general/command")
                        : record.textAt("command");
                if (rest.get(1).equalsIgnoreCase(name)) {
                    ids.add(id);
                }
            }
            return SimResponse.xml(200, list(resource, ids.stream().map(id -> store.get(id).orElseThrow()).toList()));
        }
        String key = call.key().equals("name") ? "command" : call.key();
        List<Integer> ids = new ArrayList<>();
        for (int id : store.ids()) {
            XmlNode record = store.get(id).orElseThrow();
            String name = record.textAt("general/command") != null ? record.textAt("general/command")
                    : record.textAt("command");
            if (key.equals("command") ? call.value().equalsIgnoreCase(nullToEmpty(name))
                    : ClassicStore.matches(record, key.toLowerCase(Locale.ROOT), call.value())
                    || (key.equals("id") && call.value().equals(Integer.toString(id)))) {
                ids.add(id);
            }
        }
        if (multi(resource, call.key())) {
            return SimResponse.xml(200, fullList(resource, store, ids));
        }
        return ids.isEmpty() ? notFound() : SimResponse.xml(200, store.get(ids.get(0)).orElseThrow().toXml());
    }

    // ------------------------------------------------------------------ uploads and reports

    /**
     * A report rather than a store of records ({@code computerapplications/application/{name}},
     * {@code patchreports/patchsoftwaretitleid/{id}}): no list and no {@code id} lookup of its own.
     */
    private static boolean report(ClassicModel.Resource resource) {
        return resource.match(List.of()) == null && resource.match(List.of("id", "1")) == null;
    }

    /** A report: what it answered before for this path, else Jamf's example for the path's pattern. */
    private SimResponse reportCall(Call call) {
        ClassicModel.Resource resource = call.resource();
        if (!call.method().equals("GET")) {
            return methodNotAllowed();
        }
        String example = resource.example("GET", call.template().examplePattern());
        if (example == null) {
            example = seedRecord(resource).toXml();
        }
        ClassicStore store = stores.computeIfAbsent(resource.name() + "/" + String.join("/", call.rest()),
                n -> new ClassicStore(resource.name(), new XmlNode("report")));
        if (store.size() == 0) {
            store.add(XmlNode.parse(example), false);
        }
        return SimResponse.xml(200, store.all().get(0).toXml());
    }

    private SimResponse upload(List<String> rest) {
        if (rest.size() != 3) {
            return notFound();
        }
        String target = rest.get(0);
        boolean exists;
        if (target.equals("computers")) {
            exists = !computers.find(rest.get(1), rest.get(2)).isEmpty();
        } else {
            ClassicModel.Resource resource = model.resource(target);
            exists = resource != null && !store(resource).find(rest.get(1), rest.get(2)).isEmpty();
        }
        return exists ? SimResponse.xml(201, "") : notFound();
    }

    /** A report about one device: found by the device's own lookups, made from Jamf's example. */
    private SimResponse deviceReport(Call call) {
        ClassicModel.Resource resource = call.resource();
        String device = DEVICE_REPORTS.get(resource.name());
        Map<String, String> identity;
        if (device.equals("computers")) {
            List<SimulatedComputer> found = computers.find(call.key(), call.value());
            if (found.isEmpty()) {
                return notFound();
            }
            SimulatedComputer c = found.get(0);
            identity = Map.of("id", Integer.toString(c.id()), "name", c.name(), "udid", c.udid(), "serial",
                    c.serialNumber(), "mac", c.macAddress());
        } else {
            ClassicStore mobiles = store(model.resource("mobiledevices"));
            List<Integer> ids = mobiles.find(call.key(), call.value());
            if (ids.isEmpty()) {
                return notFound();
            }
            XmlNode m = mobiles.get(ids.get(0)).orElseThrow();
            identity = Map.of("id", Integer.toString(ids.get(0)), "name", nullToEmpty(firstText(m, "name")), "udid",
                    nullToEmpty(firstText(m, "udid")), "serial", nullToEmpty(firstText(m, "serialnumber")), "mac",
                    nullToEmpty(firstText(m, "macaddress")));
        }
        ClassicStore store = stores.computeIfAbsent(resource.name(), n -> new ClassicStore(n, seedRecord(resource)));
        int id = Integer.parseInt(identity.get("id"));
        if (store.get(id).isEmpty()) {
            XmlNode record = seedRecord(resource);
            XmlNode general = record.child("general") != null ? record.child("general") : record;
            for (Map.Entry<String, String> e : IDENTITY.entrySet()) {
                if (general.child(e.getKey()) != null) {
                    general.set(e.getKey(), identity.get(e.getValue()));
                }
            }
            general.set("id", identity.get("id"));
            store.add(record, true);
        }
        return SimResponse.xml(200, subset(store.get(id).orElseThrow(), call.subsets()).toXml());
    }

    // ------------------------------------------------------------------ stores and seeds

    /** The store of a resource, seeded on first use. */
    ClassicStore store(ClassicModel.Resource resource) {
        return stores.computeIfAbsent(resource.name(), name -> seeded(resource));
    }

    /**
     * The store of a resource by name; {@code accounts/users} and {@code accounts/groups} are the two of
     * {@code accounts}.
     */
    ClassicStore storeNamed(String name) {
        ClassicModel.Resource accounts = model.resource("accounts");
        if (accounts != null && name.equals("accounts/users")) {
            return store(name, () -> accountSeed(accounts, "userid", "account"));
        }
        if (accounts != null && name.equals("accounts/groups")) {
            return store(name, () -> accountSeed(accounts, "groupid", "group"));
        }
        ClassicModel.Resource resource = model.resource(name);
        if (resource == null || name.equals("accounts")) {
            throw new IllegalArgumentException("the Classic API has no resource " + name
                    + (name.equals("accounts") ? " store: use accounts/users or accounts/groups" : ""));
        }
        if (report(resource) || List.of("commandflush", "logflush", "fileuploads").contains(name)) {
            throw new IllegalArgumentException(name + " keeps no records: it is "
                    + (report(resource) ? "a report answered from Jamf's example" : "an action"));
        }
        return DEVICE_REPORTS.containsKey(name)
                ? stores.computeIfAbsent(name, n -> new ClassicStore(n, seedRecord(resource)))
                : store(resource);
    }

    /**
     * The Classic path that reads record {@code id} of a store ({@code buildings/id/7},
     * {@code accounts/userid/3}, {@code activationcode} for a settings resource,
     * {@code computercommands/uuid/...} for commands).
     */
    String readPath(String storeName, int id) {
        if (storeName.startsWith("accounts/")) {
            return "accounts/" + (storeName.endsWith("users") ? "userid/" : "groupid/") + id;
        }
        ClassicModel.Resource resource = model.resource(storeName);
        if (singleton(resource)) {
            return storeName;
        }
        if (resource.match(List.of("id", Integer.toString(id))) != null) {
            return storeName + "/id/" + id;
        }
        XmlNode record = storeNamed(storeName).get(id).orElseThrow(() -> new IllegalArgumentException(
                storeName + " has no record " + id));
        for (String key : resource.lookupKeys()) {
            String value = ClassicStore.lookupValue(record, key);
            ClassicModel.Template read = value == null ? null : resource.match(List.of(key, value));
            if (read != null && read.methods().contains("GET") && !multi(resource, key)) {
                return storeName + "/" + key + "/" + value;
            }
        }
        throw new IllegalArgumentException(storeName + " record " + id + " has no path of its own");
    }

    private ClassicStore store(String key, Supplier<XmlNode> seedRecord) {
        return stores.computeIfAbsent(key, k -> {
            XmlNode template = seedRecord.get();
            ClassicStore store = new ClassicStore(k, template);
            for (int i = 1; i <= recordsPerStore; i++) {
                store.add(numbered(template, i), false);
            }
            return store;
        });
    }

    private ClassicStore seeded(ClassicModel.Resource resource) {
        XmlNode template = seedRecord(resource);
        ClassicStore store = new ClassicStore(resource.name(), template);
        if (singleton(resource)) {
            store.add(template, false);
            return store;
        }
        int count = recordsPerStore;
        boolean commands = resource.name().endsWith("commands");
        for (int i = 1; i <= count; i++) {
            XmlNode record = numbered(template, i);
            if (commands) { // Jamf finds a command by its UUID
                record.set(record.at("general") != null ? "general/uuid" : "uuid", UUID.nameUUIDFromBytes(
                        (resource.name() + "/" + seed + "/" + i).getBytes(StandardCharsets.UTF_8)).toString());
            }
            store.add(record, false);
        }
        return store;
    }

    /** The record a resource's store starts from: Jamf's example of a read, else one made from the document. */
    XmlNode seedRecord(ClassicModel.Resource resource) {
        String example = resource.example("GET", "id/:");
        if (example == null) {
            for (Map.Entry<String, String> e : resource.examples().entrySet()) {
                if (e.getKey().startsWith("GET ") && e.getKey().length() > 4 && !e.getKey().contains("subset")) {
                    XmlNode candidate = XmlNode.parse(e.getValue());
                    if (!candidate.name().equals(resource.listElement())) {
                        return candidate;
                    }
                }
            }
        }
        if (example == null && resource.generatedRecord() != null) {
            example = resource.generatedRecord();
        }
        if (example == null && singleton(resource)) {
            example = resource.example("GET", "");
        }
        if (example != null) {
            return XmlNode.parse(example);
        }
        String list = resource.example("GET", "");
        if (list != null) { // no record example: the first item of Jamf's example list
            for (XmlNode item : XmlNode.parse(list).children()) {
                if (!item.name().equals("size") && !item.isLeaf()) {
                    return item;
                }
            }
        }
        String root = resource.itemElement() != null ? resource.itemElement()
                : resource.name().endsWith("s") ? resource.name().substring(0, resource.name().length() - 1) : resource.name();
        return new XmlNode(root).add(new XmlNode("id", "1")).add(new XmlNode("name", JsonSampler.humanize(root) + " 1"));
    }

    /** Record {@code i} of a store: the template with its id, and a name of its own. */
    private static XmlNode numbered(XmlNode template, int i) {
        XmlNode record = template.copy();
        record.set(ClassicStore.idPath(record), Integer.toString(i));
        String namePath = ClassicStore.namePath(record);
        if (namePath != null) {
            String original = record.textAt(namePath);
            String unique = original.isEmpty() ? JsonSampler.humanize(record.name()) + " " + i
                    : i == 1 ? original : original + " " + i;
            record.set(namePath, unique);
        }
        return record;
    }

    // ------------------------------------------------------------------ rendering

    private static boolean singleton(ClassicModel.Resource resource) {
        for (ClassicModel.Template t : resource.templates()) {
            if (t.segments().isEmpty() && t.methods().contains("PUT")) {
                return true;
            }
        }
        return resource.listElement() == null && resource.templates().stream().noneMatch(t -> !t.segments().isEmpty())
                && resource.templates().stream().anyMatch(t -> t.methods().contains("GET"));
    }

    /** Whether Jamf answers this lookup with a list (its example is the list element); worked out once. */
    private boolean multi(ClassicModel.Resource resource, String key) {
        return multiLookups.computeIfAbsent(resource.name() + "/" + key, k -> {
            if (resource.listElement() == null) {
                return false;
            }
            String example = resource.example("GET", key + "/:");
            return example != null && XmlNode.parse(example).name().equals(resource.listElement());
        });
    }

    private final Map<String, Boolean> multiLookups = new ConcurrentHashMap<>();

    /** A list's item element and the fields its items show, from Jamf's example list. */
    private record ListShape(String itemElement, List<String> fields) {
    }

    private final Map<String, ListShape> listShapes = new ConcurrentHashMap<>();

    private ListShape listShape(ClassicModel.Resource resource) {
        return listShapes.computeIfAbsent(resource.name(), name -> {
            String itemElement = resource.itemElement();
            List<String> fields = List.of("id", "name");
            String example = resource.example("GET", "");
            if (example != null) {
                for (XmlNode item : XmlNode.parse(example).children()) {
                    if (!item.name().equals("size")) {
                        itemElement = itemElement != null ? itemElement : item.name();
                        if (!item.isLeaf()) {
                            fields = item.children().stream().map(XmlNode::name).distinct().toList();
                        }
                        break;
                    }
                }
            }
            return new ListShape(itemElement, fields);
        });
    }

    /** {@code <buildings><size>n</size><building><id/><name/></building>...}, with the fields Jamf's list shows. */
    private String list(ClassicModel.Resource resource, List<XmlNode> records) {
        String listElement = resource.listElement() != null ? resource.listElement() : resource.name();
        ListShape shape = listShape(resource);
        String itemElement = shape.itemElement() != null ? shape.itemElement()
                : records.isEmpty() ? "item" : records.get(0).name();
        XmlNode out = new XmlNode(listElement).add(new XmlNode("size", Integer.toString(records.size())));
        for (XmlNode record : records) {
            XmlNode item = new XmlNode(itemElement);
            for (String field : shape.fields()) {
                XmlNode value = record.child(field) != null ? record.child(field)
                        : record.at(ClassicStore.identitySection(record) + field) != null
                        ? record.at(ClassicStore.identitySection(record) + field)
                        : record.child("general") != null ? record.child("general").child(field) : null;
                item.add(value != null ? value.copy() : new XmlNode(field, ""));
            }
            out.add(item);
        }
        return out.toXml();
    }

    /** A lookup Jamf answers with a list of whole records ({@code users/email/{email}}). */
    private static String fullList(ClassicModel.Resource resource, ClassicStore store, List<Integer> ids) {
        XmlNode out = new XmlNode(resource.listElement()).add(new XmlNode("size", Integer.toString(ids.size())));
        for (int id : ids) {
            store.get(id).ifPresent(out::add);
        }
        return out.toXml();
    }

    /** Only the top-level sections named ({@code General&Location}); all of them when none is. */
    static XmlNode subset(XmlNode record, List<String> subsets) {
        if (subsets == null || subsets.isEmpty()) {
            return record;
        }
        XmlNode out = new XmlNode(record.name());
        for (XmlNode section : record.children()) {
            for (String subset : subsets) {
                if (XmlNode.sameName(subset.trim(), section.name())) {
                    out.add(section.copy());
                    break;
                }
            }
        }
        return out;
    }

    static String idOnly(String root, int id) {
        return new XmlNode(root).add(new XmlNode("id", Integer.toString(id))).toXml();
    }

    /** Whether another record than {@code id} has the name {@code body} sets (Jamf's names are unique). */
    private static boolean duplicateName(ClassicStore store, XmlNode body, int id) {
        String path = ClassicStore.namePath(body);
        String name = path == null ? null : body.textAt(path);
        if (name == null || name.isEmpty() || !SharedKinds.uniqueNames(store.resource())) {
            return false;
        }
        for (int other : store.ids()) {
            if (other != id && store.get(other).map(r -> name.equalsIgnoreCase(
                    ClassicStore.namePath(r) == null ? null : r.textAt(ClassicStore.namePath(r)))).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
