package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The {@code webhook} object of every event: the webhook that fired, the event's name, and when. */
public final class WebhookMetadata {
    private final Fields fields;

    WebhookMetadata(Fields fields) {
        this.fields = fields;
    }

    /** {@return the webhook's id in Jamf Pro ({@code id})} */
    public OptionalInt id() {
        return fields.integer("id");
    }

    /** {@return the webhook's display name in Jamf Pro ({@code name})} */
    public Optional<String> name() {
        return fields.string("name");
    }

    /** {@return the event's name ({@code webhookEvent}), for example {@code ComputerCheckIn}; always present} */
    public String webhookEvent() {
        return fields.string("webhookEvent").orElseThrow().trim();
    }

    /** {@return when the event happened ({@code eventTimestamp}, epoch milliseconds; Jamf Pro 10.12 and later)} */
    public Optional<Instant> eventTimestamp() {
        return fields.epochMillis("eventTimestamp");
    }

    /** {@return fields of the {@code webhook} object this SDK does not declare, as sent, in order} */
    public Map<String, JsonElement> otherFields() {
        return fields.others();
    }

    /**
     * Field {@code name} exactly as sent (a copy), declared or not.
     *
     * @param name the field's name
     * @return its value as sent; empty when absent
     */
    public Optional<JsonElement> raw(String name) {
        return fields.raw(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebhookMetadata other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "WebhookMetadata" + fields;
    }
}
