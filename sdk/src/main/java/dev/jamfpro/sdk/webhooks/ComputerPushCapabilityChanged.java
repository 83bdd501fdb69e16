package dev.jamfpro.sdk.webhooks;

/**
 * {@code ComputerPushCapabilityChanged}: Jamf Pro posts it when a computer's ability to receive MDM push
 * notifications changes.
 */
public final class ComputerPushCapabilityChanged extends AbstractWebhookEvent implements WebhookEvent {
    ComputerPushCapabilityChanged(WebhookDocument document) {
        super(document);
    }

    /** {@return the computer: the whole {@code event} object} */
    public WebhookComputer computer() {
        return new WebhookComputer(event());
    }

    /** {@return a builder of this event with no field set} */
    public static ComputerEventBuilder<ComputerPushCapabilityChanged> builder() {
        return new ComputerEventBuilder<>("ComputerPushCapabilityChanged", ComputerPushCapabilityChanged::new);
    }

    /** {@return a builder holding this event's fields} */
    public ComputerEventBuilder<ComputerPushCapabilityChanged> toBuilder() {
        return new ComputerEventBuilder<>(this, ComputerPushCapabilityChanged::new);
    }
}
