package dev.jamfpro.sdk;

/**
 * Credentials are missing, malformed, or rejected by Jamf Pro's token endpoint. The message names
 * the problem and never contains a secret.
 */
public final class CredentialsException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
