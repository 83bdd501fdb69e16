package dev.jamfpro.sdk.webhooks;

import dev.jamfpro.sdk.JamfProSdkException;

/**
 * A request a {@link WebhookReceiver} refuses, with the HTTP status to answer: 401 (credentials missing
 * or wrong), 405 (not a POST), 413 (body too large), 415 (neither JSON nor XML), 400 (not a Jamf Pro
 * webhook). The message says why and never holds a secret.
 */
public final class WebhookRejectedException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;
    /** The HTTP status to answer the sender with. */
    private final int statusCode;

    /**
     * A request refused with {@code statusCode}.
     *
     * @param statusCode the HTTP status to answer with
     * @param message why, without any secret
     */
    public WebhookRejectedException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    /**
     * A request refused with {@code statusCode}, because of {@code cause}.
     *
     * @param statusCode the HTTP status to answer with
     * @param message why, without any secret
     * @param cause the failure that revealed it
     */
    public WebhookRejectedException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /** {@return the HTTP status to answer the sender with} */
    public int statusCode() {
        return statusCode;
    }
}
