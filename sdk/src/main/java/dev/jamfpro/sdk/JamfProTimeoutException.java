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
    /** Whether the request was a write sent to the server, whose outcome is unknown. */
    private final boolean outcomeUnknown;

    /**
     * A request that got no complete answer in time.
     *
     * @param method the request's HTTP method
     * @param path the request's path
     * @param cause the timeout as OkHttp reported it
     */
    public JamfProTimeoutException(String method, String path, Throwable cause) {
        this(method, path, method + " " + path + " timed out"
                + (isWrite(method) ? "; the write may or may not have been applied (outcome unknown), it was not replayed" : ""),
                isWrite(method), cause);
    }

    private JamfProTimeoutException(String method, String path, String message, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.path = path;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * A token request that timed out: no token was obtained, so the call that needed it was never sent
     * (its outcome is known: nothing happened).
     *
     * @param method the token request's HTTP method
     * @param path the token request's path
     * @param cause the timeout as OkHttp reported it
     * @return the exception, with {@link #outcomeUnknown()} false
     */
    public static JamfProTimeoutException tokenRequest(String method, String path, Throwable cause) {
        return new JamfProTimeoutException(method, path, method + " " + path + " (the token request) timed out: no "
                + "token was obtained, so the call that needed it was not sent", false, cause);
    }

    /** {@return the HTTP method, for example {@code POST}} */
    public String method() {
        return method;
    }

    /** {@return the request path, for example {@code /api/v1/computers-inventory}} */
    public String path() {
        return path;
    }

    /** {@return true when the request was a write sent to the server, whose outcome is unknown} */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    private static boolean isWrite(String method) {
        return !("GET".equals(method) || "HEAD".equals(method));
    }
}
