package dev.jamfpro.sdk.webhooks;

import java.util.Optional;
import java.util.OptionalInt;

/** What the three smart group membership events share: the group. */
public abstract sealed class SmartGroupMembershipChange extends AbstractWebhookEvent
        permits SmartGroupDeviceMembershipChange, SmartGroupUserMembershipChange {
    SmartGroupMembershipChange(WebhookDocument document) {
        super(document);
    }

    /** {@return the group's name ({@code name})} */
    public Optional<String> groupName() {
        return event().string("name");
    }

    /** {@return the group's id in Jamf Pro ({@code jssid})} */
    public OptionalInt groupId() {
        return event().integer("jssid");
    }

    /** {@return whether the group is a smart group ({@code smartGroup}; always true for these events)} */
    public Optional<Boolean> smartGroup() {
        return event().bool("smartGroup");
    }
}
