package dev.jamfpro.sdk.webhooks;

/** {@code MobileDeviceUnEnrolled}: Jamf Pro posts it when a mobile device is unenrolled. */
public final class MobileDeviceUnEnrolled extends AbstractWebhookEvent implements WebhookEvent {
    MobileDeviceUnEnrolled(WebhookDocument document) {
        super(document);
    }

    /** {@return the mobile device: the whole {@code event} object} */
    public WebhookMobileDevice mobileDevice() {
        return new WebhookMobileDevice(event());
    }

    /** {@return a builder of this event with no field set} */
    public static MobileDeviceEventBuilder<MobileDeviceUnEnrolled> builder() {
        return new MobileDeviceEventBuilder<>("MobileDeviceUnEnrolled", MobileDeviceUnEnrolled::new);
    }

    /** {@return a builder holding this event's fields} */
    public MobileDeviceEventBuilder<MobileDeviceUnEnrolled> toBuilder() {
        return new MobileDeviceEventBuilder<>(this, MobileDeviceUnEnrolled::new);
    }
}
