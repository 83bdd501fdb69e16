package dev.jamfpro.sdk.examples;

import dev.jamfpro.sdk.pro.model.ComputerInventoryV4;
import dev.jamfpro.sdk.simulator.JamfProSimulator;
import dev.jamfpro.sdk.simulator.SimulatedComputer;
import java.util.Comparator;
import java.util.List;

/** What the example tests expect of a simulated fleet, shared by the asynchronous and synchronous tests. */
final class ExampleFleet {
    private ExampleFleet() {
    }

    /** The fleet's ids in the inventory's default order: by name, case-insensitively, then by id. */
    static List<Integer> idsByName(JamfProSimulator jamf) {
        return jamf.computers().stream()
                .sorted(Comparator.comparing(SimulatedComputer::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(SimulatedComputer::id))
                .map(SimulatedComputer::id).toList();
    }

    /** The ids of inventory records, as numbers, in their order. */
    static List<Integer> ids(List<ComputerInventoryV4> computers) {
        return computers.stream().map(c -> Integer.parseInt(c.getId())).toList();
    }
}
