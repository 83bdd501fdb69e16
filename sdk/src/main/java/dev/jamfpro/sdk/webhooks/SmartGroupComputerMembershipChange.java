package dev.jamfpro.sdk.webhooks;

/** {@code SmartGroupComputerMembershipChange}: Jamf Pro posts it when computers join or leave a smart group. */
public final class SmartGroupComputerMembershipChange extends SmartGroupDeviceMembershipChange<WebhookComputer>
        implements WebhookEvent {
    SmartGroupComputerMembershipChange(WebhookDocument document) {
        super(document, WebhookComputer::new);
    }

    /** {@return a builder of this event with no field set} */
    public static SmartGroupDeviceEventBuilder<SmartGroupComputerMembershipChange, WebhookComputer> builder() {
        return new SmartGroupDeviceEventBuilder<>("SmartGroupComputerMembershipChange",
                SmartGroupComputerMembershipChange::new);
    }

    /** {@return a builder holding this event's fields} */
    public SmartGroupDeviceEventBuilder<SmartGroupComputerMembershipChange, WebhookComputer> toBuilder() {
        return new SmartGroupDeviceEventBuilder<>(this, SmartGroupComputerMembershipChange::new);
    }
}
