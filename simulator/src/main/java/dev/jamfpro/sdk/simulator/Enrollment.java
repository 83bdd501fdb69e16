package dev.jamfpro.sdk.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A computer enrolling now: values as realistic as the seeded fleet's, its dates today. */
final class Enrollment {
    private Enrollment() {
    }

    /**
     * Computer {@code id} named {@code name}, enrolled and reporting at {@code now}. The other values come
     * from the fleet seeder (its third computer: the first two are fixed demo machines) with a seed of
     * their own, so each enrollment differs and the same seed and id always give the same computer.
     */
    static SimulatedComputer computer(int id, String name, Instant now, long seed) {
        SimulatedComputer.Builder b = FleetSeeder.seed(3, seed * 1_000_003L + id).get(2).toBuilder();
        b.id = id;
        b.name = name;
        b.lastEnrolledDate = now;
        b.reportDate = now;
        b.lastContactTime = now;
        b.initialEntryDate = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return b.build();
    }
}
