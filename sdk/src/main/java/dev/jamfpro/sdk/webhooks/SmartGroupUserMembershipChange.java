package dev.jamfpro.sdk.webhooks;

import java.util.List;

/** {@code SmartGroupUserMembershipChange}: Jamf Pro posts it when users join or leave a smart user group. */
public final class SmartGroupUserMembershipChange extends SmartGroupMembershipChange implements WebhookEvent {
    SmartGroupUserMembershipChange(WebhookDocument document) {
        super(document);
    }

    /** {@return the ids of the users that joined the group ({@code groupAddedUserIds}); empty when none} */
    public List<Integer> groupAddedUserIds() {
        return event().intList("groupAddedUserIds");
    }

    /** {@return the ids of the users that left the group ({@code groupRemovedUserIds}); empty when none} */
    public List<Integer> groupRemovedUserIds() {
        return event().intList("groupRemovedUserIds");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link SmartGroupUserMembershipChange}. */
    public static final class Builder extends SmartGroupEventBuilder<SmartGroupUserMembershipChange, Builder> {
        private Builder() {
            super("SmartGroupUserMembershipChange", SmartGroupUserMembershipChange::new);
        }

        private Builder(SmartGroupUserMembershipChange from) {
            super(from, SmartGroupUserMembershipChange::new);
        }

        /**
         * Sets {@code groupAddedUserIds}.
         *
         * @param userIds the value of {@code groupAddedUserIds}
         * @return this builder
         */
        public Builder groupAddedUserIds(List<Integer> userIds) {
            event.putInts("groupAddedUserIds", userIds);
            return this;
        }

        /**
         * Sets {@code groupRemovedUserIds}.
         *
         * @param userIds the value of {@code groupRemovedUserIds}
         * @return this builder
         */
        public Builder groupRemovedUserIds(List<Integer> userIds) {
            event.putInts("groupRemovedUserIds", userIds);
            return this;
        }
    }
}
