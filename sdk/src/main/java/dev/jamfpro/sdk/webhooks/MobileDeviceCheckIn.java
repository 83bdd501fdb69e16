package dev.jamfpro.sdk.webhooks;

/** {@code MobileDeviceCheckIn}: Jamf Pro posts it when a mobile device checks in with Jamf Pro. */
public final class MobileDeviceCheckIn extends AbstractWebhookEvent implements WebhookEvent {
    MobileDeviceCheckIn(WebhookDocument document) {
        super(document);
    }

    /** {@return the mobile device: the whole {@code event} object} */
    public WebhookMobileDevice mobileDevice() {
        return new WebhookMobileDevice(event());
    }

    /** {@return a builder of this event with no field set} */
    public static MobileDeviceEventBuilder<MobileDeviceCheckIn> builder() {
        return new MobileDeviceEventBuilder<>("MobileDeviceCheckIn", MobileDeviceCheckIn::new);
    }

    /** {@return a builder holding this event's fields} */
    public MobileDeviceEventBuilder<MobileDeviceCheckIn> toBuilder() {
        return new MobileDeviceEventBuilder<>(this, MobileDeviceCheckIn::new);
    }
}
