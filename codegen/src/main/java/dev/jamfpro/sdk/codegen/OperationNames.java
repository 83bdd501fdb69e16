package dev.jamfpro.sdk.codegen;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SDK's method naming rule (API.md section 3). A name depends only on the HTTP method and the
 * path, so it never changes between Jamf Pro versions:
 *
 * <ol>
 *   <li>verb = the HTTP method in lower case;</li>
 *   <li>a first segment that is a version ({@code v1}…{@code vN}, {@code preview}) becomes the suffix;</li>
 *   <li>every other literal segment in PascalCase ({@code keep-alive} and {@code keepAlive} → {@code KeepAlive});</li>
 *   <li>every path parameter {@code {x}} becomes {@code By} + PascalCase(x).</li>
 * </ol>
 */
public final class OperationNames {
    private static final Pattern VERSION = Pattern.compile("v\\d+|preview");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern JAVA_IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");

    private OperationNames() {
    }

    /** Returns the Java method name for an operation, for example {@code getComputersInventoryByIdV1}. */
    public static String methodName(String httpMethod, String path) {
        if (httpMethod == null || httpMethod.isBlank()) {
            throw new IllegalArgumentException("httpMethod is empty for path " + path);
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        String[] segments = path.substring(1).split("/");
        StringBuilder name = new StringBuilder(httpMethod.toLowerCase(Locale.ROOT));
        String suffix = "";
        int first = 0;
        if (segments.length > 0 && VERSION.matcher(segments[0]).matches()) {
            suffix = pascal(segments[0]);
            first = 1;
        }
        for (int i = first; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                continue;
            }
            Matcher parameter = PARAMETER.matcher(segment);
            if (parameter.matches()) {
                name.append("By").append(pascal(parameter.group(1)));
            } else if (segment.contains("{")) {
                throw new IllegalArgumentException("path segment mixes literal text and a parameter: "
                        + segment + " in " + httpMethod.toUpperCase(Locale.ROOT) + " " + path);
            } else {
                name.append(pascal(segment));
            }
        }
        name.append(suffix);
        String result = name.toString();
        if (!JAVA_IDENTIFIER.matcher(result).matches()) {
            throw new IllegalArgumentException("cannot derive a Java method name from "
                    + httpMethod.toUpperCase(Locale.ROOT) + " " + path + " (got '" + result + "')");
        }
        return result;
    }

    /** {@code computers-inventory} → {@code ComputersInventory}; {@code keepAlive} → {@code KeepAlive}. */
    static String pascal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String word : WORD_SEPARATOR.split(text)) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return out.toString();
    }
}
