package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The computer inventory of the Pro API, every version the document has ({@code /v1} to {@code /v4}
 * in 11.30.1), over the one simulated fleet: {@code GET .../computers-inventory} (paged, filtered,
 * sorted, by section), {@code POST} (a new computer), {@code GET/DELETE .../computers-inventory/{id}},
 * {@code GET/PATCH .../computers-inventory-detail/{id}}. Each version shows the same computers in its
 * own schema.
 */
final class InventoryRoutes {
    private static final Pattern LIST = Pattern.compile("/v\\d+/computers-inventory");
    private static final Pattern RECORD = Pattern.compile("/v\\d+/computers-inventory/\\{[^}]+}");
    private static final Pattern DETAIL = Pattern.compile("/v\\d+/computers-inventory-detail/\\{[^}]+}");
    /** Templates below a computer ({@code /v4/computers-inventory/{id}/attachments}) answer for existing ones only. */
    static final Pattern BELOW_RECORD = Pattern.compile("/v\\d+/computers?-inventory(-detail)?/\\{[^}]+}");

    private final ProApiModel model;
    private final ProEngine engine;
    private final Fleet fleet;
    private final Directory directory;
    private final java.util.function.IntSupplier maxPageSize;
    private final long seed;
    private final Clock clock;

    InventoryRoutes(ProApiModel model, ProEngine engine, Fleet fleet, Directory directory,
                    java.util.function.IntSupplier maxPageSize, long seed, Clock clock) {
        this.model = model;
        this.engine = engine;
        this.fleet = fleet;
        this.directory = directory;
        this.maxPageSize = maxPageSize;
        this.seed = seed;
        this.clock = clock;
    }

    /** Whether a template addresses computers of the fleet by id (for the engine's 404 on missing ones). */
    static boolean addressesComputer(String itemTemplate) {
        return BELOW_RECORD.matcher(itemTemplate).matches();
    }

    /** The answer for a computer inventory path; null when {@code apiSegments} is not one. */
    SimResponse handle(SimRequest request, List<String> apiSegments) {
        ProApiModel.Match match = model.match(apiSegments);
        if (match == null) {
            return null;
        }
        String template = match.template();
        boolean list = LIST.matcher(template).matches();
        boolean record = RECORD.matcher(template).matches();
        boolean detail = DETAIL.matcher(template).matches();
        if (!list && !record && !detail) {
            return null;
        }
        ProApiModel.Operation op = match.operations().get(request.method());
        if (op == null) {
            return null; // the engine answers 405 with the allowed methods
        }
        String id = list ? null : match.pathParams().values().iterator().next();
        return switch (request.method()) {
            case "GET" -> list ? page(request, op) : read(request, op, id, detail);
            case "POST" -> list ? create(request, op, template) : null;
            case "DELETE" -> record ? delete(op, id) : null;
            case "PATCH" -> detail ? patch(request, op, id) : null;
            default -> null;
        };
    }

    // ------------------------------------------------------------------ reads

    private SimResponse page(SimRequest request, ProApiModel.Operation op) {
        Paging paging;
        try {
            paging = Paging.of(request, maxPageSize.getAsInt());
        } catch (InventoryQuery.InvalidQueryException e) {
            return JamfRoutes.proError(400, e.code(), e.field(), e.getMessage());
        }
        Set<InventoryJson.Section> sections;
        try {
            sections = sections(request, op);
        } catch (IllegalArgumentException e) {
            return JamfRoutes.proError(400, "INVALID_FIELD", "section", e.getMessage());
        }
        List<String> sortValues = request.params("sort");
        String sort = sortValues.isEmpty() || String.join(",", sortValues).isBlank()
                ? InventoryQuery.DEFAULT_SORT : String.join(",", sortValues);
        String filter = request.param("filter");
        if (filter != null && filter.isBlank()) {
            filter = null;
        }
        List<SimulatedComputer> view;
        try {
            Predicate<SimulatedComputer> predicate = filter == null ? null : InventoryQuery.filter(filter);
            Comparator<SimulatedComputer> comparator = InventoryQuery.sort(sort);
            view = fleet.view(filter, predicate, sort, comparator);
        } catch (InventoryQuery.InvalidQueryException e) {
            return JamfRoutes.proError(400, e.code(), e.field(), e.getMessage());
        }
        JsonObject itemSchema = model.schemas().pagedItem(op.jsonResponse());
        long from = paging.from();
        List<SimulatedComputer> results = from >= view.size() ? List.of()
                : view.subList((int) from, (int) Math.min(view.size(), from + paging.size()));
        List<byte[]> encoded = new ArrayList<>(results.size());
        for (SimulatedComputer c : results) {
            encoded.add(encode(c, sections, itemSchema, op));
        }
        return SimResponse.json(op.status, InventoryJson.page(view.size(), encoded));
    }

    private SimResponse read(SimRequest request, ProApiModel.Operation op, String id, boolean allSections) {
        Set<InventoryJson.Section> sections;
        try {
            sections = allSections ? InventoryJson.allSections() : sections(request, op);
        } catch (IllegalArgumentException e) {
            return JamfRoutes.proError(400, "INVALID_FIELD", "section", e.getMessage());
        }
        Optional<SimulatedComputer> computer = computer(id);
        if (computer.isEmpty()) {
            return notFound(id);
        }
        return SimResponse.json(op.status, encode(computer.get(), sections, op.jsonResponse(), op));
    }

