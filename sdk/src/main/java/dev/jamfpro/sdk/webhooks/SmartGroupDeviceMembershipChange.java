package dev.jamfpro.sdk.webhooks;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A smart computer or mobile device group whose members changed: the devices that joined and left,
 * as records and as ids.
 *
 * @param <D> the device record: {@link WebhookComputer} or {@link WebhookMobileDevice}
 */
public abstract sealed class SmartGroupDeviceMembershipChange<D extends WebhookDevice>
        extends SmartGroupMembershipChange
        permits SmartGroupComputerMembershipChange, SmartGroupMobileDeviceMembershipChange {
    private final Function<Fields, D> device;

    SmartGroupDeviceMembershipChange(WebhookDocument document, Function<Fields, D> device) {
        super(document);
        this.device = device;
    }

    /** {@return whether the group is a computer group ({@code computer})} */
    public Optional<Boolean> computerGroup() {
        return event().bool("computer");
    }

    /** {@return the devices that joined the group ({@code groupAddedDevices}); empty when none} */
    public List<D> groupAddedDevices() {
        return event().objectList("groupAddedDevices").stream().map(device).toList();
    }

    /** {@return the ids of the devices that joined the group ({@code groupAddedDevicesIds}); empty when none} */
    public List<Integer> groupAddedDevicesIds() {
        return event().intList("groupAddedDevicesIds");
    }

    /** {@return the devices that left the group ({@code groupRemovedDevices}); empty when none} */
    public List<D> groupRemovedDevices() {
        return event().objectList("groupRemovedDevices").stream().map(device).toList();
    }

    /** {@return the ids of the devices that left the group ({@code groupRemovedDevicesIds}); empty when none} */
    public List<Integer> groupRemovedDevicesIds() {
        return event().intList("groupRemovedDevicesIds");
    }
}
