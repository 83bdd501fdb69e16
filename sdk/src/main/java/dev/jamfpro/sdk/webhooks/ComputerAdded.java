package dev.jamfpro.sdk.webhooks;

/**
 * {@code ComputerAdded}: Jamf Pro posts it when a computer enrolls in Jamf Pro for the first time (not when a
 * computer already in inventory enrolls again).
 */
public final class ComputerAdded extends AbstractWebhookEvent implements WebhookEvent {
    ComputerAdded(WebhookDocument document) {
        super(document);
    }

    /** {@return the computer: the whole {@code event} object} */
    public WebhookComputer computer() {
        return new WebhookComputer(event());
    }

    /** {@return a builder of this event with no field set} */
    public static ComputerEventBuilder<ComputerAdded> builder() {
        return new ComputerEventBuilder<>("ComputerAdded", ComputerAdded::new);
    }

    /** {@return a builder holding this event's fields} */
    public ComputerEventBuilder<ComputerAdded> toBuilder() {
        return new ComputerEventBuilder<>(this, ComputerAdded::new);
    }
}
