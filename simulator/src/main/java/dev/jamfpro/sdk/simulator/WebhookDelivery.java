package dev.jamfpro.sdk.simulator;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/** One webhook the simulator posted: where, what, and how the receiver answered. */
public final class WebhookDelivery {
    private final int webhookId;
    private final String eventName;
    private final URI url;
    private final String body;
    private final int statusCode;
    private final String failure;

    WebhookDelivery(int webhookId, String eventName, URI url, String body, int statusCode, String failure) {
        this.webhookId = webhookId;
        this.eventName = eventName;
        this.url = url;
        this.body = body;
        this.statusCode = statusCode;
        this.failure = failure;
    }

    /** {@return the registration's id} */
    public int webhookId() {
        return webhookId;
    }

    /** {@return the event, for example {@code ComputerCheckIn}} */
    public String eventName() {
        return eventName;
    }

    /** {@return where it was posted} */
    public URI url() {
        return url;
    }

    /** {@return the body posted (JSON or XML)} */
    public String body() {
        return body;
    }

    /** {@return the receiver's HTTP status; empty when no answer came (see {@link #failure()})} */
    public OptionalInt statusCode() {
        return statusCode > 0 ? OptionalInt.of(statusCode) : OptionalInt.empty();
    }

    /** {@return why no answer came (connection refused, timeout...); empty when the receiver answered} */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** {@return whether the receiver answered 2xx} */
    public boolean delivered() {
        return statusCode >= 200 && statusCode < 300;
    }

    @Override
    public String toString() {
        return "WebhookDelivery{" + eventName + " to " + url + " (webhook " + webhookId + "): "
                + (failure != null ? failure : String.valueOf(statusCode)) + '}';
    }
}
