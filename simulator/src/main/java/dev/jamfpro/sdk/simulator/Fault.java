package dev.jamfpro.sdk.simulator;

/** A failure the simulator can inject instead of a normal answer. */
public enum Fault {
    /**
     * {@code 503 Service Unavailable} with an HTML body, as Jamf Cloud's edge sends while a node is
     * restarting. Safe to retry for reads.
     */
    HTTP_503,

    /**
     * The request is read completely, then the connection is closed with a TCP reset and no answer:
     * the client sees "connection reset" after it sent the request.
     */
    CONNECTION_RESET
}
