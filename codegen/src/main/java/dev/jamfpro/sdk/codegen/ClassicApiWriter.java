package dev.jamfpro.sdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.jamfpro.sdk.codegen.ClassicModels.ListDoc;
import dev.jamfpro.sdk.codegen.ClassicModels.TypeRef;
import dev.jamfpro.sdk.codegen.ClassicOperations.Method;
import dev.jamfpro.sdk.codegen.ClassicOperations.Operation;
import dev.jamfpro.sdk.codegen.ClassicOperations.Param;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ClassicApi.java}: one method per Classic operation, each a call of the hand-written
 * runtime ({@code ClassicCalls}: lookups, subsets, {@code id/0} creates, escaping, parsing).
 */
final class ClassicApiWriter {
    private static final Pattern REPLACEMENT = Pattern.compile("(?i)transition use to (?:the )?Jamf Pro API endpoint \"?([^\".)]+)");

    private final ClassicOperations operations;
    private final ClassicModels models;
    private final ClassicCatalogue catalogue;

    ClassicApiWriter(ClassicOperations operations, ClassicModels models, ClassicCatalogue catalogue) {
        this.operations = operations;
        this.models = models;
        this.catalogue = catalogue;
    }

    String source() {
        StringBuilder out = new StringBuilder();
        out.append("package dev.jamfpro.sdk.classic;\n\n")
                .append("import dev.jamfpro.sdk.classic.model.*;\n")
                .append("import dev.jamfpro.sdk.internal.ClassicTransport;\n")
                .append("import java.time.LocalDate;\n")
                .append("import java.util.List;\n")
                .append("import java.util.concurrent.CompletableFuture;\n\n");
        ClassicModelWriter.javadoc(out, "", List.of(
                "The Classic API (XML, under {@code /JSSResource}), reached with {@code client.classicApi()}: one method for every",
                "operation of Jamf's Classic API, generated from Jamf's documents. Every method returns a {@link CompletableFuture};",
                "a non-2xx answer completes it with {@link dev.jamfpro.sdk.ClassicApiException} carrying Jamf's error message, and",
                "an answer that is not the expected XML with a {@link dev.jamfpro.sdk.JamfProSdkException} naming method and path.",
                "",
                "<p>Models are lossless: elements and attributes a model has no field for are kept and written back, and fields",
                "left null are not sent, so an update changes only what you set. A read that would lose or change something (an",
                "element repeated where the model holds one, an empty {@code Integer}) fails rather than drop it silently.",
                "XML with a DTD is refused. Names are sent percent-encoded ({@code +} as {@code %2B}).",
                "",
                "<p>Covers " + operations.operationsByResource().size() + " resources and "
                        + operations.operationsByResource().values().stream().mapToInt(List::size).sum()
                        + " operations of the Classic API document in hand."));
        out.append("public final class ClassicApi extends ClassicCalls {\n\n");
        ClassicModelWriter.javadoc(out, "    ", List.of("Made by {@code AsyncJamfProClient}; use {@code client.classicApi()}.",
                "", "@param transport the client's way to the network"));
        out.append("    public ClassicApi(ClassicTransport transport) {\n        super(transport);\n    }\n");
        String resource = null;
        for (Method method : operations.methods().values()) {
            if (!method.resource.equals(resource)) {
                resource = method.resource;
                out.append("\n    // ---------------------------------------------------------------- ").append(resource).append('\n');
            }
            out.append('\n');
            write(out, method);
        }
        out.append("}\n");
        return out.toString();
    }

