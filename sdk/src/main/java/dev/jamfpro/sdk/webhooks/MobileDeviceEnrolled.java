package dev.jamfpro.sdk.webhooks;

/** {@code MobileDeviceEnrolled}: Jamf Pro posts it when a mobile device enrolls. */
public final class MobileDeviceEnrolled extends AbstractWebhookEvent implements WebhookEvent {
    MobileDeviceEnrolled(WebhookDocument document) {
        super(document);
    }

    /** {@return the mobile device: the whole {@code event} object} */
    public WebhookMobileDevice mobileDevice() {
        return new WebhookMobileDevice(event());
    }

    /** {@return a builder of this event with no field set} */
    public static MobileDeviceEventBuilder<MobileDeviceEnrolled> builder() {
        return new MobileDeviceEventBuilder<>("MobileDeviceEnrolled", MobileDeviceEnrolled::new);
    }

    /** {@return a builder holding this event's fields} */
    public MobileDeviceEventBuilder<MobileDeviceEnrolled> toBuilder() {
        return new MobileDeviceEventBuilder<>(this, MobileDeviceEnrolled::new);
    }
}
