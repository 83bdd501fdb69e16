package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Answers every operation of the Pro API document the simulator was built with. What a path is
 * decides how it behaves:
 *
 * <ul>
 *   <li>a <b>collection</b> ({@code /v1/buildings}: listed, created into, or with {@code /{id}} paths)
 *       is a {@link RecordCollection}: {@code GET} lists it (paged, filtered and sorted where the
 *       operation takes {@code page}, {@code filter} and {@code sort}), {@code POST} creates,
 *       {@code GET/PUT/PATCH/DELETE .../{id}} read, replace, merge-patch and delete, an unknown id is a
 *       404; {@code .../delete-multiple} deletes the ids it names; paths below {@code .../{id}/} answer
 *       only for an existing record;</li>
 *   <li>a <b>settings</b> path ({@code GET} with {@code PUT} or {@code PATCH}, such as
 *       {@code /v1/cache-settings}) keeps what was written;</li>
 *   <li>anything else answers a value of its declared answer schema, the same for the same path.</li>
 * </ul>
 *
 * Records are generated from the schemas ({@link JsonSampler}), seeded (the same seed, the same
 * records) and shown in the shape each operation declares ({@link Projection}).
 */
final class ProEngine {
    /** What a path template is. */
    enum Role {
        COLLECTION, ITEM, SETTINGS, DELETE_MULTIPLE, OTHER
    }

    /** How a collection's {@code GET} lists it. */
    enum ListKind {
        PAGED, ARRAY, NONE
    }

    /** A collection template and what the document says of it. */
    record CollectionInfo(String template, boolean finite, JsonObject recordSchema, ListKind listKind,
                          JsonObject itemSchema, String keyProperty, boolean integerKey, String noun) {
    }

    private static final String DETAIL = "detail";

    private final ProApiModel model;
    private final Schemas schemas;
    private final JsonSampler sampler;
    private final Projection projection;
    private final long seed;
    private final int recordsPerCollection;
    private final java.util.function.IntSupplier maxPageSize;
    private final Map<String, Role> roles;
    private final Map<String, CollectionInfo> collectionsByTemplate;
    /** Item or detail template → its collection template. */
    private final Map<String, String> itemOf;
    private final Map<String, RecordCollection> collections = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> settings = new ConcurrentHashMap<>();
    private final Map<String, List<JsonObject>> seedOverlays;
    /** Collections kept outside this engine (the computer fleet): template → does this key exist. */
    private final Map<String, Predicate<String>> external;

    ProEngine(ProApiModel model, long seed, int recordsPerCollection, java.util.function.IntSupplier maxPageSize,
              Map<String, List<JsonObject>> seedOverlays, Map<String, Predicate<String>> external) {
        this.model = model;
        this.schemas = model.schemas();
        this.sampler = new JsonSampler(schemas);
        this.projection = new Projection(schemas, sampler);
        this.seed = seed;
        this.recordsPerCollection = recordsPerCollection;
        this.maxPageSize = maxPageSize;
        this.seedOverlays = seedOverlays;
        this.external = external;
        Shape shape = model.memo(Shape.class, () -> Shape.of(model));
        this.roles = shape.roles();
        this.collectionsByTemplate = shape.collections();
        this.itemOf = shape.itemOf();
    }

    // ------------------------------------------------------------------ what each template is

