package dev.jamfpro.sdk.codegen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The Java source of the {@code @dev.jamfpro.sdk.internal.ProOperation} annotation a generated
 * method carries: what the document says about its operation, as string literals.
 */
final class ProOperationSource {
    static final String ANNOTATION = "dev.jamfpro.sdk.internal.ProOperation";

    private ProOperationSource() {
    }

    /**
     * @param key the operation, {@code GET /v1/buildings/{id}}
     * @param privileges {@code x-required-privileges}, possibly empty
     * @param deprecated whether the document marks it deprecated
     * @param deprecationDate {@code x-deprecation-date}, or null
     * @param successor the successor's key, or null
     * @param successorMethod the successor's method name, or null
     */
    static String of(String key, List<String> privileges, boolean deprecated, String deprecationDate,
                     String successor, String successorMethod) {
        StringBuilder source = new StringBuilder("@").append(ANNOTATION).append("(value = ").append(literal(key));
        if (!privileges.isEmpty()) {
            source.append(", privileges = ").append(privileges.stream().map(ProOperationSource::literal)
                    .collect(Collectors.joining(", ", "{", "}")));
        }
        if (deprecated) {
            source.append(", deprecated = true");
        }
        if (deprecationDate != null && !deprecationDate.isBlank()) {
            source.append(", deprecationDate = ").append(literal(deprecationDate));
        }
        if (successor != null) {
            source.append(", successor = ").append(literal(successor))
                    .append(", successorMethod = ").append(literal(successorMethod));
        }
        return source.append(')').toString();
    }

    /** A Java string literal: quotes, backslashes and control characters escaped (so no {@code \}{@code u} escape survives). */
    static String literal(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
