package dev.jamfpro.sdk.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One parsed HTTP request. */
final class SimRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final Headers headers;
    private final byte[] body;
    private final long arrivalNanos;

    private SimRequest(String method, String path, String rawQuery, Map<String, List<String>> query, Headers headers,
                       byte[] body, long arrivalNanos) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.arrivalNanos = arrivalNanos;
    }

    static SimRequest parse(String method, String target, Headers headers, byte[] body, long arrivalNanos) {
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);
        return new SimRequest(method, rawPath, rawQuery, parseQuery(rawQuery), headers, body, arrivalNanos);
    }

    /** A GET of {@code path} with this request's headers (its credentials): the simulator reading its own state. */
    SimRequest get(String path) {
        return new SimRequest("GET", path, "", Map.of(), headers, new byte[0], arrivalNanos);
    }

    /** Form-style query decoding, as Jamf's servlet container does: {@code +} is a space. */
    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    static String decode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a malformed escape: keep the text as sent
        }
    }

    String method() {
        return method;
    }

    /** The path as sent (still percent-encoded), without the query. */
    String path() {
        return path;
    }

    String rawQuery() {
        return rawQuery;
    }

    Map<String, List<String>> query() {
        return query;
    }

    /** The first value of a query parameter, or null. */
    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** An integer query parameter ({@code page}, {@code page-size}); the default when absent. */
    int intParam(String name, int defaultValue) {
        String value = param(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new NumberFormatException(name + " must be an integer, got [" + value + "]");
        }
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    String header(String name) {
        return headers.first(name);
    }

    byte[] body() {
        return body;
    }

    /** The request headers, names in lower case. */
    Map<String, List<String>> headers() {
        return headers.asMap();
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** When the request line arrived, in {@link System#nanoTime()} units. */
    long arrivalNanos() {
        return arrivalNanos;
    }

    /** The bearer token of the Authorization header, or null. */
    String bearerToken() {
        String authorization = header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return authorization.substring(7).trim();
    }

    /** {username, password} of a Basic Authorization header, or null. */
    String[] basicCredentials() {
        String authorization = header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    /** Case-insensitive multi-valued headers. */
    static final class Headers {
        private final Map<String, List<String>> values = new LinkedHashMap<>();

        void add(String name, String value) {
            values.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(value);
        }

        String first(String name) {
            List<String> list = values.get(name.toLowerCase(Locale.ROOT));
            return list == null || list.isEmpty() ? null : list.get(0);
        }

        Map<String, List<String>> asMap() {
            return Collections.unmodifiableMap(values);
        }
    }
}
