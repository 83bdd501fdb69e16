package dev.jamfpro.sdk.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * OpenAPI Generator {@code java}/{@code retrofit2} with the SDK's rules:
 *
 * <ul>
 *   <li>method names from {@link OperationNames} (stable across Jamf versions); two operations with
 *       one name fail the build naming both, unless {@code specs/overrides.json} settles it;</li>
 *   <li>parameters in the document's order (the stock retrofit2 generator moves path parameters
 *       first); only where the document lists a query parameter before a path parameter does that
 *       path parameter move up, because Retrofit rejects a {@code @Path} after a {@code @Query};</li>
 *   <li>bodies typed by how they travel ({@link BodyMedia}): JSON as models, text as {@code String},
 *       binary as {@code ResponseBody}/{@code RequestBody}; the declared request Content-Type sent,
 *       and {@code Accept} naming the JSON type where an answer may come in several types;</li>
 *   <li>{@code oneOf} schemas with a discriminator as sealed interfaces ({@link OneOfUnions}); models
 *       documented for the templates ({@link ModelTemplateData}); no client-side default values in
 *       models, so a request carries only the fields the caller set;</li>
 *   <li>paged operations ({@code page}, {@code page-size}, a {@code {totalCount, results}} answer)
 *       marked for the template, which adds a {@code <name>Pages(...)} method;</li>
 *   <li>each method annotated with {@code @ProOperation}: the operation, its required privileges,
 *       its deprecation and successor ({@link Successors}), read at run time by the call adapter;</li>
 *   <li>an overload without the body parameter for each operation whose request body is optional
 *       ({@link BodylessOverloads});</li>
 *   <li>one supporting file, {@code ProApi}, extending every per-tag interface.</li>
 * </ul>
 *
 * <p>Configured with the additional property {@code jamfOverrides}: the path of the overrides file.
 */
public class JamfProCodegen extends JavaClientCodegen {
    public static final String NAME = "jamf-pro-java";
    static final String OVERRIDES_PROPERTY = "jamfOverrides";
    static final String BLOCKING_API_TEMPLATE = "blockingApi.mustache";
    static final String BLOCKING_PREFIX = "Blocking";

    private SpecOverrides overrides = SpecOverrides.EMPTY;
    /** Every generated method name (operations and their Pages companions), to detect collisions. */
    private final Map<String, String> methodOwners = new HashMap<>();
    /** Deprecated operation → successor, and every operation → the interface it is generated in. */
    private Map<String, String> successors = Map.of();
    private final Map<String, String> operationClasses = new HashMap<>();

