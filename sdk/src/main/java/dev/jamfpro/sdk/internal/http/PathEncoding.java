package dev.jamfpro.sdk.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Percent-encoding of unencoded resource paths. Stricter than OkHttp's: {@code +} becomes {@code %2B},
 * because Jamf Pro decodes a literal {@code +} in a path as a space.
 */
public final class PathEncoding {
    // Sub-delimiters Jamf reads literally stay as they are ('&' joins Classic subsets); ';' is encoded
    // because Tomcat cuts a path segment at it, '+' because Jamf decodes it as a space.
    private static final String SAFE = "-._~!$&'()*,=:@";

    private PathEncoding() {
    }

    /** The segments of an unencoded path ("a/b c" → [a, b c]); empty segments from doubled slashes are dropped. */
    public static List<String> segments(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("resourcePath is empty");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("resourcePath must not contain '.' or '..' segments: " + path);
            }
            segments.add(segment);
        }
        return segments;
    }

    /** One path segment, percent-encoded (UTF-8), {@code +} and {@code /} included. */
    public static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder(segment.length() + 8);
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || SAFE.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
