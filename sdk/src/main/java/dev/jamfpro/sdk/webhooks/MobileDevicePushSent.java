package dev.jamfpro.sdk.webhooks;

/** {@code MobileDevicePushSent}: Jamf Pro posts it when Jamf Pro sends a push notification to a mobile device. */
public final class MobileDevicePushSent extends AbstractWebhookEvent implements WebhookEvent {
    MobileDevicePushSent(WebhookDocument document) {
        super(document);
    }

    /** {@return the mobile device: the whole {@code event} object} */
    public WebhookMobileDevice mobileDevice() {
        return new WebhookMobileDevice(event());
    }

    /** {@return a builder of this event with no field set} */
    public static MobileDeviceEventBuilder<MobileDevicePushSent> builder() {
        return new MobileDeviceEventBuilder<>("MobileDevicePushSent", MobileDevicePushSent::new);
    }

    /** {@return a builder holding this event's fields} */
    public MobileDeviceEventBuilder<MobileDevicePushSent> toBuilder() {
        return new MobileDeviceEventBuilder<>(this, MobileDevicePushSent::new);
    }
}
