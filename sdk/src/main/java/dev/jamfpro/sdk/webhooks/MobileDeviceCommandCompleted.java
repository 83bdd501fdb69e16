package dev.jamfpro.sdk.webhooks;

/** {@code MobileDeviceCommandCompleted}: Jamf Pro posts it when a mobile device reports an MDM command done. */
public final class MobileDeviceCommandCompleted extends AbstractWebhookEvent implements WebhookEvent {
    MobileDeviceCommandCompleted(WebhookDocument document) {
        super(document);
    }

    /** {@return the mobile device: the whole {@code event} object} */
    public WebhookMobileDevice mobileDevice() {
        return new WebhookMobileDevice(event());
    }

    /** {@return a builder of this event with no field set} */
    public static MobileDeviceEventBuilder<MobileDeviceCommandCompleted> builder() {
        return new MobileDeviceEventBuilder<>("MobileDeviceCommandCompleted", MobileDeviceCommandCompleted::new);
    }

    /** {@return a builder holding this event's fields} */
    public MobileDeviceEventBuilder<MobileDeviceCommandCompleted> toBuilder() {
        return new MobileDeviceEventBuilder<>(this, MobileDeviceCommandCompleted::new);
    }
}
