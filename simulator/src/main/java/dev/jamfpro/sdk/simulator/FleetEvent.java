package dev.jamfpro.sdk.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A change to the simulated fleet, told to every {@link FleetListener} of the simulator: a computer
 * was added (through the Pro API, the Classic API or {@link JamfProSimulator#addComputer}), checked in
 * ({@link JamfProSimulator#checkIn}), changed or deleted. A webhook sender, for example, turns
 * {@link Type#COMPUTER_ADDED} into Jamf's {@code ComputerAdded} event.
 */
public final class FleetEvent {
    /** What happened. */
    public enum Type {
        /** A new computer: Jamf's {@code ComputerAdded}. */
        COMPUTER_ADDED,
        /** The computer checked in (its last contact time moved): Jamf's {@code ComputerCheckIn}. */
        COMPUTER_CHECKED_IN,
        /** The computer's inventory record changed (a Pro {@code PATCH}, a Classic {@code PUT}). */
        COMPUTER_CHANGED,
        /** The computer was deleted. */
        COMPUTER_DELETED
    }

    private final Type type;
    private final SimulatedComputer computer;
    private final Instant at;

    FleetEvent(Type type, SimulatedComputer computer, Instant at) {
        this.type = Objects.requireNonNull(type, "type == null");
        this.computer = Objects.requireNonNull(computer, "computer == null");
        this.at = Objects.requireNonNull(at, "at == null");
    }

    /** {@return what happened} */
    public Type type() {
        return type;
    }

    /** {@return the computer as it is after the change (as it was, for {@link Type#COMPUTER_DELETED})} */
    public SimulatedComputer computer() {
        return computer;
    }

    /** {@return when it happened, by the simulator's clock} */
    public Instant at() {
        return at;
    }

    @Override
    public String toString() {
        return "FleetEvent{" + type + ", computer " + computer.id() + " (" + computer.name() + "), at " + at + '}';
    }
}
