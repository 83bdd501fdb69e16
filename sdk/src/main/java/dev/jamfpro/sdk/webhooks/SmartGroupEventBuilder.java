package dev.jamfpro.sdk.webhooks;

import java.util.function.Function;

/**
 * What the smart group event builders share: the group.
 *
 * @param <E> the event built
 * @param <B> the builder itself
 */
public abstract sealed class SmartGroupEventBuilder<E extends WebhookEvent, B extends SmartGroupEventBuilder<E, B>>
        extends WebhookEventBuilder<E, B> permits SmartGroupDeviceEventBuilder, SmartGroupUserMembershipChange.Builder {
    SmartGroupEventBuilder(String eventName, Function<WebhookDocument, E> reader) {
        super(eventName, reader);
        event.put("smartGroup", true);
    }

    SmartGroupEventBuilder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
        super(from, reader);
    }

    /**
     * Sets {@code name}, the group's name.
     *
     * @param name the value of {@code name}
     * @return this builder
     */
    public B groupName(String name) {
        event.put("name", name);
        return self();
    }

    /**
     * Sets {@code jssid}, the group's id.
     *
     * @param groupId the value of {@code jssid}
     * @return this builder
     */
    public B groupId(int groupId) {
        event.put("jssid", groupId);
        return self();
    }

    /**
     * Sets {@code smartGroup} (true from the start).
     *
     * @param smartGroup the value of {@code smartGroup}
     * @return this builder
     */
    public B smartGroup(boolean smartGroup) {
        event.put("smartGroup", smartGroup);
        return self();
    }
}
