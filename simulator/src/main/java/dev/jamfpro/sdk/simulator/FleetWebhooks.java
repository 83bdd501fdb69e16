package dev.jamfpro.sdk.simulator;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a change to the fleet means in Jamf Pro's webhook events: a computer added is ComputerAdded, a
 * check-in is ComputerCheckIn, a change to its inventory record is ComputerInventoryCompleted, and any
 * change that moves a computer into or out of a smart group is
 * SmartGroupComputerMembershipChange for that group, after the event that caused it. A
 * {@link FleetListener} like any other: the fleet tells it of each change under its write lock, so
 * events are queued in the order the changes happened.
 */
final class FleetWebhooks implements FleetListener {
    static final String COMPUTER_ADDED = "ComputerAdded";
    static final String COMPUTER_CHECK_IN = "ComputerCheckIn";
    static final String COMPUTER_INVENTORY_COMPLETED = "ComputerInventoryCompleted";
    static final String SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE = "SmartGroupComputerMembershipChange";

    private final SimulatedWebhooks webhooks;
    private final Supplier<List<SimulatedComputer>> fleet;
    private final SmartGroups<SimulatedComputer> groups = new SmartGroups<>("smart computer group");

    FleetWebhooks(SimulatedWebhooks webhooks, Supplier<List<SimulatedComputer>> fleet) {
        this.webhooks = webhooks;
        this.fleet = fleet;
    }

    /** Adds a smart group whose members are the computers {@code criteria} accepts; its id. */
    synchronized int addSmartGroup(String name, Predicate<SimulatedComputer> criteria) {
        // A change made while this lock is held is already in the snapshot read here, and its event waits
        // for this lock: it then finds the group's members up to date, so no change is missed or told twice.
        return groups.add(name, criteria, fleet.get(), SimulatedComputer::id);
    }

    /** The ids of smart group {@code id}'s members now. */
    synchronized Set<Integer> members(int id) {
        return groups.members(id);
    }

    @Override
    public synchronized void onFleetEvent(FleetEvent event) {
        SimulatedComputer computer = event.computer();
        Instant at = event.at();
        switch (event.type()) {
            case COMPUTER_ADDED -> webhooks.emit(COMPUTER_ADDED, () -> WebhookPayloads.computer(computer), 0, at);
            case COMPUTER_CHECKED_IN -> webhooks.emit(COMPUTER_CHECK_IN,
                    () -> WebhookPayloads.checkIn(computer, "CLIENT_CHECKIN"), 0, at);
            // inventory submitted: the record's new values came in (a Pro PATCH, a Classic PUT)
            case COMPUTER_CHANGED -> webhooks.emit(COMPUTER_INVENTORY_COMPLETED, () -> WebhookPayloads.computer(computer),
                    0, at);
            case COMPUTER_DELETED -> {
                // no event of its own in Jamf Pro; smart groups may still change below
            }
        }
        groups.after(computer.id(), computer, event.type() != FleetEvent.Type.COMPUTER_DELETED, (id, name, joined) ->
                webhooks.emit(SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE, () -> {
                    List<JsonObject> moved = List.of(WebhookPayloads.computer(computer));
                    return WebhookPayloads.smartGroupChange(id, name, true, joined ? moved : List.of(),
                            joined ? List.of() : moved);
                }, id, at));
    }
}
