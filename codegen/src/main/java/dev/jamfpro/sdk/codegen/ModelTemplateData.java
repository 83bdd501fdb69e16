package dev.jamfpro.sdk.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;

/**
 * What the model templates print beyond the stock data: Javadoc texts (escaped once, from the
 * document's own words), the sealed {@code oneOf} interfaces {@link OneOfUnions} marked (options,
 * discriminator, the getters every option shares) and, in each option class, the discriminator the
 * constructor sets and no setter changes.
 */
final class ModelTemplateData {
    private final Map<String, CodegenModel> bySchema = new HashMap<>();
    private final Map<String, CodegenModel> byClass = new HashMap<>();

    private ModelTemplateData(Map<String, ModelsMap> models) {
        for (Map.Entry<String, ModelsMap> entry : models.entrySet()) {
            for (ModelMap model : entry.getValue().getModels()) {
                bySchema.put(entry.getKey(), model.getModel());
                byClass.put(model.getModel().classname, model.getModel());
            }
        }
    }

    static void prepare(Map<String, ModelsMap> models) {
        new ModelTemplateData(models).run();
    }

    private void run() {
        for (CodegenModel model : bySchema.values()) {
            document(model);
        }
        for (CodegenModel model : bySchema.values()) {
            if (model.vendorExtensions.get(OneOfUnions.INTERFACE) instanceof Map<?, ?> oneOf) {
                sealedInterface(model, oneOf);
            }
        }
    }

    private void document(CodegenModel model) {
        List<String> lines = new ArrayList<>(JavadocText.lines(model.unescapedDescription));
        if (lines.isEmpty()) {
            lines.add("The {@code " + model.classname + "} object of the Jamf Pro API"
                    + (model.isEnum ? ": one of the values listed." : "."));
        } else {
            lines.set(0, lines.get(0).replaceFirst("^<p>", ""));
        }
        model.vendorExtensions.put("x-jamf-doc", lines);
        documentEnumValues(model.allowableValues);
        for (List<CodegenProperty> properties : List.of(model.vars, model.allVars, model.readOnlyVars, model.readWriteVars,
                model.requiredVars, model.optionalVars, model.parentVars)) {
            properties.forEach(ModelTemplateData::document);
        }
    }

    private static void document(CodegenProperty property) {
        String doc = JavadocText.inline(property.unescapedDescription);
        property.vendorExtensions.put("x-jamf-doc", doc.isEmpty()
                ? "The <code>" + JavadocText.escape(property.baseName) + "</code> property." : sentence(doc));
        documentEnumValues(property.allowableValues);
        if (property.mostInnerItems != null) {
            documentEnumValues(property.mostInnerItems.allowableValues);
        }
    }

    /** Adds {@code jamfDoc}, the value as Javadoc text, to each enum constant the templates print. */
    @SuppressWarnings("unchecked")
    private static void documentEnumValues(Map<String, Object> allowableValues) {
        if (allowableValues == null || !(allowableValues.get("enumVars") instanceof List<?> enumVars)) {
            return;
        }
        List<?> values = allowableValues.get("values") instanceof List<?> v ? v : List.of();
        for (int i = 0; i < enumVars.size(); i++) {
            Map<String, Object> constant = (Map<String, Object>) enumVars.get(i);
            Object raw = i < values.size() ? values.get(i) : constant.get("value");
            constant.put("jamfDoc", JavadocText.escape(String.valueOf(raw)));
        }
    }

    private static String sentence(String text) {
        return text.matches(".*[.!?:]$") ? text : text + ".";
    }

    @SuppressWarnings("unchecked")
    private void sealedInterface(CodegenModel model, Map<?, ?> oneOf) {
        String discriminator = (String) oneOf.get("discriminator");
        List<Map<String, String>> options = new ArrayList<>();
        List<String> permits = new ArrayList<>();
        for (Map<String, String> option : (List<Map<String, String>>) oneOf.get("options")) {
            CodegenModel optionModel = bySchema.get(option.get("schema"));
            if (optionModel == null) {
                throw new IllegalStateException("oneOf " + model.name + ": no model for option " + option.get("schema"));
            }
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("value", javaString(option.get("value")));
            entry.put("type", optionModel.classname);
            options.add(entry);
            if (!permits.contains(optionModel.classname)) {
                permits.add(optionModel.classname);
            }
            implement(optionModel, model.classname, discriminator, option.get("value"));
        }
        model.vendorExtensions.put("x-jamf-one-of-interface", true);
        model.vendorExtensions.put("x-jamf-discriminator", javaString(discriminator));
        model.vendorExtensions.put("x-jamf-discriminator-doc", JavadocText.escape(discriminator));
        model.vendorExtensions.put("x-jamf-options", options);
        model.vendorExtensions.put("x-jamf-permits", String.join(", ", permits));
        model.vendorExtensions.put("x-jamf-option-links", permits.stream()
                .map(p -> "{@link " + p + "}").collect(Collectors.joining(", ")));
    }

    @SuppressWarnings("unchecked")
    private void implement(CodegenModel option, String sealedInterface, String discriminator, String value) {
        List<String> implemented = option.vendorExtensions.get("x-implements") instanceof List<?> list
                ? new ArrayList<>((List<String>) list) : new ArrayList<>();
        if (!implemented.contains(sealedInterface)) {
            implemented.add(sealedInterface);
        }
        option.vendorExtensions.put("x-implements", implemented);
        option.vendorExtensions.put("x-jamf-option-doc", "One of the options of {@link " + sealedInterface
                + "}: Jamf Pro tells it by <code>" + JavadocText.escape(discriminator) + "</code> <code>"
                + JavadocText.escape(value) + "</code>, which this class sets itself.");
        for (CodegenProperty property : option.vars) {
            if (property.baseName.equals(discriminator)) {
                String init = initializer(property, value);
                property.vendorExtensions.put("x-jamf-discriminator-init", init);
                List<Map<String, String>> inits = option.vendorExtensions.get("x-jamf-discriminator-inits") instanceof List<?> l
                        ? (List<Map<String, String>>) l : new ArrayList<>();
                inits.add(Map.of("name", property.name, "init", init));
                option.vendorExtensions.put("x-jamf-discriminator-inits", inits);
            }
        }
    }

    /** The Java expression of a discriminator value for its property: an enum constant or a string. */
    private String initializer(CodegenProperty property, String value) {
        CodegenModel referenced = byClass.get(property.dataType);
        if (property.isEnum || (referenced != null && referenced.isEnum)) {
            return property.datatypeWithEnum + ".fromValue(" + javaString(value) + ")";
        }
        if ("String".equals(property.dataType)) {
            return javaString(value);
        }
        throw new IllegalStateException("discriminator " + property.baseName + " of type " + property.dataType
                + " is neither a string nor an enum");
    }

    private static String javaString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
