package dev.jamfpro.sdk.webhooks;

/**
 * {@code DeviceRateLimited}: Jamf Pro posts it when Jamf Pro limits how often a device may report. Its fields
 * are not confirmed anywhere this SDK could check, so none is declared: read them with {@link #eventField} or
 * {@link #otherFields()}.
 */
public final class DeviceRateLimited extends AbstractWebhookEvent implements WebhookEvent {
    DeviceRateLimited(WebhookDocument document) {
        super(document);
    }

    /** {@return a builder of this event with no field set} */
    public static OpenEventBuilder<DeviceRateLimited> builder() {
        return new OpenEventBuilder<>("DeviceRateLimited", DeviceRateLimited::new);
    }

    /** {@return a builder holding this event's fields} */
    public OpenEventBuilder<DeviceRateLimited> toBuilder() {
        return new OpenEventBuilder<>(this, DeviceRateLimited::new);
    }
}
