package dev.jamfpro.sdk;

/**
 * Credentials are missing, malformed, or rejected by Jamf Pro's token endpoint. The message names
 * the problem and never contains a secret.
 */
public final class CredentialsException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Credentials could not be read or were refused.
     *
     * @param message what went wrong
     */
    public CredentialsException(String message) {
        super(message);
    }

    /**
     * Credentials could not be read or were refused, with its cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