    /** What each template of a document is; worked out once per document (it depends on nothing else). */
    record Shape(Map<String, Role> roles, Map<String, CollectionInfo> collections, Map<String, String> itemOf) {
        static Shape of(ProApiModel model) {
            Schemas schemas = model.schemas();
            Map<String, List<String>> segmentsOf = new HashMap<>();
            Map<String, List<String>> paramChildren = new HashMap<>(); // C -> templates C/{x}
            Map<String, List<String>> detailChildren = new HashMap<>(); // C -> templates C/{x}/detail
            for (String template : model.templates()) {
                List<String> segments = ProApiModel.split(template);
                segmentsOf.put(template, segments);
                int n = segments.size();
                if (n >= 1 && ProApiModel.isParam(segments.get(n - 1))) {
                    paramChildren.computeIfAbsent(join(segments.subList(0, n - 1)), k -> new ArrayList<>()).add(template);
                }
                if (n >= 2 && segments.get(n - 1).equals(DETAIL) && ProApiModel.isParam(segments.get(n - 2))) {
                    detailChildren.computeIfAbsent(join(segments.subList(0, n - 2)), k -> new ArrayList<>()).add(template);
                }
            }
            Map<String, Role> roles = new HashMap<>();
            Map<String, CollectionInfo> collections = new HashMap<>();
            Map<String, String> itemOf = new HashMap<>();
            for (String template : model.templates()) {
                Map<String, ProApiModel.Operation> ops = model.operations(template);
                boolean listed = ops.containsKey("GET") && listKind(schemas, ops.get("GET")) != ListKind.NONE;
                boolean hasItems = paramChildren.getOrDefault(template, List.of()).stream()
                        .anyMatch(child -> addressesRecord(model.operations(child)));
                if (listed || hasItems) {
                    collections.put(template, collectionInfo(model, template, listed || ops.containsKey("POST"),
                            paramChildren.getOrDefault(template, List.of()), detailChildren.getOrDefault(template, List.of())));
                    roles.put(template, Role.COLLECTION);
                }
            }
            for (String template : model.templates()) {
                if (roles.containsKey(template)) {
                    continue;
                }
                List<String> segments = segmentsOf.get(template);
                int n = segments.size();
                String last = n == 0 ? "" : segments.get(n - 1);
                String parent = join(segments.subList(0, Math.max(0, n - 1)));
                Map<String, ProApiModel.Operation> ops = model.operations(template);
                if (ProApiModel.isParam(last) && collections.containsKey(parent)) {
                    roles.put(template, Role.ITEM);
                    itemOf.put(template, parent);
                } else if (last.equals(DETAIL) && n >= 3 && ProApiModel.isParam(segments.get(n - 2))
                        && collections.containsKey(join(segments.subList(0, n - 2)))) {
                    roles.put(template, Role.ITEM); // /v2/mobile-devices/{id}/detail: the record in its detail shape
                    itemOf.put(template, join(segments.subList(0, n - 2)));
                } else if (last.equals("delete-multiple") && collections.containsKey(parent) && ops.containsKey("POST")) {
                    roles.put(template, Role.DELETE_MULTIPLE);
                } else if (ops.containsKey("GET") && (ops.containsKey("PUT") || ops.containsKey("PATCH"))
                        && ops.get("GET").jsonResponse() != null
                        && "object".equals(schemas.type(ops.get("GET").jsonResponse()))) {
                    roles.put(template, Role.SETTINGS);
                } else {
                    roles.put(template, Role.OTHER);
                }
            }
            return new Shape(Map.copyOf(roles), Map.copyOf(collections), Map.copyOf(itemOf));
        }

        private static String join(List<String> segments) {
            return "/" + String.join("/", segments);
        }
    }

    private static boolean addressesRecord(Map<String, ProApiModel.Operation> ops) {
        return ops.containsKey("GET") || ops.containsKey("PUT") || ops.containsKey("PATCH") || ops.containsKey("DELETE");
    }

    private static CollectionInfo collectionInfo(ProApiModel model, String template, boolean finite, List<String> items,
                                                 List<String> details) {
        Schemas schemas = model.schemas();
        Map<String, ProApiModel.Operation> ops = model.operations(template);
        ProApiModel.Operation list = ops.get("GET");
        ListKind listKind = list == null ? ListKind.NONE : listKind(schemas, list);
        JsonObject itemSchema = null;
        if (listKind == ListKind.PAGED) {
            itemSchema = schemas.pagedItem(list.jsonResponse());
        } else if (listKind == ListKind.ARRAY) {
            itemSchema = schemas.items(list.jsonResponse());
        }
        JsonObject recordSchema = null;
        String keyParam = null;
        // the richest shape first: the detail view of a record, then the record, then what writes send
        List<String> candidates = new ArrayList<>(details);
        for (String item : items) {
            candidates.add(item);
            List<String> o = ProApiModel.split(item);
            String last = o.get(o.size() - 1);
            keyParam = last.substring(1, last.length() - 1);
        }
        for (String candidate : candidates) {
            Map<String, ProApiModel.Operation> item = model.operations(candidate);
            for (String method : new String[] {"GET", "PUT", "PATCH"}) {
                ProApiModel.Operation op = item.get(method);
                JsonObject schema = op == null ? null : method.equals("GET") ? op.jsonResponse() : op.jsonRequest();
                if (recordSchema == null && schema != null && "object".equals(schemas.type(schema))) {
                    recordSchema = schema;
                }
            }
        }
        if (recordSchema == null && itemSchema != null && "object".equals(schemas.type(itemSchema))) {
            recordSchema = itemSchema;
        }
        if (recordSchema == null && ops.containsKey("POST") && ops.get("POST").jsonRequest() != null
                && "object".equals(schemas.type(ops.get("POST").jsonRequest()))) {
            recordSchema = ops.get("POST").jsonRequest();
        }
        if (recordSchema == null) {
            recordSchema = new JsonObject();
        }
        String keyProperty = null;
        boolean integerKey = false;
        if ("object".equals(schemas.type(recordSchema))) {
            Map<String, JsonObject> properties = schemas.object(recordSchema).properties();
            String first = properties.isEmpty() ? "" : properties.keySet().iterator().next();
            String chosen = keyParam != null && properties.containsKey(keyParam) ? keyParam
                    : properties.containsKey("id") ? "id"
                    : first.endsWith("Id") ? first : null; // StaticGroup's groupId
            if (chosen != null) {
                keyProperty = chosen;
                integerKey = "integer".equals(schemas.type(properties.get(chosen)));
            }
        }
        return new CollectionInfo(template, finite, recordSchema, listKind, itemSchema, keyProperty, integerKey,
                noun(template));
    }

