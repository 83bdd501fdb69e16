package dev.jamfpro.sdk.pro.contract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes what arrived on the wire the way Jamf Pro's servlet container does: percent-escapes as
 * UTF-8 and a literal {@code +} as a space, in paths (JAMF-FACTS: "the server decodes + as a space")
 * and in query strings and form bodies alike. So a {@code +} the SDK forgets to escape shows.
 */
final class WireDecoding {
    private WireDecoding() {
    }

    /** The decoded segments of a raw path ({@code /api/v1/a%20b} → [api, v1, a b]). */
    static List<String> pathSegments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.substring(1).split("/", -1)) {
            segments.add(decode(segment));
        }
        return segments;
    }

    /** Name/value pairs of a raw query string or form body, in order. */
    static List<Map.Entry<String, String>> pairs(String raw) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new SimpleEntry<>(decode(name), decode(value)));
        }
        return pairs;
    }

    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("truncated escape in " + raw);
                }
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7e || c <= 0x20) {
                throw new IllegalArgumentException("unescaped character '" + c + "' on the wire in " + raw);
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
