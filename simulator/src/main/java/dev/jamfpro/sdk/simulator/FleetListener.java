package dev.jamfpro.sdk.simulator;

/**
 * Told of every change to the simulated fleet ({@link JamfProSimulator#addFleetListener}), on the
 * thread that made the change, after it is visible to requests. Keep it short (hand slow work, such
 * as sending a webhook, to an executor); an exception it throws is logged and does not undo the change.
 */
@FunctionalInterface
public interface FleetListener {
    void onFleetEvent(FleetEvent event);
}
