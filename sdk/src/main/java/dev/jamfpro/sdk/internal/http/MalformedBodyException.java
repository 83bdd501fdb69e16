package dev.jamfpro.sdk.internal.http;

/** An answer body that is not what the operation declares; the call adapter adds method and path. */
final class MalformedBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
