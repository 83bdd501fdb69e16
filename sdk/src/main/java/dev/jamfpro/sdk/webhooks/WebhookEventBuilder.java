package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * What every event builder shares: the {@code webhook} object and fields of the {@code event} object
 * this SDK does not declare. Builders start empty ({@code ComputerAdded.builder()}), from an event
 * ({@code event.toBuilder()}), or filled with realistic values ({@link FakeWebhooks}).
 *
 * @param <E> the event built
 * @param <B> the builder itself
 */
public abstract class WebhookEventBuilder<E extends WebhookEvent, B extends WebhookEventBuilder<E, B>> {
    private final String eventName;
    private final Function<WebhookDocument, E> reader;
    private final Draft webhook;
    private final Draft root;
    /** The {@code event} object. */
    final Draft event;

    WebhookEventBuilder(String eventName, Function<WebhookDocument, E> reader) {
        this.eventName = eventName;
        this.reader = reader;
        this.webhook = new Draft();
        this.root = new Draft();
        this.event = new Draft();
    }

    WebhookEventBuilder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
        this.eventName = from.eventName();
        this.reader = reader;
        JsonObject tree = from.document().root();
        this.webhook = new Draft(tree.getAsJsonObject("webhook"));
        this.root = new Draft(tree);
        JsonElement event = tree.get("event");
        this.event = new Draft(event != null && event.isJsonObject() ? event.getAsJsonObject() : new JsonObject());
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * The id of the webhook in Jamf Pro ({@code webhook.id}).
     *
     * @param id the webhook's id
     * @return this builder
     */
    public B webhookId(int id) {
        webhook.put("id", id);
        return self();
    }

    /**
     * The display name of the webhook in Jamf Pro ({@code webhook.name}).
     *
     * @param name the webhook's display name
     * @return this builder
     */
    public B webhookName(String name) {
        webhook.put("name", name);
        return self();
    }

    /**
     * When the event happened ({@code webhook.eventTimestamp}, sent in epoch milliseconds).
     *
     * @param timestamp when the event happened
     * @return this builder
     */
    public B eventTimestamp(Instant timestamp) {
        webhook.put("eventTimestamp", timestamp);
        return self();
    }

    /**
     * Sets field {@code name} of the {@code event} object to {@code value} as is: a field this SDK does
     * not declare (as a newer Jamf would send), or a declared one with a value of another kind.
     *
     * @param name the field's name
     * @param value its value, sent as is
     * @return this builder
     */
    public B eventField(String name, JsonElement value) {
        event.put(name, value);
        return self();
    }

    /**
     * Leaves field {@code name} out of the {@code event} object.
     *
     * @param name the field's name
     * @return this builder
     */
    public B removeEventField(String name) {
        event.remove(name);
        return self();
    }

    /** {@return the event; the builder stays usable} */
    public E build() {
        JsonObject webhookObject = new JsonObject();
        for (String name : Shapes.WEBHOOK.names()) {
            if (name.equals("webhookEvent")) {
                webhookObject.addProperty(name, eventName);
            } else if (webhook.object.has(name)) {
                webhookObject.add(name, webhook.object.get(name));
            }
        }
        webhook.object.entrySet().stream().filter(e -> !Shapes.WEBHOOK.declares(e.getKey()))
                .forEach(e -> webhookObject.add(e.getKey(), e.getValue()));
        JsonObject tree = new JsonObject();
        tree.add("webhook", webhookObject);
        tree.add("event", WebhookEventType.of(eventName).map(WebhookEventType::shape).orElse(Shape.OPEN)
                .ordered(event.object));
        for (Map.Entry<String, JsonElement> entry : root.object.entrySet()) {
            if (!tree.has(entry.getKey())) {
                tree.add(entry.getKey(), entry.getValue());
            }
        }
        return reader.apply(WebhookDocument.of(tree, null, null));
    }

    /** Replaces the whole {@code event} object with a copy of {@code object}. */
    void replaceEvent(JsonObject object) {
        event.object.entrySet().clear();
        object.entrySet().forEach(e -> event.object.add(e.getKey(), e.getValue().deepCopy()));
    }
}
