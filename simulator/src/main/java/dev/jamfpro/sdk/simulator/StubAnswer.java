package dev.jamfpro.sdk.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A canned answer for {@link JamfProSimulator#stub}: a status, headers and a body, or a {@link Fault}.
 * Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * jamf.stub(RequestMatcher.request("GET", "/api/v1/buildings"), StubAnswer.json(500, "{\"httpStatus\":500,\"errors\":[]}"));
 * jamf.stub(RequestMatcher.pathStartsWith("/JSSResource/policies"), StubAnswer.jamfErrorPage(409, "Error: Duplicate name"));
 * jamf.stub(RequestMatcher.any(), StubAnswer.fault(Fault.CONNECTION_RESET), 1);
 * }</pre>
 */
public final class StubAnswer {
    private final int status;
    private final Map<String, String> headers;
    private final String contentType;
    private final byte[] body;
    private final Fault fault;

    private StubAnswer(int status, Map<String, String> headers, String contentType, byte[] body, Fault fault) {
        this.status = status;
        this.headers = headers;
        this.contentType = contentType;
        this.body = body;
        this.fault = fault;
    }

    /**
     * An answer with {@code status} and no body.
     *
     * @param status the HTTP status, 100 to 599
     * @return the answer
     */
    public static StubAnswer status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be between 100 and 599, got " + status);
        }
        return new StubAnswer(status, Map.of(), null, new byte[0], null);
    }

    /**
     * {@code status} with a JSON body ({@code application/json;charset=UTF-8}).
     *
     * @param status the HTTP status, 100 to 599
     * @param json the body, sent as is
     * @return the answer
     */
    public static StubAnswer json(int status, String json) {
        return status(status).body("application/json;charset=UTF-8", json);
    }

    /**
     * {@code status} with an XML body ({@code text/xml;charset=UTF-8}), as the Classic API answers.
     *
     * @param status the HTTP status, 100 to 599
     * @param xml the body, sent as is
     * @return the answer
     */
    public static StubAnswer xml(int status, String xml) {
        return status(status).body("text/xml;charset=UTF-8", xml);
    }

    /**
     * {@code status} with an HTML body ({@code text/html;charset=UTF-8}).
     *
     * @param status the HTTP status, 100 to 599
     * @param html the body, sent as is
     * @return the answer
     */
    public static StubAnswer html(int status, String html) {
        return status(status).body("text/html;charset=UTF-8", html);
    }

    /**
     * Jamf's HTML error page, as the Classic API sends it: {@code <p>Error: ...</p>} under a title.
     *
     * @param status the HTTP status, 100 to 599; the title is its reason phrase
     * @param message the error message on the page
     * @return the answer
     */
    public static StubAnswer jamfErrorPage(int status, String message) {
        Objects.requireNonNull(message, "message == null");
        return html(status, ClassicXml.errorPage(HttpServerCore.reason(status), message));
    }

    /**
     * No answer, but {@code fault} (a 503 page or a TCP reset).
     *
     * @param fault the fault
     * @return the answer
     */
    public static StubAnswer fault(Fault fault) {
        return new StubAnswer(0, Map.of(), null, new byte[0], Objects.requireNonNull(fault, "fault == null"));
    }

    /**
     * This answer with another header (a {@code Retry-After}, a {@code Set-Cookie}...).
     *
     * @param name the header's name; not {@code Content-Length} or {@code Content-Type}
     * @param value the header's value
     * @return a new answer; this one is unchanged
     */
    public StubAnswer header(String name, String value) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(value, "value == null");
        if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Content-Type")) {
            throw new IllegalArgumentException(name + " is set by the simulator (use body(contentType, body))");
        }
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new StubAnswer(status, Collections.unmodifiableMap(copy), contentType, body, fault);
    }

    /**
     * This answer with a body of {@code contentType}.
     *
     * @param contentType the {@code Content-Type} sent
     * @param body the body, sent as UTF-8
     * @return a new answer; this one is unchanged
     */
    public StubAnswer body(String contentType, String body) {
        Objects.requireNonNull(contentType, "contentType == null");
        Objects.requireNonNull(body, "body == null");
        return new StubAnswer(status, headers, contentType, body.getBytes(StandardCharsets.UTF_8), fault);
    }

    int status() {
        return status;
    }

    Fault fault() {
        return fault;
    }

    SimResponse response() {
        SimResponse response = SimResponse.of(status, contentType, body);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }

    @Override
    public String toString() {
        return fault != null ? "StubAnswer{" + fault + '}' : "StubAnswer{" + status + ", " + contentType + ", "
                + body.length + " bytes}";
    }
}
