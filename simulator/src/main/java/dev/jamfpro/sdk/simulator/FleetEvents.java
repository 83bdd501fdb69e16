package dev.jamfpro.sdk.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What a change to the fleet means in Jamf Pro's webhook events: a computer added is ComputerAdded, a
 * check-in is ComputerCheckIn, and any change that moves a computer into or out of a smart group is
 * SmartGroupComputerMembershipChange for that group, after the event that caused it. Runs under the
 * fleet's write lock, so events leave in the order the changes happened.
 */
final class FleetEvents implements FleetListener {
    static final String COMPUTER_ADDED = "ComputerAdded";
    static final String COMPUTER_CHECK_IN = "ComputerCheckIn";
    static final String SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE = "SmartGroupComputerMembershipChange";

    private record SmartGroup(int id, String name, Predicate<SimulatedComputer> criteria, Set<Integer> members) {
    }

    private final SimulatedWebhooks webhooks;
    private final List<SmartGroup> groups = new ArrayList<>();

    FleetEvents(SimulatedWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** Adds a smart group whose members are the computers {@code criteria} accepts; its id. */
    synchronized int addSmartGroup(String name, Predicate<SimulatedComputer> criteria,
                                   Supplier<List<SimulatedComputer>> fleet) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(criteria, "criteria == null");
        Set<Integer> members = new HashSet<>();
        for (SimulatedComputer c : fleet.get()) { // read under this lock: no change slips between
            if (criteria.test(c)) {
                members.add(c.id());
            }
        }
        int id = groups.size() + 1;
        groups.add(new SmartGroup(id, name, criteria, members));
        return id;
    }

    /** The ids of smart group {@code id}'s members now. */
    synchronized Set<Integer> members(int id) {
        if (id < 1 || id > groups.size()) {
            throw new IllegalArgumentException("no smart group with id " + id);
        }
        return Set.copyOf(groups.get(id - 1).members());
    }

    @Override
    public synchronized void changed(Change change, SimulatedComputer before, SimulatedComputer after) {
        switch (change) {
            case ADDED -> webhooks.emit(COMPUTER_ADDED, WebhookPayloads.computer(after), 0);
            case CHECKED_IN -> webhooks.emit(COMPUTER_CHECK_IN, WebhookPayloads.checkIn(after, "CLIENT_CHECKIN"), 0);
            case UPDATED, DELETED -> {
                // no event of its own in Jamf Pro; smart groups may still change below
            }
        }
        int id = after != null ? after.id() : before.id();
        for (SmartGroup group : groups) {
            boolean was = group.members().contains(id);
            boolean is = after != null && group.criteria().test(after);
            if (was == is) {
                continue;
            }
            if (is) {
                group.members().add(id);
            } else {
                group.members().remove(id);
            }
            webhooks.emit(SMART_GROUP_COMPUTER_MEMBERSHIP_CHANGE, WebhookPayloads.smartGroupChange(group.id(),
                    group.name(), is ? List.of(after) : List.of(), is ? List.of() : List.of(before)), group.id());
        }
    }
}
