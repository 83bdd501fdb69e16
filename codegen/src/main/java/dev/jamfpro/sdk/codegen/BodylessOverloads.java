package dev.jamfpro.sdk.codegen;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;

/**
 * Operations whose request body the document does not require get a second method of the same name
 * without the body parameter: Retrofit refuses a null {@code @Body} ("Body parameter value must not
 * be null"), so omitting the body needs a method that has none. The overload is an operation of its
 * own in the generator's model, placed right after the original, so every template that iterates
 * operations renders it; it carries no body {@code Content-Type} and no {@code Pages} companion.
 */
final class BodylessOverloads {
    /** Set by the generator on operations whose {@code requestBody} is not {@code required}. */
    static final String OPTIONAL_BODY = "x-jamf-optional-body";
    /** On the overload: a Javadoc link to the method that sends a body. */
    static final String WITH_BODY = "x-jamf-doc-with-body";

    private BodylessOverloads() {
    }

    /** {@code operations} with an overload after each one marked {@link #OPTIONAL_BODY} that has a body parameter. */
    static List<CodegenOperation> add(List<CodegenOperation> operations) {
        List<CodegenOperation> result = new ArrayList<>(operations.size());
        for (CodegenOperation op : operations) {
            result.add(op);
            if (Boolean.TRUE.equals(op.vendorExtensions.get(OPTIONAL_BODY)) && op.allParams.stream().anyMatch(p -> p.isBodyParam)) {
                CodegenOperation overload = withoutBody(op);
                overload.vendorExtensions.put(WITH_BODY, link(op));
                for (CodegenParameter body : op.allParams) {
                    if (body.isBodyParam) { // its @param says how to send none
                        body.vendorExtensions.put("x-jamf-doc", body.vendorExtensions.get("x-jamf-doc")
                                + "; {@link #" + link(overload) + "} sends none");
                    }
                }
                result.add(overload);
            }
        }
        return result;
    }

    private static CodegenOperation withoutBody(CodegenOperation op) {
        CodegenOperation copy = shallowCopy(op);
        copy.allParams = withoutBody(op.allParams);
        copy.requiredParams = withoutBody(op.requiredParams);
        copy.optionalParams = withoutBody(op.optionalParams);
        copy.notNullableParams = withoutBody(op.notNullableParams);
        copy.requiredAndNotNullableParams = withoutBody(op.requiredAndNotNullableParams);
        copy.bodyParams = new ArrayList<>();
        copy.bodyParam = null;
        copy.vendorExtensions = new LinkedHashMap<>(op.vendorExtensions);
        copy.vendorExtensions.remove("x-jamf-paged");
        copy.vendorExtensions.remove(OPTIONAL_BODY);
        Object headers = op.vendorExtensions.get("x-jamf-headers");
        if (headers instanceof List<?> list) { // no body, no Content-Type announcing one
            copy.vendorExtensions.put("x-jamf-headers", list.stream().map(String::valueOf)
                    .filter(h -> !h.regionMatches(true, 0, "Content-Type:", 0, 13)).collect(Collectors.toList()));
        }
        return copy;
    }

    private static List<CodegenParameter> withoutBody(List<CodegenParameter> parameters) {
        return parameters == null ? new ArrayList<>()
                : parameters.stream().filter(p -> !p.isBodyParam).collect(Collectors.toCollection(ArrayList::new));
    }

    /** {@code #name(Type, Type)} with erased types, as a Javadoc reference to one overload. */
    static String link(CodegenOperation op) {
        return op.operationId + op.allParams.stream().map(p -> erasure(p.dataType))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    static String erasure(String type) {
        String erased = type;
        for (String previous = null; !erased.equals(previous); ) {
            previous = erased;
            erased = erased.replaceAll("<[^<>]*>", "");
        }
        return erased;
    }

    /** Every public instance field copied; the lists the overload changes are replaced, never shared and changed. */
    private static CodegenOperation shallowCopy(CodegenOperation op) {
        CodegenOperation copy = new CodegenOperation();
        for (Field field : CodegenOperation.class.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
                continue;
            }
            try {
                field.set(copy, field.get(op));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot copy CodegenOperation." + field.getName(), e);
            }
        }
        copy.responseHeaders.addAll(op.responseHeaders);
        return copy;
    }
}