    private static ListKind listKind(Schemas schemas, ProApiModel.Operation get) {
        JsonObject schema = get.jsonResponse();
        if (schema == null) {
            return ListKind.NONE;
        }
        JsonObject paged = schemas.pagedItem(schema);
        if (paged != null) {
            return "object".equals(schemas.type(paged)) ? ListKind.PAGED : ListKind.NONE;
        }
        return "array".equals(schemas.type(schema)) && "object".equals(schemas.type(schemas.items(schema)))
                ? ListKind.ARRAY : ListKind.NONE;
    }

    /** {@code /v2/computer-groups/static-groups} names its records "Static group". */
    static String noun(String template) {
        List<String> segments = ProApiModel.split(template);
        for (int i = segments.size() - 1; i >= 0; i--) {
            String s = segments.get(i);
            if (!ProApiModel.isParam(s) && !s.matches("v\\d+|preview|\\d+")) {
                return singular(JsonSampler.humanize(s));
            }
        }
        return "Item";
    }

    /** {@code Categories} becomes {@code Category}, {@code Addresses} {@code Address}, {@code Settings} {@code Setting}. */
    static String singular(String words) {
        if (words.endsWith("ies")) {
            return words.substring(0, words.length() - 3) + "y";
        }
        if (words.endsWith("sses")) {
            return words.substring(0, words.length() - 2);
        }
        return words.endsWith("s") && !words.endsWith("ss") ? words.substring(0, words.length() - 1) : words;
    }

    Role role(String template) {
        return roles.getOrDefault(template, Role.OTHER);
    }

    // ------------------------------------------------------------------ stores

    /** The store of a concrete collection path (its template and the values of its parameters). */
    RecordCollection collection(String template, String concretePath) {
        CollectionInfo info = collectionsByTemplate.get(template);
        if (info == null) {
            throw new IllegalArgumentException("not a collection of the document: " + template);
        }
        return collections.computeIfAbsent(concretePath, path -> {
            RecordCollection collection = new RecordCollection(path, info.finite(), info.keyProperty(), info.integerKey(),
                    key -> generateRecord(info, path, key));
            if (info.finite()) {
                List<JsonObject> overlays = seedOverlays.get(path);
                collection.seed(overlays != null ? overlays.size() : recordsPerCollection,
                        overlays != null ? overlays : List.of());
            }
            return collection;
        });
    }

    private JsonObject generateRecord(CollectionInfo info, String path, String key) {
        JsonElement record = sampler.generate(info.recordSchema(), JsonSampler.seed(seed, path, key),
                new JsonSampler.Naming(info.noun(), key));
        return record.isJsonObject() ? record.getAsJsonObject() : new JsonObject();
    }

    // ------------------------------------------------------------------ answering

    /**
     * Answers {@code request}; {@code apiSegments} is the decoded path after {@code /api}. Null when no
     * template of the document matches the path.
     */
    SimResponse handle(SimRequest request, List<String> apiSegments) {
        ProApiModel.Match match = model.match(apiSegments);
        if (match == null) {
            return null;
        }
        ProApiModel.Operation op = match.operations().get(request.method());
        if (op == null) {
            return JamfRoutes.proError(405, "METHOD_NOT_ALLOWED", null, "Method " + request.method()
                    + " is not allowed on " + match.template() + " (allowed: " + match.operations().keySet() + ")");
        }
        return new Exchange(request, apiSegments, match, op).answer();
    }