    private byte[] encode(SimulatedComputer c, Set<InventoryJson.Section> sections, JsonObject schema,
                          ProApiModel.Operation op) {
        String schemaName = Schemas.refName(schema) != null ? Schemas.refName(schema) : op.display();
        // The fleet's record has every field of every version: a version shows the ones its schema declares.
        // What a client wrote may not fit the read schema (a create request's mdmCapable is a boolean, the
        // record's an object): a computer with stored changes is shown through the full projection.
        if (c.changes() != null) {
            return InventoryJson.encoded(c, sections, schemaName, all -> engine.showAs(all, schema, "/computers/" + c.id()));
        }
        Map<String, Object> declared = model.schemas().declaredTree(schema);
        return InventoryJson.encoded(c, sections, schemaName, all -> Schemas.prune(all, declared));
    }

    // ------------------------------------------------------------------ writes

    private SimResponse create(SimRequest request, ProApiModel.Operation op, String template) {
        JsonObject body = bodyObject(request);
        if (body == null) {
            return badBody(request);
        }
        JsonObject general = body.has("general") && body.get("general").isJsonObject()
                ? body.getAsJsonObject("general") : new JsonObject();
        String name = text(general, "name");
        if (name == null || name.isBlank()) {
            return JamfRoutes.proError(400, "INVALID_FIELD", "general.name", "general.name is required");
        }
        SimulatedComputer added = fleet.add(id -> ComputerChanges.apply(FleetSeeder.one(id, seed).toBuilder(), body,
                directory).build());
        JsonObject answer = new JsonObject();
        answer.addProperty("id", Integer.toString(added.id()));
        answer.addProperty("href", "/api" + template.replaceAll("\\{.*", "") + "/" + added.id());
        JsonObject schema = op.jsonResponse();
        JsonElement shown = schema == null ? answer : engine.showAs(answer, schema, "/computers/" + added.id());
        return SimResponse.json(op.status, shown.toString());
    }

    private SimResponse patch(SimRequest request, ProApiModel.Operation op, String id) {
        JsonObject body = bodyObject(request);
        if (body == null) {
            return badBody(request);
        }
        Optional<SimulatedComputer> computer = computer(id);
        if (computer.isEmpty()) {
            return notFound(id);
        }
        JsonObject general = body.has("general") && body.get("general").isJsonObject() ? body.getAsJsonObject("general") : null;
        if (general != null && general.has("name") && (text(general, "name") == null || text(general, "name").isBlank())) {
            return JamfRoutes.proError(400, "INVALID_FIELD", "general.name", "general.name must not be empty");
        }
        Optional<SimulatedComputer> updated = fleet.update(computer.get().id(),
                c -> ComputerChanges.apply(c.toBuilder(), body, directory).build(), FleetEvent.Type.COMPUTER_CHANGED);
        if (updated.isEmpty()) {
            return notFound(id);
        }
        if (op.jsonResponse() == null) { // v2 and later answer 204 without a body
            return SimResponse.of(op.status, null, new byte[0]);
        }
        return SimResponse.json(op.status, encode(updated.get(), InventoryJson.allSections(), op.jsonResponse(), op));
    }

    private SimResponse delete(ProApiModel.Operation op, String id) {
        Optional<SimulatedComputer> computer = computer(id);
        if (computer.isEmpty() || !fleet.delete(computer.get().id())) {
            return notFound(id);
        }
        return SimResponse.of(op.status, null, new byte[0]);
    }

    // ------------------------------------------------------------------ helpers

    private Optional<SimulatedComputer> computer(String id) {
        try {
            return fleet.byId(Integer.parseInt(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static SimResponse notFound(String id) {
        return JamfRoutes.proError(404, "NOT_FOUND", "id", "Computer with id " + id + " not found");
    }

    /** The body as a JSON object, or null when it is missing, not JSON or not an object ({@link #badBody}). */
    private static JsonObject bodyObject(SimRequest request) {
        try {
            JsonElement body = JsonParser.parseString(new String(request.body(), StandardCharsets.UTF_8));
            return body.isJsonObject() ? body.getAsJsonObject() : null;
        } catch (JsonSyntaxException e) {
            return null;
        }
    }

    private static SimResponse badBody(SimRequest request) {
        return JamfRoutes.proError(400, "INVALID_JSON", null, request.body().length == 0 ? "A request body is required"
                : "The request body must be a JSON object");
    }

    static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    /** The sections asked for; the ones the operation declares (its {@code section} enum) are allowed. */
    private Set<InventoryJson.Section> sections(SimRequest request, ProApiModel.Operation op) {
        List<String> values = request.params("section");
        if (values.isEmpty()) {
            return EnumSet.of(InventoryJson.Section.GENERAL);
        }
        ProApiModel.Param param = op.query("section");
        com.google.gson.JsonArray declared = param == null ? null
                : model.schemas().enumValues(model.schemas().items(param.schema()));
        Set<InventoryJson.Section> sections = EnumSet.noneOf(InventoryJson.Section.class);
        for (String value : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                String upper = name.trim().toUpperCase(Locale.ROOT);
                InventoryJson.Section section = InventoryJson.Section.of(upper);
                if (section == null || (declared != null && !declared.contains(new com.google.gson.JsonPrimitive(upper)))) {
                    throw new IllegalArgumentException("Unknown section [" + name + "]. Allowed: "
                            + (declared != null ? declared : List.of(InventoryJson.Section.values())));
                }
                sections.add(section);
            }
        }
        return sections.isEmpty() ? EnumSet.of(InventoryJson.Section.GENERAL) : sections;
    }

}
