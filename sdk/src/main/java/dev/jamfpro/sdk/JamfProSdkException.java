package dev.jamfpro.sdk;

/**
 * Base of every exception the SDK raises. Unchecked; asynchronous methods deliver it as the cause of
 * the future's {@link java.util.concurrent.CompletionException}.
 */
public class JamfProSdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A failure of the SDK.
     *
     * @param message what went wrong
     */
    public JamfProSdkException(String message) {
        super(message);
    }

    /**
     * A failure of the SDK, with its cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public JamfProSdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
