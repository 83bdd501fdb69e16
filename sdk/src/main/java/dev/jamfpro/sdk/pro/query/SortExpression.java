package dev.jamfpro.sdk.pro.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sort order: {@code SortField.of("name").asc().then(SortField.of("id").desc())}, sent as Jamf's
 * single comma-joined value {@code name:asc,id:desc}. Immutable.
 */
public final class SortExpression {
    private final List<String> terms;

    private SortExpression(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    static SortExpression term(String term) {
        return new SortExpression(List.of(term));
    }

    /**
     * The given orders, first one first.
     *
     * @param first the primary order
     * @param more the orders that break ties, in turn
     * @return the given orders, first one first
     */
    public static SortExpression of(SortExpression first, SortExpression... more) {
        SortExpression result = Objects.requireNonNull(first, "first == null");
        for (SortExpression next : more) {
            result = result.then(next);
        }
        return result;
    }

    /**
     * This order, ties broken by {@code next}.
     *
     * @param next the order that breaks ties
     * @return this order, ties broken by {@code next}
     */
    public SortExpression then(SortExpression next) {
        Objects.requireNonNull(next, "next == null");
        List<String> joined = new ArrayList<>(terms);
        joined.addAll(next.terms);
        return new SortExpression(joined);
    }

    /** {@return the terms, for example {@code [name:asc, id:desc]}} */
    public List<String> terms() {
        return terms;
    }

    /** The comma-joined value, for example {@code name:asc,id:desc}. */
    @Override
    public String toString() {
        return String.join(",", terms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SortExpression other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }
}
