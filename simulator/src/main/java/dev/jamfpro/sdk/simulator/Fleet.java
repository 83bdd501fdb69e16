package dev.jamfpro.sdk.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The simulated computers: an immutable snapshot swapped on every change, plus a small cache of
 * filtered and sorted views so that paging through 100 000 computers sorts them once, not once per
 * page.
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
    private volatile FleetListener listener = FleetListener.NONE;

    Fleet(List<SimulatedComputer> computers) {
        this.snapshot = snapshot(0, new ArrayList<>(computers));
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

    /** Told of every change, under the write lock, so in the order the changes happen. */
    void listener(FleetListener listener) {
        this.listener = listener;
    }

    /** Adds the computer {@code make} builds for the next id (one more than the highest). */
    SimulatedComputer add(IntFunction<SimulatedComputer> make) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            List<SimulatedComputer> computers = new ArrayList<>(current.byId());
            int id = computers.isEmpty() ? 1 : computers.get(computers.size() - 1).id() + 1;
            SimulatedComputer added = make.apply(id);
            computers.add(added);
            replace(current, computers);
            listener.changed(FleetListener.Change.ADDED, null, added);
            return added;
        }
    }

    /** Replaces computer {@code id} with {@code change} applied; empty if there is no such computer. */
    Optional<SimulatedComputer> update(int id, UnaryOperator<SimulatedComputer> change) {
        return update(id, change, FleetListener.Change.UPDATED);
    }

    /** {@link #update(int, UnaryOperator)}, telling the listener what kind of change it is. */
    Optional<SimulatedComputer> update(int id, UnaryOperator<SimulatedComputer> change, FleetListener.Change kind) {
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
            listener.changed(kind, old, updated);
            return Optional.of(updated);
        }
    }

    /** Removes computer {@code id}; false if there was none. */
    boolean delete(int id) {
        synchronized (writeLock) {
            Snapshot current = snapshot;
            if (!current.index().containsKey(id)) {
                return false;
            }
            List<SimulatedComputer> computers = new ArrayList<>(current.byId());
            computers.removeIf(c -> c.id() == id);
            replace(current, computers);
            listener.changed(FleetListener.Change.DELETED, current.index().get(id), null);
            return true;
        }
    }

    private void replace(Snapshot current, List<SimulatedComputer> computers) {
        snapshot = snapshot(current.version() + 1, computers);
        views.clear();
    }
}
