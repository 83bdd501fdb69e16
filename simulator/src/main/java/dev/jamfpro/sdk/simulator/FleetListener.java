package dev.jamfpro.sdk.simulator;

/** Told of each change to the fleet, under the fleet's write lock: in the order the changes happen. */
interface FleetListener {
    /** What happened to a computer. */
    enum Change {
        /** A computer enrolled: {@code before} is null. */
        ADDED,
        /** A computer checked in: its last contact time moved. */
        CHECKED_IN,
        /** Any other change to a computer's record (a Classic PUT, for example). */
        UPDATED,
        /** A computer was deleted: {@code after} is null. */
        DELETED
    }

    FleetListener NONE = (change, before, after) -> {
    };

    void changed(Change change, SimulatedComputer before, SimulatedComputer after);
}
