package dev.jamfpro.sdk.pro.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RSQL filter: a comparison made by {@link FilterField}, or comparisons joined with
 * {@link #and(FilterExpression)} ({@code ;}) and {@link #or(FilterExpression)} ({@code ,}).
 * {@code toString()} is the RSQL text; groups are parenthesised where precedence needs it
 * ({@code ;} binds tighter than {@code ,}), so {@code a.or(b).and(c)} is {@code (a,b);c}.
 * Immutable.
 */
public final class FilterExpression {
    private enum Kind { COMPARISON, AND, OR }

    private final Kind kind;
    private final String text;
    private final List<FilterExpression> operands;

    private FilterExpression(Kind kind, String text, List<FilterExpression> operands) {
        this.kind = kind;
        this.text = text;
        this.operands = operands;
    }

    static FilterExpression comparison(String field, String operator, List<String> values, boolean list) {
        String rendered = field + operator + (list ? "(" + String.join(",", values) + ")" : values.get(0));
        return new FilterExpression(Kind.COMPARISON, rendered, List.of());
    }

    /**
     * Both must hold: {@code this;other}.
     *
     * @param other the other condition
     * @return the combined condition
     */
    public FilterExpression and(FilterExpression other) {
        return join(Kind.AND, other);
    }

    /**
     * Either may hold: {@code this,other}.
     *
     * @param other the other condition
     * @return the combined condition
     */
    public FilterExpression or(FilterExpression other) {
        return join(Kind.OR, other);
    }

    private FilterExpression join(Kind joiner, FilterExpression other) {
        Objects.requireNonNull(other, "other == null");
        List<FilterExpression> parts = new ArrayList<>();
        for (FilterExpression side : List.of(this, other)) {
            if (side.kind == joiner) {
                parts.addAll(side.operands); // a;b joined with ;c is a;b;c
            } else {
                parts.add(side);
            }
        }
        return new FilterExpression(joiner, null, List.copyOf(parts));
    }

    @Override
    public String toString() {
        if (kind == Kind.COMPARISON) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (FilterExpression operand : operands) {
            if (out.length() > 0) {
                out.append(kind == Kind.AND ? ';' : ',');
            }
            boolean group = kind == Kind.AND && operand.kind == Kind.OR;
            out.append(group ? "(" : "").append(operand).append(group ? ")" : "");
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilterExpression other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
