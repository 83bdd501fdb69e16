package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import java.util.Optional;

/**
 * An event this SDK does not know (a newer Jamf Pro's): nothing is lost and nothing fails; the event's
 * name is in {@link #eventName()}, its fields in {@link #otherFields()} and the body as received in
 * {@link #rawBody()}.
 */
public final class UnknownWebhookEvent extends AbstractWebhookEvent implements WebhookEvent {
    UnknownWebhookEvent(WebhookDocument document) {
        super(document);
    }

    /** {@return the body as received (for an event built here, its JSON form)} */
    public String rawBody() {
        String body = document().body();
        return body != null ? body : toJson();
    }

    /** {@return the form the body came in (JSON for an event built here)} */
    public WebhookFormat format() {
        WebhookFormat format = document().format();
        return format != null ? format : WebhookFormat.JSON;
    }

    /** {@return the {@code event} element as sent (usually an object), if the body had one} */
    public Optional<JsonElement> rawEvent() {
        return document().rawEvent();
    }

    /**
     * A builder of an event named {@code eventName}, with no field set.
     *
     * @param eventName the name sent in {@code webhook.webhookEvent}
     * @return a builder of the event
     * @throws IllegalArgumentException when the name is blank or one of {@link WebhookEventType}'s (use
     *         that event's own builder)
     */
    public static OpenEventBuilder<UnknownWebhookEvent> builder(String eventName) {
        if (eventName == null || eventName.isBlank()) {
            throw new IllegalArgumentException("eventName is empty");
        }
        WebhookEventType.of(eventName.trim()).ifPresent(type -> {
            throw new IllegalArgumentException(eventName + " is a known event: use its own class's builder()");
        });
        return new OpenEventBuilder<>(eventName, UnknownWebhookEvent::new);
    }

    /** {@return a builder holding this event's fields} */
    public OpenEventBuilder<UnknownWebhookEvent> toBuilder() {
        return new OpenEventBuilder<>(this, UnknownWebhookEvent::new);
    }
}
