package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * RSQL filters and sort values over JSON records, for every paged operation that is not the computer
 * inventory (which has its own, faster, {@link InventoryQuery}). A field is a dotted path the
 * operation's item schema declares ({@code general.name}); values compare by the record's JSON type:
 * numbers as numbers, booleans as booleans, dates as instants, other strings without regard to case
 * and with {@code *} as a wildcard in {@code ==} and {@code !=}.
 */
final class JsonQuery {
    private JsonQuery() {
    }

    /** The predicate of {@code rsql} on records of {@code itemSchema}; throws for a filter Jamf refuses. */
    static Predicate<JsonObject> filter(String rsql, JsonObject itemSchema, Schemas schemas) {
        Rsql.Node node;
        try {
            node = Rsql.parse(rsql);
        } catch (Rsql.SyntaxException e) {
            throw new InventoryQuery.InvalidQueryException("INVALID_RSQL_FILTER", "filter", e.getMessage());
        }
        return compile(node, itemSchema, schemas);
    }

    private static Predicate<JsonObject> compile(Rsql.Node node, JsonObject itemSchema, Schemas schemas) {
        if (node instanceof Rsql.And and) {
            List<Predicate<JsonObject>> parts = and.children().stream().map(n -> compile(n, itemSchema, schemas)).toList();
            return r -> parts.stream().allMatch(p -> p.test(r));
        }
        if (node instanceof Rsql.Or or) {
            List<Predicate<JsonObject>> parts = or.children().stream().map(n -> compile(n, itemSchema, schemas)).toList();
            return r -> parts.stream().anyMatch(p -> p.test(r));
        }
        Rsql.Comparison comparison = (Rsql.Comparison) node;
        String field = comparison.selector();
        if (!schemas.hasPath(itemSchema, field)) {
            throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "filter", "Cannot filter by field ["
                    + field + "]: the records of this endpoint have no such field");
        }
        List<String> arguments = comparison.arguments();
        Rsql.Operator op = comparison.operator();
        return record -> {
            List<JsonPrimitive> values = values(record, field);
            return switch (op) {
                case EQ -> values.stream().anyMatch(v -> equal(v, arguments.get(0), field));
                case NE -> values.stream().noneMatch(v -> equal(v, arguments.get(0), field));
                case IN -> values.stream().anyMatch(v -> arguments.stream().anyMatch(a -> equal(v, a, field)));
                case OUT -> values.stream().noneMatch(v -> arguments.stream().anyMatch(a -> equal(v, a, field)));
                case LT -> values.stream().anyMatch(v -> compare(v, arguments.get(0), field) < 0);
                case LE -> values.stream().anyMatch(v -> compare(v, arguments.get(0), field) <= 0);
                case GT -> values.stream().anyMatch(v -> compare(v, arguments.get(0), field) > 0);
                case GE -> values.stream().anyMatch(v -> compare(v, arguments.get(0), field) >= 0);
            };
        };
    }

    /** The comparator of a sort value ({@code name:asc,id:desc}); ties keep the store's order. */
    static Comparator<JsonObject> sort(String sort, JsonObject itemSchema, Schemas schemas) {
        Comparator<JsonObject> comparator = (a, b) -> 0;
        for (String term : sort.split(",")) {
            String trimmed = term.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.lastIndexOf(':');
            String field = colon < 0 ? trimmed : trimmed.substring(0, colon);
            String direction = colon < 0 ? "asc" : trimmed.substring(colon + 1).toLowerCase(Locale.ROOT);
            if (!schemas.hasPath(itemSchema, field)) {
                throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "sort", "Cannot sort by field [" + field
                        + "]: the records of this endpoint have no such field");
            }
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "sort",
                        "Sort direction must be asc or desc, got [" + direction + "]");
            }
            Comparator<JsonObject> one = (a, b) -> compareNullsFirst(first(a, field), first(b, field));
            comparator = comparator.thenComparing(direction.equals("desc") ? one.reversed() : one);
        }
        return comparator;
    }

    private static JsonPrimitive first(JsonObject record, String field) {
        List<JsonPrimitive> values = values(record, field);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The scalar values at a dotted path (through arrays, every element's). */
    static List<JsonPrimitive> values(JsonObject record, String field) {
        List<JsonPrimitive> out = new ArrayList<>();
        collect(record, field.split("\\."), 0, out);
        return out;
    }

    private static void collect(JsonElement at, String[] parts, int index, List<JsonPrimitive> out) {
        if (at == null || at.isJsonNull()) {
            return;
        }
        if (at.isJsonArray()) {
            at.getAsJsonArray().forEach(e -> collect(e, parts, index, out));
            return;
        }
        if (index == parts.length) {
            if (at.isJsonPrimitive()) {
                out.add(at.getAsJsonPrimitive());
            }
            return;
        }
        if (at.isJsonObject()) {
            collect(at.getAsJsonObject().get(parts[index]), parts, index + 1, out);
        }
    }

    private static boolean equal(JsonPrimitive value, String argument, String field) {
        if (value.isString() && argument.contains("*")) {
            return InventoryQuery.glob(argument).matcher(value.getAsString()).matches();
        }
        return compare(value, argument, field) == 0;
    }

    private static int compare(JsonPrimitive value, String argument, String field) {
        if (value.isNumber()) {
            try {
                return value.getAsBigDecimal().compareTo(new BigDecimal(argument.trim()));
            } catch (NumberFormatException e) {
                throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "filter", "Value [" + argument
                        + "] of field [" + field + "] is not a number");
            }
        }
        if (value.isBoolean()) {
            if (!argument.equalsIgnoreCase("true") && !argument.equalsIgnoreCase("false")) {
                throw new InventoryQuery.InvalidQueryException("INVALID_FIELD", "filter", "Value [" + argument
                        + "] of field [" + field + "] is not a boolean (true or false)");
            }
            return Boolean.compare(value.getAsBoolean(), Boolean.parseBoolean(argument.toLowerCase(Locale.ROOT)));
        }
        String text = value.getAsString();
        Instant left = text.length() >= 10 && Character.isDigit(text.charAt(0)) ? InventoryQuery.parseDate(text) : null;
        Instant right = left == null ? null : InventoryQuery.parseDate(argument.trim());
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        return text.compareToIgnoreCase(argument);
    }

    private static int compareNullsFirst(JsonPrimitive a, JsonPrimitive b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.getAsBigDecimal().compareTo(b.getAsBigDecimal());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.getAsBoolean(), b.getAsBoolean());
        }
        return a.getAsString().compareToIgnoreCase(b.getAsString());
    }
}
