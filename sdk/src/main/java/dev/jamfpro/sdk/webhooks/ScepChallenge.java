package dev.jamfpro.sdk.webhooks;

/**
 * {@code SCEPChallenge}: Jamf Pro posts it when Jamf Pro asks to have a SCEP challenge checked. Its fields are
 * not confirmed anywhere this SDK could check, so none is declared: read them with {@link #eventField} or {@link
 * #otherFields()}.
 */
public final class ScepChallenge extends AbstractWebhookEvent implements WebhookEvent {
    ScepChallenge(WebhookDocument document) {
        super(document);
    }

    /** {@return a builder of this event with no field set} */
    public static OpenEventBuilder<ScepChallenge> builder() {
        return new OpenEventBuilder<>("SCEPChallenge", ScepChallenge::new);
    }

    /** {@return a builder holding this event's fields} */
    public OpenEventBuilder<ScepChallenge> toBuilder() {
        return new OpenEventBuilder<>(this, ScepChallenge::new);
    }
}