    public JamfProCodegen() {
        super();
        setLibrary(RETROFIT_2);
        // Not a Java keyword; reserved by the stock generator for its own File handling, which made
        // every upload parameter "_file".
        reservedWords.remove("file");
        // Jamf's schema "Package" is a reserved word here; the stock generator renames it to ModelPackage
        // itself, with a WARNING in every build. Named so on purpose, it is the same class without one.
        modelNameMapping.put("Package", "ModelPackage");
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getHelp() {
        return "Generates the Jamf Pro SDK's Retrofit interfaces (CompletableFuture, stable method names).";
    }

    /**
     * Sets no example from a request body's media type: the templates show no parameter examples, and for
     * Jamf's whole-document examples the stock method logs "Ignoring complex example on request body", a
     * WARNING in every build that nobody can act on.
     */
    @Override
    public void setParameterExampleValue(CodegenParameter parameter, RequestBody requestBody) {
        setParameterExampleValue(parameter);
    }

    /** Prints nothing: the stock method prints a donation banner into every build's output. */
    @Override
    public void postProcess() {
    }

    @Override
    public void processOpts() {
        super.processOpts();
        Object overridesPath = additionalProperties.get(OVERRIDES_PROPERTY);
        if (overridesPath != null && !overridesPath.toString().isBlank()) {
            overrides = SpecOverrides.read(new File(overridesPath.toString()));
        }
        // The SDK owns authentication, JSON and the Retrofit setup: of the stock supporting files
        // only our ProApi facade is generated.
        supportingFiles.clear();
        supportingFiles.add(new SupportingFile("ProApi.mustache",
                (sourceFolder + File.separator + apiPackage).replace('.', File.separatorChar), "ProApi.java"));
        // The client's ProApi: per-tag Retrofit services made on first use (start-up loads only what is called).
        supportingFiles.add(new SupportingFile("LazyProApi.mustache", (sourceFolder + File.separator
                + "dev.jamfpro.sdk.internal.http").replace('.', File.separatorChar), "LazyProApi.java"));
        addBlockingSurface();
    }

    /**
     * The blocking Pro API of {@code JamfProClient}, generated from the same operations as the
     * asynchronous one: per tag, {@code Blocking<Tag>Api} ({@code blockingApi.mustache}, a second API
     * template, so every operation, overload and {@code Pages} companion the asynchronous template
     * renders is rendered here too), whose default methods wait for the asynchronous ones, and the
     * {@code BlockingProApi} facade. The lambda {@code jamfBlockingLinks} points the successor links of
     * deprecated operations at the blocking interfaces.
     */
    private void addBlockingSurface() {
        apiTemplateFiles.put(BLOCKING_API_TEMPLATE, ".java");
        supportingFiles.add(new SupportingFile("BlockingProApi.mustache",
                (sourceFolder + File.separator + apiPackage).replace('.', File.separatorChar), "BlockingProApi.java"));
        additionalProperties.put("jamfBlockingLinks",
                (com.samskivert.mustache.Mustache.Lambda) (fragment, out) -> out.write(blockingLinks(fragment.execute())));
    }

    /** {@code Blocking<Tag>Api.java} for the blocking template, beside {@code <Tag>Api.java}. */
    @Override
    public String apiFilename(String templateName, String tag) {
        String file = super.apiFilename(templateName, tag);
        if (!BLOCKING_API_TEMPLATE.equals(templateName)) {
            return file;
        }
        File plain = new File(file);
        return new File(plain.getParentFile(), BLOCKING_PREFIX + plain.getName()).getPath();
    }

    /** Javadoc links to another tag's interface ({@code {@link BuildingsApi#...}}) as links to its blocking twin. */
    static String blockingLinks(String javadoc) {
        return javadoc.replaceAll("\\{@link (\\w+Api)#", "{@link " + BLOCKING_PREFIX + "$1#");
    }

    @Override
    public void preprocessOpenAPI(OpenAPI openAPI) {
        overrides.applyTo(openAPI);
        OneOfUnions.apply(openAPI);
        super.preprocessOpenAPI(openAPI);
        methodOwners.clear();
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                String method = operation.getKey().name();
                claim(methodName(method, path.getKey()), method + " " + path.getKey());
            }
        }
        indexSuccessors(openAPI);
    }

    /** For {@code @ProOperation} and the Javadoc: successors, and the interface each operation lands in. */
    private void indexSuccessors(OpenAPI openAPI) {
        successors = Successors.of(openAPI);
        operationClasses.clear();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().readOperationsMap().entrySet()) {
                List<String> tags = operation.getValue().getTags();
                String tag = tags == null || tags.isEmpty() ? "default" : tags.get(0);
                operationClasses.put(operation.getKey().name() + " " + path.getKey(), toApiName(sanitizeTag(tag)));
            }
        }
    }

    @Override
    protected String getOrGenerateOperationId(Operation operation, String path, String httpMethod) {
        return methodName(httpMethod, path);
    }

    @Override
    public String toOperationId(String operationId) {
        return operationId; // already a Java identifier by construction (see OperationNames)
    }

    @Override
    public CodegenOperation fromOperation(String path, String httpMethod, Operation operation, List<Server> servers) {
        CodegenOperation op = super.fromOperation(path, httpMethod, operation, servers);
        List<String> headers = new ArrayList<>();

        RequestBody requestBody = operation.getRequestBody() == null ? null
                : ModelUtils.getReferencedRequestBody(openAPI, operation.getRequestBody());
        BodyMedia request = requestBody == null ? BodyMedia.NONE : BodyMedia.of(requestBody.getContent());
        switch (request.kind()) {
            case JSON, BINARY -> headers.add("Content-Type: " + request.mediaType());
            case TEXT -> {
                headers.add("Content-Type: " + request.mediaType());
                forEachBodyParam(op, p -> {
                    p.dataType = "String";
                    p.baseType = "String";
                    p.isBinary = false;
                    p.isFile = false;
                });
            }
            default -> { } // multipart and form: Retrofit writes the Content-Type (with the boundary)
        }

        ApiResponse answer = operation.getResponses() == null ? null : findMethodResponse(operation.getResponses());
        answer = answer == null ? null : ModelUtils.getReferencedApiResponse(openAPI, answer);
        BodyMedia response = answer == null ? BodyMedia.NONE : BodyMedia.of(answer.getContent());
        switch (response.kind()) {
            case TEXT -> {
                op.returnType = "String";
                op.returnBaseType = "String";
                op.returnContainer = null;
                op.isResponseFile = false;
            }
            case BINARY -> {
                op.returnType = "ResponseBody";
                op.returnBaseType = "ResponseBody";
                op.returnContainer = null;
                op.isResponseFile = true;
            }
            case JSON -> {
                boolean acceptParameter = op.headerParams.stream().anyMatch(p -> p.baseName.equalsIgnoreCase("accept"));
                if (response.offered() > 1 && !acceptParameter) {
                    headers.add("Accept: " + response.mediaType());
                }
            }
            default -> { }
        }
        op.vendorExtensions.put("x-jamf-headers", headers);
        document(op, operation);
        describeOperation(op, path, httpMethod, operation);
        if (requestBody != null && !Boolean.TRUE.equals(requestBody.getRequired())) {
            op.vendorExtensions.put(BodylessOverloads.OPTIONAL_BODY, true);
        }
        return op;
    }

    /**
     * The {@code @ProOperation} annotation of the method (privileges, deprecation, successor, quoted
     * from the document in hand) and the Javadoc link to the successor.
     */
    private void describeOperation(CodegenOperation op, String path, String httpMethod, Operation operation) {
        String key = httpMethod.toUpperCase(Locale.ROOT) + " " + path;
        Map<String, Object> extensions = operation.getExtensions() == null ? Map.of() : operation.getExtensions();
        List<String> privileges = extensions.get("x-required-privileges") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        boolean deprecated = Boolean.TRUE.equals(operation.getDeprecated());
        Object date = extensions.get("x-deprecation-date");
        String successor = deprecated ? successors.get(key) : null;
        String successorMethod = null;
        if (successor != null) {
            String[] parts = successor.split(" ", 2);
            successorMethod = methodName(parts[0], parts[1]);
            String owner = operationClasses.get(successor);
            op.vendorExtensions.put("x-jamf-doc-successor", "{@link " + (owner.equals(operationClasses.get(key)) ? "" : owner)
                    + "#" + successorMethod + "} ({@code " + parts[0] + " /api" + parts[1] + "})");
        }
        op.vendorExtensions.put("x-jamf-operation", ProOperationSource.of(key, privileges, deprecated,
                date == null ? null : String.valueOf(date), successor, successorMethod));
    }

    /** Javadoc texts from the raw document (the generator's own escaping leaves {@code \"} and tags). */
    private void document(CodegenOperation op, Operation operation) {
        String summary = JavadocText.inline(operation.getSummary());
        List<String> description = JavadocText.lines(operation.getDescription());
        if (JavadocText.inline(operation.getDescription()).replaceAll("[.\\s]+$", "")
                .equalsIgnoreCase(summary.replaceAll("[.\\s]+$", ""))) {
            description = List.of(); // Jamf often repeats the summary as the description
        }
        if (!summary.isEmpty()) {
            op.vendorExtensions.put("x-jamf-doc-summary", summary);
        }
        op.vendorExtensions.put("x-jamf-doc-description", description);
        Object privileges = operation.getExtensions() == null ? null : operation.getExtensions().get("x-required-privileges");
        if (privileges instanceof List<?> list) {
            op.vendorExtensions.put("x-jamf-doc-privileges",
                    list.stream().map(String::valueOf).map(JavadocText::escape).collect(Collectors.toList()));
        }
        Object deprecation = operation.getExtensions() == null ? null : operation.getExtensions().get("x-deprecation-date");
        if (deprecation != null) {
            op.vendorExtensions.put("x-jamf-doc-deprecation-date", JavadocText.escape(String.valueOf(deprecation)));
        }
        for (CodegenParameter p : op.allParams) {
            StringBuilder doc = new StringBuilder(JavadocText.inline(p.unescapedDescription));
            if (doc.length() == 0) {
                doc.append("<code>").append(JavadocText.escape(p.baseName)).append("</code>");
            }
            if (p.isFormParam && p.isFile && op.isMultipart) {
                doc.append("; the part named <code>").append(JavadocText.escape(p.baseName))
                        .append("</code>, for example {@code MultipartBody.Part.createFormData(\"")
                        .append(p.baseName).append("\", fileName, RequestBody.create(bytes, mediaType))}");
            }
            if (p.required) {
                doc.append(" (required)");
            } else {
                String serverDefault = serverDefault(operation, p);
                doc.append(serverDefault.isEmpty() ? " (optional)" : " (optional, server default <code>" + serverDefault + "</code>)");
            }
            p.vendorExtensions.put("x-jamf-doc", doc.toString());
        }
    }

    /** The default the document declares for a parameter, as Jamf writes it; empty when none. */
    private String serverDefault(Operation operation, CodegenParameter p) {
        if (operation.getParameters() == null || !(p.isQueryParam || p.isPathParam || p.isHeaderParam)) {
            return "";
        }
        for (io.swagger.v3.oas.models.parameters.Parameter declared : operation.getParameters()) {
            io.swagger.v3.oas.models.parameters.Parameter parameter = ModelUtils.getReferencedParameter(openAPI, declared);
            if (parameter != null && p.baseName.equals(parameter.getName()) && parameter.getSchema() != null
                    && parameter.getSchema().getDefault() != null) {
                Object value = parameter.getSchema().getDefault();
                String text = value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                        : String.valueOf(value);
                return JavadocText.inline(text);
            }
        }
        return "";
    }

    private static void forEachBodyParam(CodegenOperation op, Consumer<CodegenParameter> change) {
        if (op.bodyParam != null) {
            change.accept(op.bodyParam);
        }
        for (List<CodegenParameter> list : List.of(op.bodyParams, op.allParams, op.requiredParams, op.optionalParams)) {
            list.stream().filter(p -> p.isBodyParam).forEach(change);
        }
    }

    /**
     * Models carry no client-side defaults ({@code Boolean x = false}, {@code List y = new
     * ArrayList<>()}): those would be sent with every request built from a model, and a merge-patch
     * or update would reset values the caller never touched. Jamf Pro applies its own defaults.
     */
    @Override
    public Map<String, ModelsMap> postProcessAllModels(Map<String, ModelsMap> objs) {
        Map<String, ModelsMap> result = super.postProcessAllModels(objs);
        for (ModelsMap models : result.values()) {
            for (ModelMap model : models.getModels()) {
                CodegenModel m = model.getModel();
                for (List<CodegenProperty> vars : List.of(m.vars, m.allVars, m.requiredVars, m.optionalVars,
                        m.readOnlyVars, m.readWriteVars, m.parentVars, m.nonNullableVars)) {
                    vars.forEach(v -> v.defaultValue = null);
                }
            }
        }
        ModelTemplateData.prepare(result);
        return result;
    }

    private String methodName(String httpMethod, String path) {
        String key = httpMethod.toUpperCase(Locale.ROOT) + " " + path;
        String override = overrides.operationName(key);
        return override != null ? override : OperationNames.methodName(httpMethod, path);
    }

    private void claim(String name, String owner) {
        String previous = methodOwners.putIfAbsent(name, owner);
        if (previous != null && !previous.equals(owner)) {
            throw new IllegalStateException("Method name collision: '" + name + "' is derived for both "
                    + previous + " and " + owner + ". Settle it with an entry in specs/overrides.json, "
                    + "for example \"operationNames\": {\"" + owner + "\": \"<anotherName>\"}");
        }
    }

    @Override
    public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
        OperationMap operations = objs.getOperations();
        // CodegenOperation's hashCode covers its parameters, which the super call reorders.
        Map<CodegenOperation, List<CodegenParameter>> documentOrder = new IdentityHashMap<>();
        for (CodegenOperation op : operations.getOperation()) {
            documentOrder.put(op, new ArrayList<>(op.allParams));
        }
        super.postProcessOperationsWithModels(objs, allModels);

        Map<String, CodegenModel> models = new HashMap<>();
        for (ModelMap model : allModels) {
            models.put(model.getModel().classname, model.getModel());
        }
        for (CodegenOperation op : operations.getOperation()) {
            List<CodegenParameter> kept = op.allParams;
            List<CodegenParameter> ordered = documentOrder.get(op).stream()
                    .filter(kept::contains).collect(Collectors.toCollection(ArrayList::new));
            op.allParams = pathBeforeQuery(ordered);
            for (CodegenParameter p : ordered) {
                widenEnumQueryParameter(p, models);
            }
            op.vendorExtensions.put("x-jamf-http-method", op.httpMethod.toUpperCase(Locale.ROOT));
            markPaged(op, models);
        }
        operations.setOperation(BodylessOverloads.add(operations.getOperation()));
        return objs;
    }

    /**
     * Document order, except that a path parameter listed after a query parameter moves up to just
     * before the first query parameter (Retrofit: "A @Path parameter must not come after a @Query").
     */
    static List<CodegenParameter> pathBeforeQuery(List<CodegenParameter> parameters) {
        List<CodegenParameter> ordered = new ArrayList<>(parameters.size());
        int firstQuery = -1;
        for (CodegenParameter p : parameters) {
            if (p.isPathParam && firstQuery >= 0) {
                ordered.add(firstQuery++, p);
            } else {
                if (p.isQueryParam && firstQuery < 0) {
                    firstQuery = ordered.size();
                }
                ordered.add(p);
            }
        }
        return ordered;
    }

    /**
     * Query parameters typed by an enum schema ({@code section=GENERAL}) take {@code String}s, as
     * API.md specifies: a value a newer Jamf Pro accepts must not need a newer SDK.
     */
    private static void widenEnumQueryParameter(CodegenParameter p, Map<String, CodegenModel> models) {
        if (!p.isQueryParam) {
            return;
        }
        String base = p.isArray && p.items != null ? p.items.dataType : p.dataType;
        CodegenModel model = models.get(base);
        if (model != null && model.isEnum) {
            p.dataType = p.isArray ? "List<String>" : "String";
            p.datatypeWithEnum = p.dataType;
        }
    }

    private void markPaged(CodegenOperation op, Map<String, CodegenModel> models) {
        CodegenParameter page = query(op, "page");
        CodegenParameter pageSize = query(op, "page-size");
        if (page == null || pageSize == null || op.returnType == null) {
            return;
        }
        CodegenModel envelope = models.get(op.returnType);
        if (envelope == null) {
            return;
        }
        CodegenProperty totalCount = property(envelope, "totalCount");
        CodegenProperty results = property(envelope, "results");
        if (totalCount == null || results == null || !results.isArray || results.items == null) {
            return;
        }
        CodegenParameter sort = query(op, "sort");
        CodegenParameter filter = query(op, "filter");
        if (filter != null && !"String".equals(filter.dataType)) {
            filter = null;
        }
        for (CodegenParameter p : new CodegenParameter[] {page, pageSize, sort, filter}) {
            if (p != null) {
                p.vendorExtensions.put("x-jamf-paging-param", true);
            }
        }
        List<String> signature = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (CodegenParameter p : op.allParams) {
            if (p == page) {
                call.add("jamfPage");
            } else if (p == pageSize) {
                call.add("jamfPageSize");
            } else if (p == sort) {
                call.add(sort.isArray ? "jamfSort" : "dev.jamfpro.sdk.pro.Pages.joinSort(jamfSort)");
            } else if (p == filter) {
                call.add("jamfFilter");
            } else {
                signature.add(p.dataType + " " + p.paramName);
                call.add(p.paramName);
            }
        }
        signature.add("dev.jamfpro.sdk.pro.PageQuery query");
        String pagesName = op.operationId + "Pages";
        claim(pagesName, "the Pages method of " + op.httpMethod.toUpperCase(Locale.ROOT) + " /" + op.path);

        String itemType = results.items.dataType;
        String qualifiedItem = models.containsKey(itemType) ? modelPackage + "." + itemType
                : importMapping.getOrDefault(itemType, itemType);
        Map<String, Object> paged = new LinkedHashMap<>();
        paged.put("name", pagesName);
        paged.put("itemType", qualifiedItem);
        paged.put("signature", String.join(", ", signature));
        paged.put("call", String.join(", ", call));
        paged.put("supportsSort", sort != null);
        paged.put("supportsFilter", filter != null);
        paged.put("totalCountGetter", totalCount.getter);
        paged.put("resultsGetter", results.getter);
        op.vendorExtensions.put("x-jamf-paged", paged);
    }

    private static CodegenParameter query(CodegenOperation op, String name) {
        for (CodegenParameter p : op.allParams) {
            if (p.isQueryParam && name.equals(p.baseName)) {
                return p;
            }
        }
        return null;
    }

    private static CodegenProperty property(CodegenModel model, String name) {
        for (CodegenProperty p : model.allVars.isEmpty() ? model.vars : model.allVars) {
            if (name.equals(p.baseName)) {
                return p;
            }
        }
        return null;
    }
}
