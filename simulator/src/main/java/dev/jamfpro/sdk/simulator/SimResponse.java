package dev.jamfpro.sdk.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, content type, extra headers, body; or a connection reset. */
final class SimResponse {
    private static final SimResponse RESET = new SimResponse(0, null, Map.of(), new byte[0], true);

    private final int status;
    private final String contentType;
    private final Map<String, String> headers;
    private final byte[] body;
    private final boolean reset;

    private SimResponse(int status, String contentType, Map<String, String> headers, byte[] body, boolean reset) {
        this.status = status;
        this.contentType = contentType;
        this.headers = headers;
        this.body = body;
        this.reset = reset;
    }

    static SimResponse of(int status, String contentType, byte[] body) {
        return new SimResponse(status, contentType, Map.of(), body, false);
    }

    static SimResponse text(int status, String contentType, String body) {
        return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static SimResponse json(int status, String body) {
        return text(status, "application/json;charset=UTF-8", body);
    }

    static SimResponse json(int status, byte[] body) {
        return of(status, "application/json;charset=UTF-8", body);
    }

    static SimResponse xml(int status, String body) {
        return text(status, "text/xml;charset=UTF-8", body);
    }

    static SimResponse html(int status, String body) {
        return text(status, "text/html;charset=UTF-8", body);
    }

    static SimResponse noContent() {
        return of(204, null, new byte[0]);
    }

    /** No answer at all: the connection is closed with a TCP reset. */
    static SimResponse reset() {
        return RESET;
    }

    SimResponse withContentType(String type) {
        return new SimResponse(status, type, headers, body, reset);
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, contentType, copy, body, reset);
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    Map<String, String> headers() {
        return headers;
    }

    byte[] body() {
        return body;
    }

    boolean isReset() {
        return reset;
    }
}