    private void write(StringBuilder out, Method method) {
        List<String> params = new ArrayList<>();
        List<String> doc = new ArrayList<>();
        Operation first = method.operations.get(0);
        String summary = JavadocText.inline(first.swagger().path("summary").asText(""));
        doc.add((summary.isEmpty() ? method.name : summary.replaceAll("\\.$", "")) + ": "
                + String.join(", ", method.operations.stream().map(o -> "{@code " + o.httpMethod() + " /JSSResource"
                + JavadocText.escape(o.path()) + "}").toList()) + ".");
        Set<String> descriptions = new LinkedHashSet<>();
        for (Operation op : method.operations) {
            descriptions.add(first.swagger().path("description").asText(op.swagger().path("description").asText("")));
        }
        descriptions.forEach(d -> doc.addAll(JavadocText.lines(d)));
        if (method.returnKind.equals("id")) {
            doc.add("<p>Jamf answers with the new record's id ({@code <" + "…><id>7</id></…>}), which the future completes with.");
        }
        JsonNode privileges = first.document().path("x-required-privileges");
        if (privileges.size() > 0) {
            List<String> names = new ArrayList<>();
            privileges.forEach(p -> names.add("{@code " + JavadocText.escape(p.asText()) + "}"));
            doc.add("<p>Required privileges: " + String.join(", ", names) + ".");
        }
        doc.add("");
        for (Param param : method.params) {
            String type = param.javaType(method.subsetType);
            params.add(type + " " + param.javaName());
            doc.add("@param " + param.javaName() + " " + paramDoc(method, param));
        }
        String bodyClass = null;
        if (method.bodySchema != null) {
            bodyClass = modelClass(method.bodySchema);
            String name = method.httpMethod.equals("DELETE") ? "request" : lowerFirst(noun(bodyClass));
            params.add(bodyClass + " " + ClassicNames.safe(name));
            doc.add("@param " + ClassicNames.safe(name) + " the {@code <" + rootOf(method.bodySchema) + ">} to send"
                    + (method.httpMethod.equals("PUT") ? ": only the fields set are sent" : ""));
        }
        if (method.upload) {
            params.add("String fileName");
            params.add("byte[] content");
            doc.add("@param fileName the file name Jamf stores");
            doc.add("@param content the file's bytes");
        }
        String returnType = switch (method.returnKind) {
            case "list" -> "List<" + ClassicModelWriter.javaType(listDoc(method.returns).itemType()) + ">";
            case "model" -> modelClass(method.returns);
            case "id" -> "Integer";
            default -> "Void";
        };
        doc.add("@return " + switch (method.returnKind) {
            case "list" -> "the entries of {@code <" + listDoc(method.returns).listElement() + ">}, in Jamf's order";
            case "model" -> "the {@code <" + rootOf(method.returns) + ">} Jamf answers with";
            case "id" -> "the id Jamf answers with";
            default -> "a future completed when Jamf has answered";
        });
        String deprecation = deprecation(method);
        if (deprecation != null) {
            doc.add("@deprecated " + deprecation);
        }
        ClassicModelWriter.javadoc(out, "    ", doc);
        if (deprecation != null) {
            out.append("    @Deprecated\n");
        }
        out.append("    public CompletableFuture<").append(returnType).append("> ").append(method.name).append('(')
                .append(String.join(", ", params)).append(") {\n");
        out.append("        return ").append(call(method, bodyClass)).append(";\n    }\n");
    }

    private String call(Method method, String bodyClass) {
        String path = pathExpression(method);
        String body = "null";
        if (bodyClass != null) {
            String name = method.httpMethod.equals("DELETE") ? "request" : ClassicNames.safe(lowerFirst(noun(bodyClass)));
            body = method.beforeWrite != null ? "xml(" + name + ", ClassicCalls::" + method.beforeWrite + ")" : "xml(" + name + ")";
        }
        if (method.upload) {
            return "upload(" + path + ", fileName, content)";
        }
        return switch (method.returnKind) {
            case "list" -> {
                ListDoc doc = listDoc(method.returns);
                yield "readList(\"" + method.httpMethod + "\", " + path + ", " + body + ", \"" + doc.listElement() + "\", \""
                        + doc.itemElement() + "\", " + ClassicModelWriter.javaType(doc.itemType()) + ".class)";
            }
            case "model" -> "read(\"" + method.httpMethod + "\", " + path + ", " + body + ", " + modelClass(method.returns) + ".class)";
            case "id" -> "create(" + path + ", " + body + ")";
            default -> "send(\"" + method.httpMethod + "\", " + path + ", " + body + ")";
        };
    }

    private String pathExpression(Method method) {
        List<String> parts = new ArrayList<>();
        for (String segment : method.segments) {
            Matcher range = Pattern.compile("\\{([^{}]+)}_\\{([^{}]+)}").matcher(segment);
            Matcher param = Pattern.compile("\\{([^{}]+)}").matcher(segment);
            if (range.matches()) {
                parts.add("range(" + javaName(method, range.group(1)) + ", " + javaName(method, range.group(2)) + ")");
            } else if (param.matches()) {
                Param p = param(method, param.group(1));
                parts.add(switch (p.kind()) {
                    case "int" -> "Integer.toString(" + p.javaName() + ")";
                    case "ids" -> "ids(\"" + p.javaName() + "\", " + p.javaName() + ")";
                    default -> "required(\"" + p.javaName() + "\", " + p.javaName() + ")";
                });
            } else {
                parts.add("\"" + segment + "\"");
            }
        }
        String path = "List.of(" + String.join(", ", parts) + ")";
        return method.subsetSegments == null ? path : "subsets(" + path + ", subsets)";
    }

