package dev.jamfpro.sdk.webhooks;

import dev.jamfpro.sdk.JamfProSdkException;

/**
 * A body that is not a Jamf Pro webhook (not JSON or XML, no {@code webhook.webhookEvent}, an
 * {@code event} that is not an object), or a field read through a typed accessor whose value is not
 * of the kind Jamf documents; the message names the problem.
 */
public final class InvalidWebhookException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * A webhook that cannot be read.
     *
     * @param message what is wrong with it
     */
    public InvalidWebhookException(String message) {
        super(message);
    }

    /**
     * A webhook that cannot be read, because of {@code cause}.
     *
     * @param message what is wrong with it
     * @param cause the failure that revealed it
     */
    public InvalidWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
