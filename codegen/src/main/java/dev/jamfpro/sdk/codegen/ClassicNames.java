package dev.jamfpro.sdk.codegen;

import java.util.Map;
import java.util.Set;

/** Java names for Classic XML element and path words: {@code serial_number} → {@code SerialNumber}. */
final class ClassicNames {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "var", "record", "yield", "true", "false", "null");

    private ClassicNames() {
    }

    /** {@code serial_number} → {@code SerialNumber}; a word of {@code words} is replaced first. */
    static String pascal(String text, Map<String, String> words) {
        String known = words.get(text);
        return known != null ? known : OperationNames.pascal(text);
    }

    static String pascal(String text) {
        return OperationNames.pascal(text);
    }

    /** {@code serial_number} → {@code serialNumber}. */
    static String camel(String text, Map<String, String> words) {
        String pascal = pascal(text, words);
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /** A field or parameter name that is not a Java keyword ({@code package} → {@code package_}). */
    static String safe(String identifier) {
        String name = Character.isDigit(identifier.charAt(0)) ? "_" + identifier : identifier;
        return KEYWORDS.contains(name) ? name + "_" : name;
    }
}
