package dev.jamfpro.sdk;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.MediaType;

/**
 * A raw answer from {@link AsyncJamfProClient#proApiRequest} or {@link AsyncJamfProClient#classicApiRequest}.
 * Header map and text are derived on first use.
 */
public final class JamfResponse {
    private final int statusCode;
    private final Headers headers;
    private final byte[] body;
    private volatile Map<String, List<String>> headerMap;

    /**
     * An answer as the SDK hands it out.
     *
     * @param headers the answer's headers, as OkHttp holds them
     * @param body the whole body
     * @param statusCode the HTTP status
     */
    public JamfResponse(int statusCode, Headers headers, byte[] body) {
        this.statusCode = statusCode;
        this.headers = Objects.requireNonNull(headers, "headers == null");
        this.body = Objects.requireNonNull(body, "body == null");
    }

    /** {@return the HTTP status, for example 200} */
    public int statusCode() {
        return statusCode;
    }

    /** {@return the answer's headers, names case-insensitive} */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> map = headerMap;
        if (map == null) {
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String name : headers.names()) {
                copy.put(name, List.copyOf(headers.values(name)));
            }
            headerMap = map = Collections.unmodifiableMap(copy);
        }
        return map;
    }

    /**
     * The first value of a header (name case-insensitive), or null.
     *
     * @param name the header's name
     * @return its first value, or null when the answer has no such header
     */
    public String header(String name) {
        return headers.get(name);
    }

    /** {@return the body as text, in the charset the server declared, else UTF-8} */
    public String body() {
        return new String(body, charset());
    }

    /** {@return the body's bytes (a copy)} */
    public byte[] bodyBytes() {
        return body.clone();
    }

    private Charset charset() {
        String type = headers.get("Content-Type");
        MediaType media = type == null ? null : MediaType.parse(type);
        return media == null ? StandardCharsets.UTF_8 : media.charset(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "JamfResponse{statusCode=" + statusCode + ", bodyLength=" + body.length + '}';
    }
}
