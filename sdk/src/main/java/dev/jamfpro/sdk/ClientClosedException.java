package dev.jamfpro.sdk;

/**
 * The client was closed: a call made after {@link AsyncJamfProClient#close()}, or a call still in flight
 * (or waiting for a token or a concurrency permit) when it was closed. Every such future fails with this
 * exception, whatever API the call belongs to (Pro, Classic, raw), within moments of {@code close()}.
 */
public final class ClientClosedException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    /** @param what the call that was refused or cut short, for example {@code GET /api/v1/departments} */
    public ClientClosedException(String what) {
        super(what + ": the client is closed");
    }
}
