package dev.jamfpro.sdk.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parser for the RSQL filters Jamf's Pro API takes: comparisons {@code == != < <= > >=},
 * {@code =lt= =le= =gt= =ge= =in= =out=}, {@code ;} (and) binding tighter than {@code ,} (or),
 * parentheses, and values bare or in double or single quotes with backslash escapes. A bare value
 * may not hold spaces, quotes, parentheses, {@code ;} or {@code ,}: Jamf refuses those too.
 */
final class Rsql {
    private static final String RESERVED = "\"'();,=!<>~ \t";

    /** A parsed filter. */
    sealed interface Node permits And, Or, Comparison {
    }

    record And(List<Node> children) implements Node {
    }

    record Or(List<Node> children) implements Node {
    }

    /** {@code selector operator arguments}. */
    record Comparison(String selector, Operator operator, List<String> arguments) implements Node {
    }

    enum Operator {
        EQ, NE, LT, LE, GT, GE, IN, OUT
    }

    /** A filter Jamf would refuse, with where and why. */
    static final class SyntaxException extends RuntimeException {
        SyntaxException(String message) {
            super(message);
        }
    }

    private final String text;
    private int pos;

    private Rsql(String text) {
        this.text = text;
    }

    /** Parses {@code text}; throws {@link SyntaxException} naming the position of the problem. */
    static Node parse(String text) {
        Rsql parser = new Rsql(text);
        parser.skipSpaces();
        if (parser.atEnd()) {
            throw new SyntaxException("the filter is empty");
        }
        Node node = parser.or();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peek() + "'");
        }
        return node;
    }

    private Node or() {
        List<Node> children = new ArrayList<>();
        children.add(and());
        while (skipSpaces() && !atEnd() && peek() == ',') {
            pos++;
            children.add(and());
        }
        return children.size() == 1 ? children.get(0) : new Or(List.copyOf(children));
    }

    private Node and() {
        List<Node> children = new ArrayList<>();
        children.add(constraint());
        while (skipSpaces() && !atEnd() && peek() == ';') {
            pos++;
            children.add(constraint());
        }
        return children.size() == 1 ? children.get(0) : new And(List.copyOf(children));
    }

    private Node constraint() {
        skipSpaces();
        if (!atEnd() && peek() == '(') {
            pos++;
            Node inner = or();
            skipSpaces();
            if (atEnd() || peek() != ')') {
                throw error("missing ')'");
            }
            pos++;
            return inner;
        }
        return comparison();
    }

    private Node comparison() {
        int start = pos;
        while (!atEnd() && RESERVED.indexOf(peek()) < 0) {
            pos++;
        }
        if (start == pos) {
            throw error(atEnd() ? "a field name is missing at the end" : "a field name is expected, not '" + peek() + "'");
        }
        String selector = text.substring(start, pos);
        Operator operator = operator();
        List<String> arguments = new ArrayList<>();
        if (!atEnd() && peek() == '(') {
            pos++;
            arguments.add(value());
            while (!atEnd() && peek() == ',') {
                pos++;
                arguments.add(value());
            }
            if (atEnd() || peek() != ')') {
                throw error("missing ')' after the values of " + selector);
            }
            pos++;
        } else {
            arguments.add(value());
        }
        if (arguments.size() > 1 && operator != Operator.IN && operator != Operator.OUT) {
            throw error("only =in= and =out= take a list of values");
        }
        return new Comparison(selector, operator, List.copyOf(arguments));
    }

    private Operator operator() {
        if (text.startsWith("==", pos)) {
            pos += 2;
            return Operator.EQ;
        }
        if (text.startsWith("!=", pos)) {
            pos += 2;
            return Operator.NE;
        }
        if (text.startsWith("<=", pos)) {
            pos += 2;
            return Operator.LE;
        }
        if (text.startsWith(">=", pos)) {
            pos += 2;
            return Operator.GE;
        }
        if (text.startsWith("<", pos)) {
            pos++;
            return Operator.LT;
        }
        if (text.startsWith(">", pos)) {
            pos++;
            return Operator.GT;
        }
        if (!atEnd() && peek() == '=') {
            int close = text.indexOf('=', pos + 1);
            if (close > pos + 1) {
                String name = text.substring(pos + 1, close).toLowerCase(Locale.ROOT);
                Operator operator = switch (name) {
                    case "in" -> Operator.IN;
                    case "out" -> Operator.OUT;
                    case "lt" -> Operator.LT;
                    case "le" -> Operator.LE;
                    case "gt" -> Operator.GT;
                    case "ge" -> Operator.GE;
                    case "eq" -> Operator.EQ;
                    case "ne" -> Operator.NE;
                    default -> null;
                };
                if (operator != null) {
                    pos = close + 1;
                    return operator;
                }
                throw error("unknown operator '=" + name + "='");
            }
        }
        throw error("an operator (==, !=, <, <=, >, >=, =in=, =out=) is expected");
    }

    private String value() {
        if (atEnd()) {
            throw error("a value is missing at the end");
        }
        char c = peek();
        if (c == '"' || c == '\'') {
            pos++;
            StringBuilder value = new StringBuilder();
            while (true) {
                if (atEnd()) {
                    throw error("unterminated quoted value");
                }
                char d = text.charAt(pos++);
                if (d == '\\') {
                    if (atEnd()) {
                        throw error("a backslash ends the filter");
                    }
                    value.append(text.charAt(pos++));
                } else if (d == c) {
                    return value.toString();
                } else {
                    value.append(d);
                }
            }
        }
        int start = pos;
        while (!atEnd() && RESERVED.indexOf(peek()) < 0) {
            pos++;
        }
        if (start == pos) {
            throw error("a value is expected, not '" + c + "' (quote values holding spaces, quotes, "
                    + "parentheses, ';' or ',')");
        }
        return text.substring(start, pos);
    }

    /** Spaces between tokens are tolerated; returns true to chain in conditions. */
    private boolean skipSpaces() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            pos++;
        }
        return true;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }

    private SyntaxException error(String message) {
        return new SyntaxException("Invalid RSQL filter at position " + pos + ": " + message);
    }
}
