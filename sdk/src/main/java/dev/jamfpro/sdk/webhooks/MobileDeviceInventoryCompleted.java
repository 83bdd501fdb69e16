package dev.jamfpro.sdk.webhooks;

/** {@code MobileDeviceInventoryCompleted}: Jamf Pro posts it when a mobile device finishes an inventory update. */
public final class MobileDeviceInventoryCompleted extends AbstractWebhookEvent implements WebhookEvent {
    MobileDeviceInventoryCompleted(WebhookDocument document) {
        super(document);
    }

    /** {@return the mobile device: the whole {@code event} object} */
    public WebhookMobileDevice mobileDevice() {
        return new WebhookMobileDevice(event());
    }

    /** {@return a builder of this event with no field set} */
    public static MobileDeviceEventBuilder<MobileDeviceInventoryCompleted> builder() {
        return new MobileDeviceEventBuilder<>("MobileDeviceInventoryCompleted", MobileDeviceInventoryCompleted::new);
    }

    /** {@return a builder holding this event's fields} */
    public MobileDeviceEventBuilder<MobileDeviceInventoryCompleted> toBuilder() {
        return new MobileDeviceEventBuilder<>(this, MobileDeviceInventoryCompleted::new);
    }
}
