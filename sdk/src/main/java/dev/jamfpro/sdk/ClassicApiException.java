package dev.jamfpro.sdk;

import java.util.Objects;

/**
 * Jamf Pro answered a Classic API request (under {@code /JSSResource}) with a non-2xx status. The
 * message is the one Jamf puts in its HTML error page ({@code <p>Error: ...</p>}).
 */
public final class ClassicApiException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorMessage;
    private final String body;
    private final String method;
    private final String path;

    public ClassicApiException(String method, String path, int statusCode, String errorMessage, String body) {
        super(method + " " + path + " failed: HTTP " + statusCode
                + (errorMessage == null || errorMessage.isBlank() ? "" : ": " + errorMessage));
        this.method = Objects.requireNonNull(method, "method == null");
        this.path = Objects.requireNonNull(path, "path == null");
        this.statusCode = statusCode;
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        this.body = body == null ? "" : body;
    }

    /** The HTTP status, for example 404 or 409. */
    public int statusCode() {
        return statusCode;
    }

    /** Jamf's message from the error page, for example {@code Unable to match computer 99}; may be empty. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The raw answer body. */
    public String body() {
        return body;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}
