package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of the document, strictly: the type of every value, enum
 * membership, date formats, integer bounds, required properties, and no property the schema does not
 * declare (so a simulator that leaks fields of another version shows). {@code null} is accepted
 * anywhere: Jamf sends it for unset values whether or not the document says {@code nullable}.
 */
final class SchemaValidator {
    private final Schemas schemas;

    SchemaValidator(Schemas schemas) {
        this.schemas = schemas;
    }

    /** The problems, each with its JSON path; empty when the value is valid. */
    List<String> validate(JsonElement value, JsonObject schema) {
        List<String> problems = new ArrayList<>();
        check("$", value, schema, problems, 0);
        return problems;
    }

    private void check(String path, JsonElement value, JsonObject schema, List<String> problems, int depth) {
        if (problems.size() > 20 || depth > 60 || value == null || value.isJsonNull()) {
            return;
        }
        JsonObject s = schemas.resolve(schema);
        List<JsonObject> alternatives = schemas.alternatives(s);
        if (!alternatives.isEmpty() && !s.has("properties")) {
            if (schemas.discriminator(s) != null) {
                check(path, value, schemas.choose(s, value), problems, depth + 1);
                return;
            }
            for (JsonObject alternative : alternatives) {
                List<String> attempt = new ArrayList<>();
                check(path, value, alternative, attempt, depth + 1);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            problems.add(path + ": matches none of " + alternatives.size() + " alternatives: " + value);
            return;
        }
        String type = schemas.type(s);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> {
                if (!value.isJsonObject()) {
                    problems.add(path + ": expected an object, got " + value);
                    return;
                }
                Schemas.ObjectShape shape = schemas.object(s);
                if (shape.freeForm()) {
                    return;
                }
                JsonObject object = value.getAsJsonObject();
                for (String required : shape.required()) {
                    // a required name the schema does not declare is a defect of the document: nothing can send it
                    if (!object.has(required) && shape.properties().containsKey(required)) {
                        problems.add(path + ": required property '" + required + "' is missing");
                    }
                }
                for (Map.Entry<String, JsonElement> member : object.entrySet()) {
                    JsonObject property = shape.properties().get(member.getKey());
                    if (property != null) {
                        check(path + "." + member.getKey(), member.getValue(), property, problems, depth + 1);
                    } else if (shape.additionalProperties() != null) {
                        check(path + "." + member.getKey(), member.getValue(), shape.additionalProperties(), problems,
                                depth + 1);
                    } else {
                        problems.add(path + ": undeclared property '" + member.getKey() + "'");
                    }
                }
            }
            case "array" -> {
                if (!value.isJsonArray()) {
                    problems.add(path + ": expected an array, got " + value);
                    return;
                }
                JsonArray array = value.getAsJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(path + "[" + i + "]", array.get(i), schemas.items(s), problems, depth + 1);
                }
            }
            case "string" -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                    problems.add(path + ": expected a string, got " + value);
                    return;
                }
                enumCheck(path, value, s, problems);
                String format = s.has("format") ? s.get("format").getAsString() : "";
                String text = value.getAsString();
                try {
                    if (format.equals("date-time")) {
                        OffsetDateTime.parse(text);
                    } else if (format.equals("date")) {
                        LocalDate.parse(text);
                    }
                } catch (DateTimeParseException e) {
                    problems.add(path + ": not a " + format + ": " + text);
                }
            }
            case "integer" -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()
                        || value.getAsBigDecimal().stripTrailingZeros().scale() > 0) {
                    problems.add(path + ": expected an integer, got " + value);
                    return;
                }
                if (s.has("minimum") && value.getAsLong() < s.get("minimum").getAsLong()) {
                    problems.add(path + ": below the minimum " + s.get("minimum") + ": " + value);
                }
                if (s.has("maximum") && value.getAsLong() > s.get("maximum").getAsLong()) {
                    problems.add(path + ": above the maximum " + s.get("maximum") + ": " + value);
                }
                enumCheck(path, value, s, problems);
            }
            case "number" -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                    problems.add(path + ": expected a number, got " + value);
                }
            }
            case "boolean" -> {
                if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
                    problems.add(path + ": expected a boolean, got " + value);
                }
            }
            default -> problems.add(path + ": unknown schema type " + type);
        }
    }

    private void enumCheck(String path, JsonElement value, JsonObject schema, List<String> problems) {
        JsonArray allowed = schemas.enumValues(schema);
        if (allowed != null && !allowed.isEmpty() && !allowed.contains(value)
                && !(value instanceof JsonPrimitive p && p.isNumber() && allowed.toString().contains(p.getAsString()))) {
            problems.add(path + ": " + value + " is not one of " + allowed);
        }
    }
}
