package dev.jamfpro.sdk.pro.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A reader of RSQL as the server side reads it (the grammar of jirutka/rsql-parser, which Jamf Pro's
 * {@code filter} follows): {@code ;} (and) binds tighter than {@code ,} (or), parentheses group,
 * values are unreserved strings or quoted strings in which a backslash escapes the next character.
 * Used to check that what {@link FilterExpression#toString()} writes means what was built.
 */
final class RsqlReader {
    /** Characters that end an unquoted string (rsql-parser's UNRESERVED_STR excludes exactly these). */
    private static final String RESERVED = "\"'();,=<>!~ ";

    sealed interface Node {
        boolean eval(Predicate<Comparison> truth);
    }

    record Comparison(String selector, String operator, List<String> values) implements Node {
        @Override
        public boolean eval(Predicate<Comparison> truth) {
            return truth.test(this);
        }
    }

    record And(List<Node> operands) implements Node {
        @Override
        public boolean eval(Predicate<Comparison> truth) {
            return operands.stream().allMatch(n -> n.eval(truth));
        }
    }

    record Or(List<Node> operands) implements Node {
        @Override
        public boolean eval(Predicate<Comparison> truth) {
            return operands.stream().anyMatch(n -> n.eval(truth));
        }
    }

    private final String text;
    private int pos;

    private RsqlReader(String text) {
        this.text = text;
    }

    /** Parses {@code text}; an {@link IllegalArgumentException} if it is not valid RSQL. */
    static Node parse(String text) {
        RsqlReader reader = new RsqlReader(text);
        Node node = reader.or();
        if (reader.pos != text.length()) {
            throw reader.error("unexpected text");
        }
        return node;
    }

    private Node or() {
        List<Node> operands = new ArrayList<>(List.of(and()));
        while (peek(',')) {
            pos++;
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Or(operands);
    }

    private Node and() {
        List<Node> operands = new ArrayList<>(List.of(constraint()));
        while (peek(';')) {
            pos++;
            operands.add(constraint());
        }
        return operands.size() == 1 ? operands.get(0) : new And(operands);
    }

    private Node constraint() {
        if (peek('(')) {
            pos++;
            Node inner = or();
            expect(')');
            return inner;
        }
        String selector = unreserved();
        String operator = operator();
        List<String> values = new ArrayList<>();
        if (peek('(')) {
            pos++;
            values.add(value());
            while (peek(',')) {
                pos++;
                values.add(value());
            }
            expect(')');
        } else {
            values.add(value());
        }
        return new Comparison(selector, operator, values);
    }

    private String operator() {
        int start = pos;
        if (peek('=') || peek('!')) {
            pos++;
            while (pos < text.length() && Character.isLetter(text.charAt(pos)) && text.charAt(start) == '=') {
                pos++;
            }
            expect('=');
        } else if (peek('<') || peek('>')) {
            pos++;
            if (peek('=')) {
                pos++;
            }
        } else {
            throw error("comparison operator expected");
        }
        return text.substring(start, pos);
    }

    private String value() {
        if (peek('"') || peek('\'')) {
            char quote = text.charAt(pos++);
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated quoted value");
                }
                char c = text.charAt(pos++);
                if (c == '\\') {
                    if (pos >= text.length()) {
                        throw error("dangling escape");
                    }
                    out.append(text.charAt(pos++));
                } else if (c == quote) {
                    return out.toString();
                } else {
                    out.append(c);
                }
            }
        }
        return unreserved();
    }

    private String unreserved() {
        int start = pos;
        while (pos < text.length() && RESERVED.indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (pos == start) {
            throw error("value or selector expected");
        }
        return text.substring(start, pos);
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + pos + " in: " + text);
    }
}
