package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Pro API as the simulator knows it: the operations of the document it was built with (read from
 * the digest {@link ApiDigest} wrote into the jar) and a router from a request path to an operation.
 * Loaded once per JVM and immutable, so simulators share it.
 */
final class ProApiModel {
    /** One parameter of an operation. */
    record Param(String name, String in, boolean required, JsonObject schema) {
    }

    /** One media type of a body and its schema. */
    record Media(String type, JsonObject schema) {
    }

    /** One operation of the document. */
    static final class Operation {
        final String method;
        final String path;
        final List<String> segments;
        final List<Param> parameters;
        final boolean bodyRequired;
        final List<Media> request;
        final int status;
        final List<Media> response;
        final boolean deprecated;

        Operation(JsonObject o) {
            this.method = o.get("method").getAsString();
            this.path = o.get("path").getAsString();
            this.segments = split(path);
            List<Param> params = new ArrayList<>();
            for (JsonElement e : o.getAsJsonArray("parameters")) {
                JsonObject p = e.getAsJsonObject();
                params.add(new Param(p.get("name").getAsString(), p.get("in").getAsString(),
                        p.get("required").getAsBoolean(), p.getAsJsonObject("schema")));
            }
            this.parameters = List.copyOf(params);
            JsonObject req = o.getAsJsonObject("request");
            this.bodyRequired = req != null && req.get("required").getAsBoolean();
            this.request = req == null ? List.of() : media(req.getAsJsonObject("content"));
            JsonObject res = o.getAsJsonObject("response");
            this.status = res == null ? 200 : res.get("status").getAsInt();
            this.response = res == null ? List.of() : media(res.getAsJsonObject("content"));
            this.deprecated = o.get("deprecated").getAsBoolean();
        }

        private static List<Media> media(JsonObject content) {
            List<Media> list = new ArrayList<>();
            for (Map.Entry<String, JsonElement> entry : content.entrySet()) {
                for (String type : entry.getKey().split(",")) {
                    if (!type.isBlank()) {
                        list.add(new Media(type.trim().toLowerCase(Locale.ROOT), entry.getValue().getAsJsonObject()));
                    }
                }
            }
            return List.copyOf(list);
        }

        Param query(String name) {
            for (Param p : parameters) {
                if (p.in().equals("query") && p.name().equals(name)) {
                    return p;
                }
            }
            return null;
        }

        /** The JSON answer's schema, or null when the operation answers no JSON. */
        JsonObject jsonResponse() {
            for (Media m : response) {
                if (isJson(m.type())) {
                    return m.schema();
                }
            }
            return null;
        }

        /** The JSON request body's schema, or null. */
        JsonObject jsonRequest() {
            for (Media m : request) {
                if (isJson(m.type())) {
                    return m.schema();
                }
            }
            return null;
        }

        String display() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /** A request path matched to a template. */
    record Match(String template, Map<String, String> pathParams, Map<String, Operation> operations) {
    }

    private static volatile ProApiModel loaded;

    private final String version;
    private final List<Operation> operations;
    private final Schemas schemas;
    private final Node root = new Node();
    private final Map<String, Map<String, Operation>> byTemplate = new LinkedHashMap<>();
    private final Map<Class<?>, Object> memos = new java.util.concurrent.ConcurrentHashMap<>();

    private ProApiModel(JsonObject digest) {
        this.version = digest.get("version").getAsString();
        this.schemas = new Schemas(digest.getAsJsonObject("schemas"));
        List<Operation> ops = new ArrayList<>();
        for (JsonElement e : digest.getAsJsonArray("operations")) {
            Operation op = new Operation(e.getAsJsonObject());
            ops.add(op);
            byTemplate.computeIfAbsent(op.path, k -> new LinkedHashMap<>()).put(op.method, op);
        }
        this.operations = List.copyOf(ops);
        byTemplate.forEach((template, methods) -> root.insert(split(template), 0, template, methods));
    }

    /** The model of the document this simulator was built with (read from the jar on first use). */
    static ProApiModel get() {
        ProApiModel model = loaded;
        if (model == null) {
            synchronized (ProApiModel.class) {
                model = loaded;
                if (model == null) {
                    model = read();
                    loaded = model;
                }
            }
        }
        return model;
    }

    private static ProApiModel read() {
        return new ProApiModel(ApiDigest.readResource(ApiDigest.PRO_RESOURCE));
    }

    /** A value worked out from this model once (the model is immutable, so the value never goes stale). */
    <T> T memo(Class<T> type, java.util.function.Supplier<T> compute) {
        return type.cast(memos.computeIfAbsent(type, k -> compute.get()));
    }

    /** {@code info.version} of the document. */
    String version() {
        return version;
    }

    /** Every operation, in document order. */
    List<Operation> operations() {
        return operations;
    }

    Schemas schemas() {
        return schemas;
    }

    /** Every path template, in document order. */
    Set<String> templates() {
        return Collections.unmodifiableSet(byTemplate.keySet());
    }

    /** The operations of a template by method (empty when the template does not exist). */
    Map<String, Operation> operations(String template) {
        return byTemplate.getOrDefault(template, Map.of());
    }

    /** The template {@code segments} (after {@code /api}) match, literal segments first; null when none does. */
    Match match(List<String> segments) {
        Node found = root.find(segments, 0);
        if (found == null) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        List<String> template = split(found.template);
        for (int i = 0; i < template.size(); i++) {
            if (isParam(template.get(i))) {
                params.put(template.get(i).substring(1, template.get(i).length() - 1), segments.get(i));
            }
        }
        return new Match(found.template, Collections.unmodifiableMap(params), found.methods);
    }

    static List<String> split(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return segments;
    }

    static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json") || mediaType.equals("*/*");
    }

    /** A trie of path segments; a segment holding a parameter ({@code {id}}) matches any one segment. */
    private static final class Node {
        private final Map<String, Node> literals = new LinkedHashMap<>();
        private Node param;
        private String template;
        private Map<String, Operation> methods;

        void insert(List<String> segments, int index, String template, Map<String, Operation> methods) {
            if (index == segments.size()) {
                this.template = template;
                this.methods = Collections.unmodifiableMap(methods);
                return;
            }
            String segment = segments.get(index);
            Node next;
            if (isParam(segment)) {
                if (param == null) {
                    param = new Node();
                }
                next = param;
            } else {
                next = literals.computeIfAbsent(segment, k -> new Node());
            }
            next.insert(segments, index + 1, template, methods);
        }

        Node find(List<String> segments, int index) {
            if (index == segments.size()) {
                return template != null ? this : null;
            }
            String segment = segments.get(index);
            Node literal = literals.get(segment);
            if (literal != null) {
                Node found = literal.find(segments, index + 1);
                if (found != null) {
                    return found;
                }
            }
            return param == null ? null : param.find(segments, index + 1);
        }
    }
}
