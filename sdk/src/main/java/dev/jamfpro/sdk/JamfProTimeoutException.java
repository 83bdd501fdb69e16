package dev.jamfpro.sdk;

/**
 * A request did not complete within {@link SessionConfig#timeout()}. For a write (POST, PUT, PATCH,
 * DELETE) the outcome is unknown: Jamf Pro may have applied it, so the SDK never replays it. Read the
 * resource back before trying again.
 */
public final class JamfProTimeoutException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;
    /** The HTTP method of the request that timed out. */
    private final String method;
    /** The path of the request that timed out. */
    private final String path;

    /**
     * A request that got no complete answer in time.
     *
     * @param method the request's HTTP method
     * @param path the request's path
     * @param cause the timeout as OkHttp reported it
     */
    public JamfProTimeoutException(String method, String path, Throwable cause) {
        super(method + " " + path + " timed out"
                + (isWrite(method) ? "; the write may or may not have been applied (outcome unknown), it was not replayed" : ""),
                cause);
        this.method = method;
        this.path = path;
    }

    /** {@return the HTTP method, for example {@code POST}} */
    public String method() {
        return method;
    }

    /** {@return the request path, for example {@code /api/v1/computers-inventory}} */
    public String path() {
        return path;
    }

    /**
     * True when the request was a write, whose outcome is unknown.
     *
     * @return whether the request was a write
     */
    public boolean outcomeUnknown() {
        return isWrite(method);
    }

    private static boolean isWrite(String method) {
        return !("GET".equals(method) || "HEAD".equals(method));
    }
}