    private static Param param(Method method, String name) {
        return method.params.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(method.name + ": no parameter " + name));
    }

    private static String javaName(Method method, String name) {
        return param(method, name).javaName();
    }

    private String paramDoc(Method method, Param param) {
        if (param.kind().equals("subsets")) {
            return "sections to read ({@code /subset/A&B}); none: the whole record";
        }
        for (Operation op : method.operations) {
            for (JsonNode p : op.swagger().path("parameters")) {
                if (param.name().equals(p.path("name").asText())) {
                    String text = JavadocText.inline(p.path("description").asText(""));
                    if (!text.isEmpty()) {
                        return text + (param.kind().equals("ids") ? " (sent comma-separated)" : "")
                                + (param.kind().equals("date") ? " (sent as yyyy-mm-dd)" : "");
                    }
                }
            }
        }
        return "the {@code " + JavadocText.escape(param.name()) + "} of the path";
    }

    private String deprecation(Method method) {
        for (Operation op : method.operations) {
            JsonNode swagger = op.swagger();
            if (!swagger.path("deprecated").asBoolean(false) && !op.document().path("deprecated").asBoolean(false)) {
                continue;
            }
            String date = swagger.path("x-deprecation-date").asText(op.document().path("x-deprecation-date").asText(""));
            date = date.length() >= 10 ? date.substring(0, 10) : date;
            String replacement = catalogue.resource(method.resource).path("replacement").asText(null);
            if (replacement == null) {
                Matcher matcher = REPLACEMENT.matcher(swagger.path("summary").asText("") + " " + op.document().path("summary").asText(""));
                replacement = matcher.find() ? "the Jamf Pro API's {@code " + JavadocText.escape(matcher.group(1).strip()) + "}" : null;
            } else {
                replacement = JavadocText.escape(replacement);
            }
            return "Jamf deprecated {@code " + op.httpMethod() + " /JSSResource" + JavadocText.escape(op.path()) + "}"
                    + (date.isEmpty() ? "" : " on " + date) + "; "
                    + (replacement == null ? "Jamf names no replacement." : "use " + replacement + " instead.")
                    + " The call keeps working while Jamf serves it.";
        }
        return null;
    }

    private ListDoc listDoc(String schema) {
        models.component(schema);
        return models.listDocs().get(schema);
    }

    private String modelClass(String schema) {
        TypeRef type = models.component(schema);
        if (type == null || type.scalar()) {
            throw new IllegalStateException("schema " + schema + " is not a model (a list or a scalar)");
        }
        return type.name();
    }

    private String rootOf(String schema) {
        String name = modelClass(schema);
        ClassicModels.ClassDef def = models.classes().get(name);
        return def != null && def.rootElement != null ? def.rootElement : schema;
    }

    private static String noun(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        return simple.startsWith("Classic") ? simple.substring("Classic".length()) : simple;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** Everything the tests need to drive every method: schemas, list documents, methods and their operations. */
    Map<String, Object> index() {
        Map<String, Object> index = new java.util.LinkedHashMap<>();
        Map<String, Object> schemas = new java.util.LinkedHashMap<>();
        for (String name : models.schemaNames()) {
            TypeRef type = models.component(name);
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            if (type == null) {
                ListDoc doc = models.listDocs().get(name);
                entry.put("kind", "list");
                entry.put("listElement", doc.listElement());
                entry.put("itemElement", doc.itemElement());
                entry.put("itemClass", qualified(doc.itemType()));
            } else if (type.scalar()) {
                entry.put("kind", "scalar");
            } else {
                entry.put("kind", "model");
                entry.put("class", qualified(type));
                entry.put("root", rootOf(name));
            }
            schemas.put(name, entry);
        }
        index.put("schemas", schemas);
        Map<String, Object> resources = new java.util.LinkedHashMap<>();
        operations.operationsByResource().forEach((resource, ops) -> {
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put("single", operations.singleSchema(resource));
            entry.put("list", operations.listSchema(resource));
            entry.put("operations", ops.stream().map(Operation::key).toList());
            resources.put(resource, entry);
        });
        index.put("resources", resources);
        List<Object> methods = new ArrayList<>();
        for (Method method : operations.methods().values()) {
            Map<String, Object> entry = new java.util.LinkedHashMap<>();
            entry.put("name", method.name);
            entry.put("httpMethod", method.httpMethod);
            entry.put("resource", method.resource);
            entry.put("segments", method.segments);
            entry.put("subsetSegments", method.subsetSegments);
            entry.put("subsetType", method.subsetType);
            List<Object> params = new ArrayList<>();
            for (Param p : method.params) {
                params.add(Map.of("name", p.name(), "javaName", p.javaName(), "kind", p.kind()));
            }
            entry.put("params", params);
            entry.put("body", method.bodySchema);
            entry.put("returns", method.returns);
            entry.put("returnKind", method.returnKind);
            entry.put("upload", method.upload);
            entry.put("beforeWrite", method.beforeWrite);
            entry.put("deprecated", deprecation(method) != null);
            entry.put("operations", method.operations.stream().map(Operation::key).toList());
            methods.add(entry);
        }
        index.put("methods", methods);
        return index;
    }

    private static String qualified(TypeRef type) {
        return type.scalar() && !type.name().equals(ClassicModels.TEXT) ? "java.lang." + type.name() : ClassicModelWriter.PACKAGE + "." + type.name().replace('.', '$');
    }
}
