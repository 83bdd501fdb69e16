package dev.jamfpro.sdk;

/**
 * Jamf Pro answered a Classic API request (under {@code /JSSResource}) with a non-2xx status. The
 * message is the one Jamf puts in its HTML error page ({@code <p>Error: ...</p>}).
 */
public final class ClassicApiException extends JamfHttpException {
    private static final long serialVersionUID = 1L;

    private final String errorMessage;

    public ClassicApiException(String method, String path, int statusCode, String errorMessage, String body) {
        super(method + " " + path + " failed: HTTP " + statusCode
                + (errorMessage == null || errorMessage.isBlank() ? "" : ": " + errorMessage), method, path, statusCode,
                body);
        this.errorMessage = errorMessage == null ? "" : errorMessage;
    }

    /** Jamf's message from the error page, for example {@code Unable to match computer 99}; may be empty. */
    public String errorMessage() {
        return errorMessage;
    }
}
