package dev.jamfpro.sdk.simulator;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one place the simulator tells its {@link FleetListener}s what changed in the fleet; {@link Fleet}
 * calls it under its write lock, so the listeners hear of changes in the order they happened.
 */
final class FleetEvents {
    private static final System.Logger LOG = System.getLogger(FleetEvents.class.getName());

    private final List<FleetListener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    FleetEvents(Clock clock) {
        this.clock = clock;
    }

    void add(FleetListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener == null"));
    }

    boolean remove(FleetListener listener) {
        return listeners.remove(listener);
    }

    void fire(FleetEvent.Type type, SimulatedComputer computer) {
        if (listeners.isEmpty()) {
            return;
        }
        FleetEvent event = new FleetEvent(type, computer, clock.instant());
        for (FleetListener listener : listeners) {
            try {
                listener.onFleetEvent(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a fleet listener failed on " + event, e);
            }
        }
    }
}
