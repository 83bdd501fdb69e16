package dev.jamfpro.sdk.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One request the simulator answered, for tests that check what a client sent: which pages, which
 * filter, which body. Credentials never appear: the {@code Authorization} header keeps only its
 * scheme ({@code Bearer ***}) and {@code Cookie} is {@code ***}.
 */
public final class RecordedRequest {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final int status;
    private final Fault fault;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    RecordedRequest(String method, String path, Map<String, List<String>> query, int status, Fault fault,
                    Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.query = query;
        this.status = status;
        this.fault = fault;
        this.headers = redacted(headers);
        this.body = body;
    }

    private static Map<String, List<String>> redacted(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("authorization")) {
                copy.put(lower, values.stream().map(v -> v.contains(" ") ? v.substring(0, v.indexOf(' ')) + " ***" : "***")
                        .toList());
            } else if (lower.equals("cookie")) {
                copy.put(lower, values.stream().map(v -> "***").toList());
            } else {
                copy.put(lower, List.copyOf(values));
            }
        });
        return Map.copyOf(copy);
    }

    /** {@return the HTTP method: GET, POST, ...} */
    public String method() {
        return method;
    }

    /** {@return the decoded path without the query, for example {@code /api/v1/computers-inventory}} */
    public String path() {
        return path;
    }

    /** {@return the decoded query parameters, in the order sent; repeated parameters keep every value} */
    public Map<String, List<String>> query() {
        return query;
    }

    /**
     * The first value of query parameter {@code name}, or null.
     *
     * @param name the parameter's name, decoded
     * @return its first value, or null when it was not sent
     */
    public String queryParameter(String name) {
        List<String> values = query.get(Objects.requireNonNull(name, "name == null"));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * The first value of a request header, or null; credentials are masked.
     *
     * @param name the header's name, in any case
     * @return its first value, or null when it was not sent
     */
    public String header(String name) {
        List<String> values = headers.get(Objects.requireNonNull(name, "name == null").toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@return the request headers, names in lower case; credentials are masked} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** {@return a copy of the request body as sent (empty when there was none)} */
    public byte[] body() {
        return body.clone();
    }

    /** {@return the request body as UTF-8 text} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@return the status answered; 0 for a connection reset} */
    public int status() {
        return status;
    }

    /** {@return the fault injected into this request, or null} */
    public Fault fault() {
        return fault;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> "
                + (fault == Fault.CONNECTION_RESET ? "reset" : Integer.toString(status));
    }
}
