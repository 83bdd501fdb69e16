package dev.jamfpro.sdk.webhooks;

/** {@code ComputerInventoryCompleted}: Jamf Pro posts it when a computer finishes submitting inventory. */
public final class ComputerInventoryCompleted extends AbstractWebhookEvent implements WebhookEvent {
    ComputerInventoryCompleted(WebhookDocument document) {
        super(document);
    }

    /** {@return the computer: the whole {@code event} object} */
    public WebhookComputer computer() {
        return new WebhookComputer(event());
    }

    /** {@return a builder of this event with no field set} */
    public static ComputerEventBuilder<ComputerInventoryCompleted> builder() {
        return new ComputerEventBuilder<>("ComputerInventoryCompleted", ComputerInventoryCompleted::new);
    }

    /** {@return a builder holding this event's fields} */
    public ComputerEventBuilder<ComputerInventoryCompleted> toBuilder() {
        return new ComputerEventBuilder<>(this, ComputerInventoryCompleted::new);
    }
}
