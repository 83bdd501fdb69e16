package dev.jamfpro.sdk.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The simulated computers: an immutable snapshot swapped on every change, plus a small cache of
 * filtered and sorted views so that paging through 100 000 computers sorts them once, not once per
 * page. Every change is told to the {@link FleetEvents} under the write lock, once it is visible: the
 * listeners hear of changes in the order they happened.
 */
final class Fleet {
    private record Snapshot(long version, List<SimulatedComputer> byId, Map<Integer, SimulatedComputer> index) {
    }

    private record ViewKey(long version, String filter, String sort) {
    }

    private static final int MAX_VIEWS = 64;

    private final Object writeLock = new Object();
    private volatile Snapshot snapshot;
    private final Map<ViewKey, List<SimulatedComputer>> views = new ConcurrentHashMap<>();
    private final FleetEvents events;

    Fleet(List<SimulatedComputer> computers, FleetEvents events) {
        this.snapshot = snapshot(0, new ArrayList<>(computers));
        this.events = events;
    }

    private static Snapshot snapshot(long version, List<SimulatedComputer> computers) {
        computers.sort(Comparator.comparingInt(SimulatedComputer::id));
        Map<Integer, SimulatedComputer> index = new HashMap<>(computers.size() * 2);
        computers.forEach(c -> index.put(c.id(), c));
        return new Snapshot(version, Collections.unmodifiableList(computers), Collections.unmodifiableMap(index));
    }

    /** Every computer, in id order. */
    List<SimulatedComputer> all() {
        return snapshot.byId();
    }

    Optional<SimulatedComputer> byId(int id) {
        return Optional.ofNullable(snapshot.index().get(id));
    }

    Optional<SimulatedComputer> first(Predicate<SimulatedComputer> test) {
        return snapshot.byId().stream().filter(test).findFirst();
    }

    int size() {
        return snapshot.byId().size();
    }

    /**
     * The computers matching {@code filter} in {@code sort} order; {@code filterText} and
     * {@code sortText} key the cache (the predicate and comparator are compiled from them).
     */
    List<SimulatedComputer> view(String filterText, Predicate<SimulatedComputer> filter, String sortText,
                                 Comparator<SimulatedComputer> sort) {
        Snapshot current = snapshot;
        ViewKey key = new ViewKey(current.version(), filterText, sortText);
        List<SimulatedComputer> cached = views.get(key);
        if (cached != null) {
            return cached;
        }
        List<SimulatedComputer> result = new ArrayList<>();
        for (SimulatedComputer c : current.byId()) {
            if (filter == null || filter.test(c)) {
                result.add(c);
            }
        }
        result.sort(sort);
        List<SimulatedComputer> view = Collections.unmodifiableList(result);
        if (views.size() >= MAX_VIEWS) {
            views.clear();
        }
        views.put(key, view);
        return view;
    }

    /**
     * Replaces computer {@code id} with {@code change} applied and tells the listeners {@code type}
     * ({@link FleetEvent.Type#COMPUTER_CHANGED} or {@link FleetEvent.Type#COMPUTER_CHECKED_IN}); empty
     * if there is no such computer.
     */
    Optional<SimulatedComputer> update(int id, UnaryOperator<SimulatedComputer> change, FleetEvent.Type type) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            SimulatedComputer old = current.index().get(id);
            if (old == null) {
                return Optional.empty();
            }
            SimulatedComputer updated = change.apply(old);
            List<SimulatedComputer> computers = new ArrayList<>(current.byId());
            computers.replaceAll(c -> c.id() == id ? updated : c);
            replace(current, computers);
            events.fire(type, updated);
            return Optional.of(updated);
        }
    }

    /**
     * Adds a computer made by {@code make} from the next free id (one more than the highest) and tells
     * the listeners ({@link FleetEvent.Type#COMPUTER_ADDED}). Returns it.
     */
    SimulatedComputer add(java.util.function.IntFunction<SimulatedComputer> make) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            int id = current.byId().isEmpty() ? 1 : current.byId().get(current.byId().size() - 1).id() + 1;
            SimulatedComputer added = make.apply(id);
            if (added.id() != id) {
                throw new IllegalStateException("a new computer must take id " + id + ", not " + added.id());
            }
            List<SimulatedComputer> computers = new ArrayList<>(current.byId());
            computers.add(added);
            replace(current, computers);
            events.fire(FleetEvent.Type.COMPUTER_ADDED, added);
            return added;
        }
    }

    /**
     * Removes computer {@code id} and tells the listeners ({@link FleetEvent.Type#COMPUTER_DELETED}, with
     * the computer as it was); false if there was none.
     */
    boolean delete(int id) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            SimulatedComputer deleted = current.index().get(id);
            if (deleted == null) {
                return false;
            }
            List<SimulatedComputer> computers = new ArrayList<>(current.byId());
            computers.removeIf(c -> c.id() == id);
            replace(current, computers);
            events.fire(FleetEvent.Type.COMPUTER_DELETED, deleted);
            return true;
        }
    }

    /**
     * Runs {@code change} under the fleet's write lock: a change to other state (a Pro or Classic record) made
     * this way is ordered with the fleet's own changes, so what listeners and webhooks are told of it, in
     * {@code change}, takes its place in the one order of changes. Reentrant: fleet changes inside are fine.
     */
    <T> T inOrder(java.util.function.Supplier<T> change) {
        synchronized (writeLock) {
            return change.get();
        }
    }

    private void replace(Snapshot current, List<SimulatedComputer> computers) {
        snapshot = snapshot(current.version() + 1, computers);
        views.clear();
    }
}
