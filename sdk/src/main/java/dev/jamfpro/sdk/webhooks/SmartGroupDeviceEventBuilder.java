package dev.jamfpro.sdk.webhooks;

import java.util.List;
import java.util.function.Function;

/**
 * Builds {@link SmartGroupComputerMembershipChange} or {@link SmartGroupMobileDeviceMembershipChange}.
 *
 * @param <E> the event built
 * @param <D> its device record
 */
public final class SmartGroupDeviceEventBuilder<E extends WebhookEvent, D extends WebhookDevice>
        extends SmartGroupEventBuilder<E, SmartGroupDeviceEventBuilder<E, D>> {
    SmartGroupDeviceEventBuilder(String eventName, Function<WebhookDocument, E> reader) {
        super(eventName, reader);
        event.put("computer", eventName.equals("SmartGroupComputerMembershipChange"));
    }

    SmartGroupDeviceEventBuilder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
        super(from, reader);
    }

    /**
     * Sets {@code computer}: whether the group is a computer group (set to match the event from the start).
     *
     * @param computerGroup the value of {@code computer}
     * @return this builder
     */
    public SmartGroupDeviceEventBuilder<E, D> computerGroup(boolean computerGroup) {
        event.put("computer", computerGroup);
        return this;
    }

    /**
     * Sets {@code groupAddedDevices}.
     *
     * @param devices the value of {@code groupAddedDevices}
     * @return this builder
     */
    public SmartGroupDeviceEventBuilder<E, D> groupAddedDevices(List<D> devices) {
        event.putObjects("groupAddedDevices", devices, device -> device.fields.copy());
        return this;
    }

    /**
     * Sets {@code groupAddedDevicesIds}.
     *
     * @param ids the value of {@code groupAddedDevicesIds}
     * @return this builder
     */
    public SmartGroupDeviceEventBuilder<E, D> groupAddedDevicesIds(List<Integer> ids) {
        event.putInts("groupAddedDevicesIds", ids);
        return this;
    }

    /**
     * Sets {@code groupRemovedDevices}.
     *
     * @param devices the value of {@code groupRemovedDevices}
     * @return this builder
     */
    public SmartGroupDeviceEventBuilder<E, D> groupRemovedDevices(List<D> devices) {
        event.putObjects("groupRemovedDevices", devices, device -> device.fields.copy());
        return this;
    }

    /**
     * Sets {@code groupRemovedDevicesIds}.
     *
     * @param ids the value of {@code groupRemovedDevicesIds}
     * @return this builder
     */
    public SmartGroupDeviceEventBuilder<E, D> groupRemovedDevicesIds(List<Integer> ids) {
        event.putInts("groupRemovedDevicesIds", ids);
        return this;
    }

    /**
     * Sets the devices that joined and those that left, as records and as ids, as Jamf sends them.
     *
     * @param added the devices that joined
     * @param removed the devices that left
     * @return this builder
     * @throws IllegalArgumentException when a device has no {@code jssID}
     */
    public SmartGroupDeviceEventBuilder<E, D> members(List<D> added, List<D> removed) {
        return groupAddedDevices(added).groupAddedDevicesIds(ids(added))
                .groupRemovedDevices(removed).groupRemovedDevicesIds(ids(removed));
    }

    private static List<Integer> ids(List<? extends WebhookDevice> devices) {
        return devices.stream().map(device -> device.jssId().orElseThrow(() -> new IllegalArgumentException(
                "a device without jssID cannot be listed by id: " + device))).toList();
    }
}
