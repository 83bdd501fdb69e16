package dev.jamfpro.sdk.pro.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A field of a Pro API RSQL filter, the start of every comparison:
 *
 * <pre>{@code
 * FilterExpression f = FilterField.of("general.name").eq("Oscar's Mac")
 *         .and(FilterField.of("general.platform").in("Mac", "iOS"));
 * f.toString();  // general.name=="Oscar's Mac";general.platform=in=(Mac,iOS)
 * }</pre>
 *
 * <p>Values are rendered as RSQL wants them: quoted and escaped when they hold a space or a
 * reserved character ({@code " ' ( ) , ; = ! ~ < >} or a backslash), {@code "} and {@code \}
 * escaped inside quotes; booleans in lower case; {@link Instant}, {@link OffsetDateTime},
 * {@link ZonedDateTime}, {@link LocalDateTime} and {@link LocalDate} in ISO-8601; decimals without
 * exponent. Anything else is its {@code toString()}. {@code *} is passed through unchanged (in
 * {@code ==} and {@code !=} Jamf Pro may read it as a wildcard).
 */
public final class FilterField {
    private static final Pattern NAME = Pattern.compile("[^\\s=!<>;,()\"'~]+");

    private final String name;

    private FilterField(String name) {
        this.name = name;
    }

    /**
     * A field to filter on.
     *
     * @param name the field, for example {@code general.name}
     * @return the field
     * @throws IllegalArgumentException if empty or holding a character RSQL reserves
     */
    public static FilterField of(String name) {
        Objects.requireNonNull(name, "name == null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a filter field name: '" + name + "'");
        }
        return new FilterField(name);
    }

    /** {@return the field's name, for example {@code general.name}} */
    public String name() {
        return name;
    }

    /**
     * {@code field==value}
     *
     * @param value compared as Jamf reads it (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression eq(Object value) {
        return compare("==", value);
    }

    /**
     * {@code field!=value}
     *
     * @param value compared as Jamf reads it (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression ne(Object value) {
        return compare("!=", value);
    }

    /**
     * {@code field<value}
     *
     * @param value compared as Jamf reads it (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression lt(Object value) {
        return compare("<", value);
    }

    /**
     * {@code field<=value}
     *
     * @param value compared as Jamf reads it (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression lte(Object value) {
        return compare("<=", value);
    }

    /**
     * {@code field>value}
     *
     * @param value compared as Jamf reads it (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression gt(Object value) {
        return compare(">", value);
    }

    /**
     * {@code field>=value}
     *
     * @param value compared as Jamf reads it (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression gte(Object value) {
        return compare(">=", value);
    }

    /**
     * {@code field=in=(a,b,...)}; at least one value.
     *
     * @param values compared as Jamf reads them (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression in(Object... values) {
        return list("=in=", values);
    }

    /**
     * {@code field=in=(a,b,...)}; at least one value.
     *
     * @param values compared as Jamf reads them (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression in(Collection<?> values) {
        return list("=in=", Objects.requireNonNull(values, "values == null").toArray());
    }

    /**
     * {@code field=out=(a,b,...)}; at least one value.
     *
     * @param values compared as Jamf reads them (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression out(Object... values) {
        return list("=out=", values);
    }

    /**
     * {@code field=out=(a,b,...)}; at least one value.
     *
     * @param values compared as Jamf reads them (quoted and escaped as needed)
     * @return the condition
     */
    public FilterExpression out(Collection<?> values) {
        return list("=out=", Objects.requireNonNull(values, "values == null").toArray());
    }

    private FilterExpression compare(String operator, Object value) {
        return FilterExpression.comparison(name, operator, List.of(render(value)), false);
    }

    private FilterExpression list(String operator, Object[] values) {
        Objects.requireNonNull(values, "values == null");
        if (values.length == 0) {
            throw new IllegalArgumentException(operator + " on " + name + " needs at least one value");
        }
        List<String> rendered = new ArrayList<>(values.length);
        for (Object value : values) {
            rendered.add(render(value));
        }
        return FilterExpression.comparison(name, operator, rendered, true);
    }

    /** One value as RSQL text: quoted and escaped when needed. */
    static String render(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("filter values cannot be null");
        }
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            throw new IllegalArgumentException("a filter value cannot be a collection or an array (" + value
                    + "); use in(...) or out(...) for several values");
        }
        String text;
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("filter values must be finite numbers, got " + value);
            }
            text = new BigDecimal(value.toString()).toPlainString(); // 1.0E10 → 10000000000
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.toPlainString();
        } else if (value instanceof Boolean b) {
            text = b ? "true" : "false";
        } else if (value instanceof Instant instant) {
            text = DateTimeFormatter.ISO_INSTANT.format(instant);
        } else if (value instanceof OffsetDateTime odt) {
            text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt);
        } else if (value instanceof ZonedDateTime zdt) {
            text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zdt);
        } else if (value instanceof LocalDateTime ldt) {
            text = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(ldt);
        } else if (value instanceof LocalDate date) {
            text = DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        } else {
            text = value.toString();
        }
        return quoteIfNeeded(text);
    }

    static String quoteIfNeeded(String text) {
        if (!text.isEmpty() && !needsQuotes(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'(),;=!~<>\\".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name;
    }
}
