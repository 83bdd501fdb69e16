package dev.jamfpro.sdk.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The simulator's smart groups of one kind of device (computers, mobile devices): each holds the devices
 * its criteria accept, kept up to date change by change, and tells what each change moved. Not
 * synchronized: its owner calls it in change order.
 *
 * @param <T> what the criteria test
 */
final class SmartGroups<T> {
    /** Told that a change moved a device into ({@code joined}) or out of a group. */
    @FunctionalInterface
    interface Moved {
        void moved(int groupId, String groupName, boolean joined);
    }

    private record Group<T>(int id, String name, Predicate<T> criteria, Set<Integer> members) {
    }

    private final String kind;
    private final List<Group<T>> groups = new ArrayList<>();

    /** @param kind what the groups are, for messages ({@code smart computer group}) */
    SmartGroups(String kind) {
        this.kind = kind;
    }

    /** Adds a group whose first members are those of {@code devices} that {@code criteria} accepts; its id. */
    int add(String name, Predicate<T> criteria, Iterable<T> devices, ToIntFunction<T> id) {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(criteria, "criteria == null");
        Set<Integer> members = new HashSet<>();
        for (T device : devices) {
            if (criteria.test(device)) {
                members.add(id.applyAsInt(device));
            }
        }
        groups.add(new Group<>(groups.size() + 1, name, criteria, members));
        return groups.size();
    }

    /** The ids of group {@code id}'s members now. */
    Set<Integer> members(int id) {
        if (id < 1 || id > groups.size()) {
            throw new IllegalArgumentException("no " + kind + " with id " + id);
        }
        return Set.copyOf(groups.get(id - 1).members());
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * Device {@code id} changed (to {@code device}), or is gone when not {@code exists}: updates the groups
     * and tells {@code moved} of each it joined or left, in group order.
     */
    void after(int id, T device, boolean exists, Moved moved) {
        for (Group<T> group : groups) {
            boolean was = group.members().contains(id);
            boolean is = exists && group.criteria().test(device);
            if (was == is) {
                continue;
            }
            if (is) {
                group.members().add(id);
            } else {
                group.members().remove(id);
            }
            moved.moved(group.id(), group.name(), is);
        }
    }
}