    /** One request being answered. */
    private final class Exchange {
        final SimRequest request;
        final List<String> segments;
        final ProApiModel.Match match;
        final ProApiModel.Operation op;
        final String concretePath;
        JsonElement body;

        Exchange(SimRequest request, List<String> segments, ProApiModel.Match match, ProApiModel.Operation op) {
            this.request = request;
            this.segments = segments;
            this.match = match;
            this.op = op;
            this.concretePath = "/" + String.join("/", segments);
        }

        SimResponse answer() {
            try {
                return answerChecked();
            } catch (SharedKinds.DuplicateName e) {
                // a record of a kind both APIs keep, given a name another of them has (through either API)
                return JamfRoutes.proError(400, "DUPLICATE_FIELD", "name", "duplicate name");
            }
        }

        private SimResponse answerChecked() {
            SimResponse invalid = validate();
            if (invalid != null) {
                return invalid;
            }
            SimResponse missing = checkParents();
            if (missing != null) {
                return missing;
            }
            String template = match.template();
            return switch (role(template)) {
                case COLLECTION -> collectionCall(template);
                case ITEM -> itemCall(template);
                case SETTINGS -> settingsCall();
                case DELETE_MULTIPLE -> deleteMultiple(template);
                case OTHER -> answerWith(null, null);
            };
        }

        // ---- validation, as Jamf answers a request it cannot take

        private SimResponse validate() {
            for (ProApiModel.Param p : op.parameters) {
                if (p.in().equals("path")) {
                    String value = match.pathParams().get(p.name());
                    String type = schemas.type(p.schema());
                    if (value != null && "integer".equals(type) && !value.matches("-?\\d{1,18}")) {
                        return JamfRoutes.proError(400, "INVALID_ID", p.name(), "Path parameter " + p.name()
                                + " must be an integer, got [" + value + "]");
                    }
                } else if (p.in().equals("query") && p.required() && request.params(p.name()).isEmpty()) {
                    return JamfRoutes.proError(400, "INVALID_FIELD", p.name(), "Query parameter " + p.name()
                            + " is required");
                }
            }
            byte[] raw = request.body();
            if (op.request.isEmpty()) {
                return null;
            }
            if (raw.length == 0) {
                return op.bodyRequired ? JamfRoutes.proError(400, "INVALID_FIELD", null, "A request body is required")
                        : null;
            }
            String contentType = request.header("Content-Type");
            String base = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            boolean declared = op.request.stream().anyMatch(m -> m.type().equals(base)
                    || (m.type().endsWith("/*") && base.startsWith(m.type().substring(0, m.type().length() - 1))));
            if (!declared) {
                return JamfRoutes.proError(415, "UNSUPPORTED_MEDIA_TYPE", null, "Content-Type [" + contentType
                        + "] is not one of " + op.request.stream().map(ProApiModel.Media::type).toList());
            }
            if (ProApiModel.isJson(base)) {
                try {
                    body = JsonParser.parseString(new String(raw, StandardCharsets.UTF_8));
                } catch (JsonSyntaxException e) {
                    return JamfRoutes.proError(400, "INVALID_JSON", null, "The request body is not JSON: "
                            + e.getMessage());
                }
                JsonObject schema = op.jsonRequest();
                if (schema != null && "object".equals(schemas.type(schema))) {
                    if (!body.isJsonObject()) {
                        return JamfRoutes.proError(400, "INVALID_JSON", null, "The request body must be a JSON object");
                    }
                    Schemas.ObjectShape shape = schemas.object(schema);
                    for (String required : shape.required()) {
                        JsonObject property = shape.properties().get(required);
                        if (!body.getAsJsonObject().has(required) && (property == null || !schemas.readOnly(property))) {
                            return JamfRoutes.proError(400, "INVALID_FIELD", required, required + " is required");
                        }
                    }
                } else if (schema != null && "array".equals(schemas.type(schema)) && !body.isJsonArray()) {
                    return JamfRoutes.proError(400, "INVALID_JSON", null, "The request body must be a JSON array");
                }
            }
            return null;
        }

