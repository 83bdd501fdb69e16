package dev.jamfpro.sdk.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.JavaClientCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.OperationMap;
import org.openapitools.codegen.model.OperationsMap;

/**
 * OpenAPI Generator {@code java}/{@code retrofit2} with the SDK's rules:
 *
 * <ul>
 *   <li>method names from {@link OperationNames} (stable across Jamf versions); two operations with
 *       one name fail the build naming both, unless {@code specs/overrides.json} settles it;</li>
 *   <li>parameters in the document's order (the stock retrofit2 generator moves path parameters first);</li>
 *   <li>paged operations ({@code page}, {@code page-size}, a {@code {totalCount, results}} answer)
 *       marked for the template, which adds a {@code <name>Pages(...)} method;</li>
 *   <li>one supporting file, {@code ProApi}, extending every per-tag interface.</li>
 * </ul>
 *
 * <p>Configured with the additional property {@code jamfOverrides}: the path of the overrides file.
 */
public class JamfProCodegen extends JavaClientCodegen {
    public static final String NAME = "jamf-pro-java";
    static final String OVERRIDES_PROPERTY = "jamfOverrides";

    private SpecOverrides overrides = SpecOverrides.EMPTY;
    /** Every generated method name (operations and their Pages companions), to detect collisions. */
    private final Map<String, String> methodOwners = new HashMap<>();

    public JamfProCodegen() {
        super();
        setLibrary(RETROFIT_2);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getHelp() {
        return "Generates the Jamf Pro SDK's Retrofit interfaces (CompletableFuture, stable method names).";
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
    }

    @Override
    public void preprocessOpenAPI(OpenAPI openAPI) {
        overrides.applyTo(openAPI);
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
    }

    @Override
    protected String getOrGenerateOperationId(Operation operation, String path, String httpMethod) {
        return methodName(httpMethod, path);
    }

    @Override
    public String toOperationId(String operationId) {
        return operationId; // already a Java identifier by construction (see OperationNames)
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
            op.allParams = ordered;
            for (CodegenParameter p : ordered) {
                widenEnumQueryParameter(p, models);
            }
            op.vendorExtensions.put("x-jamf-http-method", op.httpMethod.toUpperCase(Locale.ROOT));
            markPaged(op, models);
        }
        return objs;
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
