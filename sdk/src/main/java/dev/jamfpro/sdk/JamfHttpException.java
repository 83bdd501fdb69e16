package dev.jamfpro.sdk;

import java.util.Objects;

/**
 * Jamf Pro answered with a non-2xx status: the base of {@link JamfProApiException} (Pro API, JSON)
 * and {@link ClassicApiException} (Classic API, HTML error pages), so one {@code catch} handles both.
 *
 * <pre>{@code
 * try {
 *     client.sync().classicApi().getPolicyById(7);
 * } catch (JamfHttpException e) {
 *     if (e.statusCode() == 404) { ... }
 * }
 * }</pre>
 */
public abstract class JamfHttpException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    /** The answer's HTTP status. */
    private final int statusCode;
    /** The answer's raw body, never null. */
    private final String body;
    /** The failed request's HTTP method. */
    private final String method;
    /** The failed request's encoded path. */
    private final String path;

    /**
     * A failure of {@code method path} that Jamf Pro answered with {@code statusCode}.
     *
     * @param message the exception message
     * @param method the request's HTTP method
     * @param path the request's encoded path, for example {@code /api/v1/computers-inventory/7}
     * @param statusCode the answer's HTTP status
     * @param body the answer's raw body; null is read as empty
     */
    protected JamfHttpException(String message, String method, String path, int statusCode, String body) {
        super(message);
        this.method = Objects.requireNonNull(method, "method == null");
        this.path = Objects.requireNonNull(path, "path == null");
        this.statusCode = statusCode;
        this.body = body == null ? "" : body;
    }

    /** {@return the HTTP status, for example 404} */
    public final int statusCode() {
        return statusCode;
    }

    /** {@return the raw answer body (may be empty, never null)} */
    public final String body() {
        return body;
    }

    /** {@return the HTTP method of the failed request} */
    public final String method() {
        return method;
    }

    /** {@return the encoded path of the failed request, for example {@code /JSSResource/computers/id/7}} */
    public final String path() {
        return path;
    }
}
