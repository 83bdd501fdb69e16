package dev.jamfpro.sdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods of {@code ClassicApi}, one per operation of the Classic swagger (operations that
 * differ only by a {@code /subset/{subset}} tail share one method). Names follow API.md section 5:
 * {@code listAll<Resources>()}, {@code get<Resource>By<Key>[And<Key>…]}, {@code create<Resource>}
 * ({@code POST …/id/0}, the new id), {@code update…}, {@code delete…}; the catalogue names the rest.
 */
final class ClassicOperations {
    private static final Pattern PARAM = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern RANGE = Pattern.compile("\\{([^{}]+)}_\\{([^{}]+)}");

    /** A parameter of a method: where it goes in the path and its Java type. */
    record Param(String name, String javaName, String kind) {
        String javaType(String subsetType) {
            return switch (kind) {
                case "int" -> "int";
                case "ids" -> "List<Integer>";
                case "date" -> "LocalDate";
                case "subsets" -> (subsetType == null ? "String" : subsetType) + "...";
                case "model" -> throw new IllegalStateException("model parameters carry their own type");
                default -> "String";
            };
        }
    }

    /** One swagger operation as it reaches the method. */
    record Operation(String httpMethod, String path, JsonNode swagger, JsonNode document) {
        String key() {
            return httpMethod + " " + path;
        }
    }

    /** A method of ClassicApi. */
    static final class Method {
        String name;
        String httpMethod;
        String resource;
        /** Path segments: literal text, or {name} of a parameter, or "{a}_{b}" for a date range; "0" for creates. */
        List<String> segments = new ArrayList<>();
        List<String> subsetSegments;
        List<Param> params = new ArrayList<>();
        String subsetType;
        String bodySchema;
        String returns;
        String returnKind;
        boolean upload;
        String beforeWrite;
        final List<Operation> operations = new ArrayList<>();
    }

    private final ClassicCatalogue catalogue;
    private final JsonNode documentPaths;
    private final ClassicModels models;
    private final Map<String, Method> methods = new LinkedHashMap<>();
    private final Map<String, List<Operation>> byResource = new LinkedHashMap<>();

