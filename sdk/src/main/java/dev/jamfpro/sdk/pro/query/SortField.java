package dev.jamfpro.sdk.pro.query;

import java.util.Objects;
import java.util.regex.Pattern;

/** A field to sort by: {@code SortField.of("general.name").asc()}. */
public final class SortField {
    private static final Pattern NAME = Pattern.compile("[^\\s:,]+");

    private final String name;

    private SortField(String name) {
        this.name = name;
    }

    /**
     * A field to sort by.
     *
     * @param name the field, for example {@code general.name}
     * @return the field
     * @throws IllegalArgumentException if empty or holding a space, {@code :} or {@code ,}
     */
    public static SortField of(String name) {
        Objects.requireNonNull(name, "name == null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a sort field name: '" + name + "'");
        }
        return new SortField(name);
    }

    /** {@return the field's name, for example {@code general.name}} */
    public String name() {
        return name;
    }

    /**
     * {@code name:asc}
     *
     * @return the order
     */
    public SortExpression asc() {
        return SortExpression.term(name + ":asc");
    }

    /**
     * {@code name:desc}
     *
     * @return the order
     */
    public SortExpression desc() {
        return SortExpression.term(name + ":desc");
    }

    @Override
    public String toString() {
        return name;
    }
}