        /** A 404 when a record this path lies below does not exist ({@code /v1/buildings/9/history}). */
        private SimResponse checkParents() {
            List<String> t = ProApiModel.split(match.template());
            // the template's own last parameter is checked by the item call; every earlier one here
            int limit = role(match.template()) == Role.ITEM ? lastParamIndex(t) : t.size();
            for (int i = 1; i < limit; i++) {
                if (!ProApiModel.isParam(t.get(i))) {
                    continue;
                }
                String collectionTemplate = "/" + String.join("/", t.subList(0, i));
                String key = segments.get(i);
                String itemTemplate = "/" + String.join("/", t.subList(0, i + 1));
                if (!itemOf.containsKey(itemTemplate) && !external.containsKey(itemTemplate)) {
                    continue; // a parameter that is not a record's key ({type} of /v1/notifications/{type}/{id})
                }
                Predicate<String> outside = external.get(itemTemplate);
                if (outside != null) {
                    if (!outside.test(key)) {
                        return notFound(key);
                    }
                    continue;
                }
                CollectionInfo info = collectionsByTemplate.get(collectionTemplate);
                if (info != null && info.finite()
                        && !collection(collectionTemplate, "/" + String.join("/", segments.subList(0, i))).contains(key)) {
                    return notFound(key);
                }
            }
            return null;
        }

        private int lastParamIndex(List<String> t) {
            for (int i = t.size() - 1; i >= 0; i--) {
                if (ProApiModel.isParam(t.get(i))) {
                    return i;
                }
            }
            return t.size();
        }

        private SimResponse notFound(String key) {
            return JamfRoutes.proError(404, "NOT_FOUND", "id", "No record with id " + key + " at " + concretePath);
        }

        // ---- collections

        private SimResponse collectionCall(String template) {
            RecordCollection collection = collection(template, concretePath);
            CollectionInfo info = collectionsByTemplate.get(template);
            switch (op.method) {
                case "GET":
                    if (info.listKind() == ListKind.NONE) {
                        return answerWith(null, null);
                    }
                    return list(collection, info.itemSchema(), info.listKind(), template);
                case "POST": {
                    JsonObject created = collection.create(bodyObject());
                    JsonObject context = created.deepCopy();
                    String key = collection.keyProperty() != null && created.has(collection.keyProperty())
                            ? created.get(collection.keyProperty()).getAsString() : null;
                    if (key != null) {
                        context.addProperty("href", "/api" + concretePath + "/" + key);
                        if (!context.has("id")) {
                            context.addProperty("id", key);
                        }
                    }
                    return answerWith(context, key);
                }
                case "DELETE":
                    collection.clear();
                    return answerWith(null, null);
                default:
                    return answerWith(null, null);
            }
        }

        private SimResponse list(RecordCollection collection, JsonObject itemSchema, ListKind kind, String template) {
            List<String> sections = sections();
            Object viewKey = List.of(op.path, sections);
            List<JsonObject> items = collection.view(viewKey, record -> restrict(show(record, itemSchema, collection.path()),
                    itemSchema, sections));
            Predicate<JsonObject> filter = null;
            Comparator<JsonObject> order = null;
            try {
                String rsql = op.query("filter") == null ? null : request.param("filter");
                if (rsql != null && !rsql.isBlank()) {
                    filter = JsonQuery.filter(rsql, itemSchema, schemas);
                }
                String sort = op.query("sort") == null ? null : String.join(",", request.params("sort"));
                if (sort != null && !sort.isBlank()) {
                    order = JsonQuery.sort(sort, itemSchema, schemas);
                } else {
                    order = defaultOrder(itemSchema);
                }
            } catch (InventoryQuery.InvalidQueryException e) {
                return JamfRoutes.proError(400, e.code(), e.field(), e.getMessage());
            }
            List<JsonObject> view = new ArrayList<>(items.size());
            for (JsonObject item : items) {
                if (filter == null || filter.test(item)) {
                    view.add(item);
                }
            }
            if (order != null) {
                view.sort(order);
            }
            if (kind == ListKind.ARRAY) {
                JsonArray array = new JsonArray();
                view.forEach(array::add);
                return json(array);
            }
            Paging paging;
            try {
                paging = Paging.of(request, maxPageSize.getAsInt());
            } catch (InventoryQuery.InvalidQueryException e) {
                return JamfRoutes.proError(400, e.code(), e.field(), e.getMessage());
            }
            long from = paging.from();
            JsonArray results = new JsonArray();
            for (long i = from; i < Math.min(view.size(), from + paging.size()); i++) {
                results.add(view.get((int) i));
            }
            JsonObject envelope = new JsonObject();
            envelope.addProperty("totalCount", view.size());
            envelope.add("results", results);
            return json(envelope);
        }

