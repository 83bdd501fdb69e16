package dev.jamfpro.sdk;

/**
 * Jamf Pro answered a Classic API request (under {@code /JSSResource}) with a non-2xx status. The
 * message is the one Jamf puts in its HTML error page ({@code <p>Error: ...</p>}).
 */
public final class ClassicApiException extends JamfHttpException {
    private static final long serialVersionUID = 1L;

    /** Jamf's message from the error page; may be empty. */
    private final String errorMessage;

    /**
     * An HTTP error of the Classic API.
     *
     * @param method the request's HTTP method
     * @param path the request's encoded path
     * @param statusCode the answer's HTTP status
     * @param errorMessage Jamf's message from the error page, or null
     * @param body the answer's raw body
     */
    public ClassicApiException(String method, String path, int statusCode, String errorMessage, String body) {
        super(method + " " + path + " failed: HTTP " + statusCode
                + (errorMessage == null || errorMessage.isBlank() ? "" : ": " + errorMessage), method, path, statusCode,
                body);
        this.errorMessage = errorMessage == null ? "" : errorMessage;
    }

    /** {@return Jamf's message from the error page, for example {@code Unable to match computer 99}; may be empty} */
    public String errorMessage() {
        return errorMessage;
    }
}
