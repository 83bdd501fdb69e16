package dev.jamfpro.sdk.simulator;

/**
 * Told of every change to the simulated fleet ({@link JamfProSimulator#addFleetListener}), on the
 * thread that made the change, after it is visible to requests and before the next change is made:
 * listeners hear of changes one at a time, in the order they happened. Keep it short (hand slow work,
 * such as sending a webhook, to an executor: the fleet's changes wait for it); an exception it throws
 * is logged and does not undo the change. The simulator's own webhooks ({@link JamfProSimulator#webhooks()})
 * are told through this same hook.
 */
@FunctionalInterface
public interface FleetListener {
    /**
     * Told of one change.
     *
     * @param event what changed, the computer as it is after the change, and when
     */
    void onFleetEvent(FleetEvent event);
}
