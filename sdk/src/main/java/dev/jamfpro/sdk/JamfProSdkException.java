package dev.jamfpro.sdk;

/**
 * Base of every exception the SDK raises. Unchecked; asynchronous methods deliver it as the cause of
 * the future's {@link java.util.concurrent.CompletionException}.
 */
public class JamfProSdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JamfProSdkException(String message) {
        super(message);
    }

    public JamfProSdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