    ClassicOperations(JsonNode swagger, JsonNode document, ClassicCatalogue catalogue, ClassicModels models) {
        this.catalogue = catalogue;
        this.models = models;
        this.documentPaths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> paths = swagger.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String verb = op.getKey().strip().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(verb)) {
                    continue;
                }
                Operation operation = new Operation(verb, path.getKey(), op.getValue(), documentOperation(verb, path.getKey()));
                byResource.computeIfAbsent(resourceOf(path.getKey()), k -> new ArrayList<>()).add(operation);
            }
        }
        byResource.forEach((resource, operations) -> operations.forEach(op -> add(resource, op)));
    }

    Map<String, Method> methods() {
        return methods;
    }

    Map<String, List<Operation>> operationsByResource() {
        return byResource;
    }

    static String resourceOf(String path) {
        return path.substring(1).split("/")[0];
    }

    /** The singular noun of a resource: the catalogue's, else its single schema's class without "Classic". */
    String noun(String resource) {
        JsonNode entry = catalogue.resource(resource);
        if (entry.has("noun")) {
            return entry.get("noun").asText();
        }
        String single = singleSchema(resource);
        if (single == null) {
            return ClassicNames.pascal(resource, catalogue.words());
        }
        ClassicModels.TypeRef type = models.component(single);
        return type == null ? ClassicNames.pascal(single) : simple(type.name()).substring("Classic".length());
    }

    String plural(String resource) {
        JsonNode entry = catalogue.resource(resource);
        if (entry.has("plural")) {
            return entry.get("plural").asText();
        }
        String list = listSchema(resource);
        return list != null ? ClassicNames.pascal(list) : noun(resource) + "s";
    }

    String singleSchema(String resource) {
        JsonNode entry = catalogue.resource(resource);
        if (entry.has("single")) {
            return entry.get("single").asText();
        }
        for (Operation op : byResource.getOrDefault(resource, List.of())) {
            String[] segments = op.path().substring(1).split("/");
            String returns = responseSchema(op);
            if (op.httpMethod().equals("GET") && returns != null && segments.length == 3 && !isList(returns)) {
                return returns;
            }
        }
        for (Operation op : byResource.getOrDefault(resource, List.of())) {
            String returns = responseSchema(op);
            if (op.httpMethod().equals("GET") && returns != null && !isList(returns)) {
                return returns;
            }
        }
        return null;
    }

    String listSchema(String resource) {
        JsonNode entry = catalogue.resource(resource);
        if (entry.has("list")) {
            return entry.get("list").asText();
        }
        for (Operation op : byResource.getOrDefault(resource, List.of())) {
            String returns = responseSchema(op);
            if (op.httpMethod().equals("GET") && op.path().equals("/" + resource) && returns != null && isList(returns)) {
                return returns;
            }
        }
        return null;
    }

    boolean isList(String schema) {
        models.component(schema);
        return models.listDocs().containsKey(schema);
    }

    private void add(String resource, Operation op) {
        JsonNode custom = catalogue.operation(op.key());
        JsonNode entry = catalogue.resource(resource);
        Method method = new Method();
        method.httpMethod = op.httpMethod();
        method.resource = resource;
        method.upload = custom.path("upload").asBoolean(false);
        method.beforeWrite = entry.path("beforeWrite").asText(null);
        String[] parts = op.path().substring(1).split("/");
        List<String> keys = new ArrayList<>();
        String noun = noun(resource);
        String keySchema = null;
        String pendingLiteral = "";
        boolean subsets = false;
        method.segments.add(resource);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            Matcher range = RANGE.matcher(part);
            Matcher param = PARAM.matcher(part);
            if (part.equals("subset") && i + 1 < parts.length && PARAM.matcher(parts[i + 1]).matches()) {
                subsets = true;
                i++;
            } else if (range.matches()) {
                method.params.add(param(op, range.group(1), "date", custom));
                method.params.add(param(op, range.group(2), "date", custom));
                method.segments.add(part);
            } else if (param.matches()) {
                String name = param.group(1);
                String literal = pendingLiteral.isEmpty() ? name : pendingLiteral;
                JsonNode keyEntry = entry.path("keys").path(pendingLiteral);
                if (keyEntry.has("noun")) {
                    noun = keyEntry.get("noun").asText();
                    keySchema = keyEntry.path("schema").asText(null);
                    keys.add(keyEntry.path("key").asText());
                } else {
                    keys.add(ClassicNames.pascal(literal, catalogue.words()));
                }
                method.params.add(param(op, name, idLike(literal) ? "int" : "string", custom));
                method.segments.add(part);
                pendingLiteral = "";
            } else {
                method.segments.add(part);
                pendingLiteral = pendingLiteral.isEmpty() ? part : pendingLiteral + "_" + part;
            }
        }
        boolean create = op.httpMethod().equals("POST") && keys.equals(List.of("Id")) && parts.length == 3
                && !custom.has("returns") && !method.upload;
        if (create) {
            method.params.removeIf(p -> p.name().equals(op.path().replaceAll(".*\\{([^{}]+)}$", "$1")));
            method.segments.set(method.segments.size() - 1, "0");
        }
        String by = keys.isEmpty() ? "" : "By" + String.join("And", keys);
        String name = custom.path("name").asText(null);
        if (name == null) {
            name = switch (op.httpMethod()) {
                case "GET" -> keys.isEmpty() && pendingLiteral.isEmpty() && listSchema(resource) != null
                        ? "listAll" + plural(resource) : "get" + noun + by;
                case "POST" -> create ? "create" + noun : "create" + noun + by;
                case "PUT" -> "update" + noun + by;
                default -> "delete" + noun + by;
            };
            if (!pendingLiteral.isEmpty() && !(op.httpMethod().equals("GET") && keys.isEmpty())) {
                throw new IllegalStateException(op.key() + ": the path ends in a literal ('" + pendingLiteral
                        + "'); name the method in the catalogue's operations");
            }
        }
        method.name = name;
        String entitySchema = keySchemaOr(keySchema, resource);
        if (op.httpMethod().equals("GET")) {
            String returns = custom.path("returns").asText(null);
            if (returns == null) {
                returns = responseSchema(op);
            }
            if (returns == null) {
                returns = keys.isEmpty() && listSchema(resource) != null ? listSchema(resource) : entitySchema;
            }
            if (returns == null) {
                throw new IllegalStateException(op.key() + ": no response schema; give one in the catalogue's operations");
            }
            method.returns = returns;
            method.returnKind = isList(returns) ? "list" : "model";
        } else {
            method.returns = custom.path("returns").asText(null);
            method.returnKind = method.returns != null ? (isList(method.returns) ? "list" : "model")
                    : op.httpMethod().equals("POST") && !method.upload ? "id" : "void";
            String body = custom.path("body").asText(null);
            if (body == null) {
                body = requestSchema(op);
            }
            boolean bodyExpected = op.httpMethod().equals("PUT")
                    || op.httpMethod().equals("POST") && !method.upload && !custom.has("returns");
            if (body == null && bodyExpected) {
                body = entitySchema;
                if (body == null) {
                    throw new IllegalStateException(op.key() + ": no body schema; give one in the catalogue's operations");
                }
            }
            method.bodySchema = body;
        }
        if (subsets || entry.path("subsetsOnEveryLookup").asBoolean(false) && op.httpMethod().equals("GET") && !keys.isEmpty()
                && "model".equals(method.returnKind)) {
            method.subsetType = entry.path("subsetType").asText(null);
            method.params.add(new Param("subset", "subsets", "subsets"));
            method.subsetSegments = List.of("subset", "{subset}");
        }
        method.operations.add(op);
        Method existing = methods.get(name);
        if (existing == null) {
            methods.put(name, method);
        } else if (sameShape(existing, method)) {
            existing.operations.add(op);
            if (method.subsetSegments != null && !method.segments.equals(existing.segments)) {
                throw new IllegalStateException(name + ": " + existing.operations.get(0).key() + " and " + op.key()
                        + " differ in more than /subset");
            }
            if (existing.subsetSegments == null && method.subsetSegments != null) {
                existing.subsetSegments = method.subsetSegments;
                existing.subsetType = method.subsetType;
                existing.params.add(new Param("subset", "subsets", "subsets"));
            }
        } else {
            throw new IllegalStateException("two operations map to " + name + ": " + existing.operations.get(0).key()
                    + " and " + op.key() + "; name one of them in the catalogue's operations");
        }
    }

    /** A lookup key whose value is a number: {@code id}, {@code groupid}, {@code sourceid}, … (not udid, uuid, bundleid). */
    private static boolean idLike(String literal) {
        return literal.equals("id") || literal.endsWith("id") && !List.of("udid", "uuid", "bundleid", "statusuuid").contains(literal);
    }

    private String keySchemaOr(String keySchema, String resource) {
        return keySchema != null ? keySchema : singleSchema(resource);
    }

    private static boolean sameShape(Method a, Method b) {
        List<String> pa = a.params.stream().filter(p -> !p.kind().equals("subsets")).map(Param::kind).toList();
        List<String> pb = b.params.stream().filter(p -> !p.kind().equals("subsets")).map(Param::kind).toList();
        return pa.equals(pb) && a.httpMethod.equals(b.httpMethod) && a.returnKind.equals(b.returnKind)
                && java.util.Objects.equals(a.returns, b.returns);
    }

    private Param param(Operation op, String name, String defaultKind, JsonNode custom) {
        String kind = custom.path("params").path(name).asText(defaultKind);
        String javaName = kind.equals("ids") ? "ids" : ClassicNames.safe(ClassicNames.camel(name, catalogue.words()));
        return new Param(name, javaName, kind);
    }

    /** The resource document's XML response schema of an operation (gateway prefix stripped), or null. */
    String responseSchema(Operation op) {
        JsonNode responses = op.document().path("responses");
        for (Iterator<JsonNode> it = responses.elements(); it.hasNext(); ) {
            JsonNode content = it.next().path("content");
            for (String type : List.of("application/xml", "application/json")) {
                JsonNode schema = content.path(type).path("schema");
                if (schema.has("$ref")) {
                    return ClassicModels.refName(schema);
                }
            }
        }
        return null;
    }

    private String requestSchema(Operation op) {
        JsonNode schema = op.document().path("requestBody").path("content").path("application/xml").path("schema");
        return schema.has("$ref") ? ClassicModels.refName(schema) : null;
    }

    /** The resource document's operation for a swagger path (parameter names may differ), or a missing node. */
    private JsonNode documentOperation(String verb, String path) {
        String wanted = normalise(path);
        for (Iterator<Map.Entry<String, JsonNode>> it = documentPaths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String stripped = entry.getKey().replaceFirst("^/tenant/\\{tenantId}", "");
            if (normalise(stripped).equals(wanted)) {
                return entry.getValue().path(verb.toLowerCase(Locale.ROOT));
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String normalise(String path) {
        return path.replaceAll("\\{[^{}]+}", "{}");
    }

    static String simple(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? qualified : qualified.substring(0, dot);
    }
}
