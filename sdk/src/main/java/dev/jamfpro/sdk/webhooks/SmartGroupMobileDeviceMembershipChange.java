package dev.jamfpro.sdk.webhooks;

/**
 * {@code SmartGroupMobileDeviceMembershipChange}: Jamf Pro posts it when mobile devices join or leave a
 * smart group.
 */
public final class SmartGroupMobileDeviceMembershipChange extends SmartGroupDeviceMembershipChange<WebhookMobileDevice>
        implements WebhookEvent {
    SmartGroupMobileDeviceMembershipChange(WebhookDocument document) {
        super(document, WebhookMobileDevice::new);
    }

    /** {@return a builder of this event with no field set} */
    public static SmartGroupDeviceEventBuilder<SmartGroupMobileDeviceMembershipChange, WebhookMobileDevice> builder() {
        return new SmartGroupDeviceEventBuilder<>("SmartGroupMobileDeviceMembershipChange",
                SmartGroupMobileDeviceMembershipChange::new);
    }

    /** {@return a builder holding this event's fields} */
    public SmartGroupDeviceEventBuilder<SmartGroupMobileDeviceMembershipChange, WebhookMobileDevice> toBuilder() {
        return new SmartGroupDeviceEventBuilder<>(this, SmartGroupMobileDeviceMembershipChange::new);
    }
}