        /** The order the document names as the default sort, where its fields exist; else the store's order. */
        private Comparator<JsonObject> defaultOrder(JsonObject itemSchema) {
            String sort = defaultSort();
            if (sort == null || sort.isBlank()) {
                return null;
            }
            try {
                return JsonQuery.sort(sort, itemSchema, schemas);
            } catch (InventoryQuery.InvalidQueryException e) {
                return null; // the document's default names a field its records lack ("ASC", "name.asc"...)
            }
        }

        private String defaultSort() {
            ProApiModel.Param sort = op.query("sort");
            if (sort == null) {
                return null;
            }
            JsonObject schema = schemas.resolve(sort.schema());
            if (!schema.has("default")) {
                return null;
            }
            JsonElement value = schema.get("default");
            if (value.isJsonArray()) {
                List<String> terms = new ArrayList<>();
                value.getAsJsonArray().forEach(e -> terms.add(e.getAsString()));
                return String.join(",", terms);
            }
            return value.isJsonPrimitive() ? value.getAsString() : null;
        }


        /** The {@code section} values asked for, upper case; empty when the operation has none. */
        private List<String> sections() {
            ProApiModel.Param param = op.query("section");
            if (param == null) {
                return List.of();
            }
            List<String> asked = new ArrayList<>();
            for (String value : request.params("section")) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        asked.add(part.trim().toUpperCase(Locale.ROOT));
                    }
                }
            }
            if (asked.isEmpty()) {
                JsonObject schema = schemas.resolve(param.schema());
                if (schema.has("default") && schema.get("default").isJsonArray()) {
                    schema.getAsJsonArray("default").forEach(e -> asked.add(e.getAsString()));
                }
            }
            return List.copyOf(asked);
        }

        /**
         * Leaves out the sections not asked for: a record property named after a section value
         * ({@code USER_AND_LOCATION} is {@code userAndLocation}) stays only when asked.
         */
        private JsonObject restrict(JsonObject shown, JsonObject schema, List<String> sections) {
            ProApiModel.Param param = op.query("section");
            if (param == null || sections.isEmpty()) {
                return shown;
            }
            JsonArray allowed = schemas.enumValues(schemas.items(param.schema()));
            if (allowed == null) {
                return shown;
            }
            JsonObject out = shown.deepCopy();
            for (JsonElement value : allowed) {
                String section = value.getAsString();
                String member = camel(section);
                if (out.has(member) && !sections.contains(section) && !sections.contains("ALL")) {
                    out.remove(member);
                }
            }
            return out;
        }

        // ---- one record

        private SimResponse itemCall(String template) {
            String collectionTemplate = itemOf.get(template);
            List<String> t = ProApiModel.split(template);
            int keyIndex = lastParamIndex(t);
            String key = segments.get(keyIndex);
            String collectionPath = "/" + String.join("/", segments.subList(0, keyIndex));
            RecordCollection collection = collection(collectionTemplate, collectionPath);
            Optional<JsonObject> record = collection.get(key);
            if (record.isEmpty() && !(op.method.equals("PUT") && !collection.finite())) {
                return notFound(key);
            }
            switch (op.method) {
                case "GET":
                    return answerWith(record.get(), key);
                case "PUT": {
                    JsonObject replacement = collection.replacement(key, bodyObject());
                    JsonObject updated = collection.update(key, old -> replacement).orElse(replacement);
                    return answerWith(updated, key);
                }
                case "PATCH": {
                    JsonObject patch = bodyObject();
                    JsonObject updated = collection.update(key, old -> JsonMerge.mergePatch(old, patch).getAsJsonObject())
                            .orElseThrow();
                    return answerWith(updated, key);
                }
                case "DELETE":
                    collection.delete(key);
                    return answerWith(record.get(), key);
                default:
                    return answerWith(record.get(), key);
            }
        }

        private SimResponse deleteMultiple(String template) {
            String collectionTemplate = template.substring(0, template.length() - "/delete-multiple".length());
            RecordCollection collection = collection(collectionTemplate,
                    concretePath.substring(0, concretePath.length() - "/delete-multiple".length()));
            JsonObject ids = bodyObject();
            if (ids.has("ids") && ids.get("ids").isJsonArray()) {
                for (JsonElement id : ids.getAsJsonArray("ids")) {
                    collection.delete(id.getAsString());
                }
            }
            return answerWith(null, null);
        }

        // ---- settings

        private SimResponse settingsCall() {
            ProApiModel.Operation get = model.operations(match.template()).get("GET");
            JsonObject schema = get.jsonResponse();
            switch (op.method) {
                case "GET":
                    return answerWith(currentSettings(schema), null);
                case "PUT": {
                    JsonObject replaced = JsonMerge.overlay(generated(schema, "settings"), bodyObject()).getAsJsonObject();
                    settings.put(concretePath, replaced);
                    return answerWith(replaced, null);
                }
                case "PATCH": {
                    JsonObject patched = JsonMerge.mergePatch(currentSettings(schema), bodyObject()).getAsJsonObject();
                    settings.put(concretePath, patched);
                    return answerWith(patched, null);
                }
                case "DELETE":
                    settings.remove(concretePath);
                    return answerWith(null, null);
                default:
                    return answerWith(currentSettings(schema), null);
            }
        }

        private JsonObject currentSettings(JsonObject schema) {
            return settings.computeIfAbsent(concretePath, p -> generated(schema, "settings"));
        }

        private JsonObject generated(JsonObject schema, String salt) {
            JsonElement value = sampler.generate(schema, JsonSampler.seed(seed, salt, concretePath),
                    new JsonSampler.Naming(noun(match.template()), lastKey()));
            return value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
        }

        private String lastKey() {
            List<String> t = ProApiModel.split(match.template());
            for (int i = t.size() - 1; i >= 0; i--) {
                if (ProApiModel.isParam(t.get(i))) {
                    return segments.get(i);
                }
            }
            return "1";
        }

        private JsonObject bodyObject() {
            return body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
        }

        // ---- the answer

        /**
         * The operation's answer: its status, and a body of its declared type; a JSON body shows
         * {@code context} (a record) when there is one, else a generated value.
         */
        private SimResponse answerWith(JsonObject context, String key) {
            ProApiModel.Media media = chooseMedia();
            if (media == null) {
                return SimResponse.of(op.status, null, new byte[0]);
            }
            if (ProApiModel.isJson(media.type())) {
                JsonElement value = context != null && "object".equals(schemas.type(media.schema()))
                        ? show(context, media.schema(), concretePath)
                        : sampler.generate(media.schema(), JsonSampler.seed(seed, op.method, concretePath, "answer"),
                        new JsonSampler.Naming(noun(match.template()), key != null ? key : lastKey()));
                return SimResponse.json(op.status, value.toString()).withContentType(media.type().equals("*/*")
                        ? "application/json;charset=UTF-8" : media.type() + ";charset=UTF-8");
            }
            return SampleFiles.answer(op.status, media.type(), concretePath);
        }

        private ProApiModel.Media chooseMedia() {
            if (op.response.isEmpty()) {
                return null;
            }
            String accept = request.header("Accept");
            if (accept != null) {
                for (String wanted : accept.split(",")) {
                    String type = wanted.split(";")[0].trim().toLowerCase(Locale.ROOT);
                    for (ProApiModel.Media m : op.response) {
                        if (m.type().equals(type) && !type.equals("*/*")) {
                            return m;
                        }
                    }
                }
            }
            for (ProApiModel.Media m : op.response) {
                if (ProApiModel.isJson(m.type())) {
                    return m;
                }
            }
            return op.response.get(0);
        }

        private SimResponse json(JsonElement value) {
            return SimResponse.json(op.status, value.toString());
        }
    }

    /** A record shown in one operation's shape. */
    private JsonObject show(JsonObject record, JsonObject schema, String path) {
        JsonElement shown = showAs(record, schema, path);
        return shown.isJsonObject() ? shown.getAsJsonObject() : new JsonObject();
    }

    /** {@code record} in the shape of {@code schema} ({@link Projection}); {@code path} seeds what must be made up. */
    JsonElement showAs(JsonObject record, JsonObject schema, String path) {
        String key = record.has("id") && record.get("id").isJsonPrimitive() ? record.get("id").getAsString() : "1";
        return projection.project(record, schema, JsonSampler.seed(seed, path, key, "shown"),
                new JsonSampler.Naming(noun(path), key));
    }

    /** {@code USER_AND_LOCATION} becomes {@code userAndLocation}. */
    static String camel(String section) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : section.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
