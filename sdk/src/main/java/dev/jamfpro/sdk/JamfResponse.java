package dev.jamfpro.sdk;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A raw answer from {@link AsyncJamfProClient#proApiRequest} or {@link AsyncJamfProClient#classicApiRequest}. */
public final class JamfResponse {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Charset charset;

    public JamfResponse(int statusCode, Map<String, List<String>> headers, byte[] body, Charset charset) {
        this.statusCode = statusCode;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers == null").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.headers = java.util.Collections.unmodifiableMap(copy);
        this.body = Objects.requireNonNull(body, "body == null").clone();
        this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
    }

    /** The HTTP status, for example 200. */
    public int statusCode() {
        return statusCode;
    }

    /** The answer's headers, names case-insensitive. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as text (the charset the server declared, else UTF-8). */
    public String body() {
        return new String(body, charset);
    }

    /** The body's bytes (a copy). */
    public byte[] bodyBytes() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "JamfResponse{statusCode=" + statusCode + ", bodyLength=" + body.length + '}';
    }
}
