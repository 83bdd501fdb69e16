package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Optional;

/**
 * One webhook as read or built: the canonical tree ({@code webhook}, {@code event} and anything else
 * Jamf put beside them, in the order sent), typed views of its two objects, and the body it was read
 * from (null when built).
 *
 * @param type the known event type, or null for an event this SDK does not know
 */
record WebhookDocument(JsonObject root, WebhookEventType type, Fields webhook, Fields event, String body,
                       WebhookFormat format) {

    /**
     * Reads the tree either form produced.
     *
     * @throws InvalidWebhookException without an object {@code webhook} naming a {@code webhookEvent},
     *         or when a known event's {@code event} is not an object
     */
    static WebhookDocument of(JsonObject raw, String body, WebhookFormat format) {
        JsonElement webhook = raw.get("webhook");
        if (webhook == null || !webhook.isJsonObject()) {
            throw new InvalidWebhookException("not a Jamf Pro webhook: no \"webhook\" object (top-level fields: "
                    + raw.keySet() + ")");
        }
        JsonElement name = webhook.getAsJsonObject().get("webhookEvent");
        if (name == null || !name.isJsonPrimitive() || name.getAsString().isBlank()) {
            throw new InvalidWebhookException("not a Jamf Pro webhook: webhook.webhookEvent is "
                    + (name == null ? "missing" : name.toString()));
        }
        WebhookEventType type = WebhookEventType.of(name.getAsString().trim()).orElse(null);
        Shape eventShape = type == null ? Shape.OPEN : type.shape();
        boolean fromXml = format == WebhookFormat.XML;
        JsonElement event = raw.get("event");
        if (fromXml && event != null && Shape.isBlankText(event)) {
            event = new JsonObject(); // <event/>: XML cannot tell an empty object from an empty text
        }
        if (type != null && event != null && !event.isJsonObject() && !event.isJsonNull()
                && !Shape.isBlankText(event)) {
            throw new InvalidWebhookException(type.eventName() + ": \"event\" is " + snippet(event)
                    + ", not an object");
        }
        JsonObject root = new JsonObject();
        JsonObject webhookObject = null;
        JsonObject eventObject = null;
        for (Map.Entry<String, JsonElement> entry : raw.entrySet()) {
            String key = entry.getKey();
            JsonElement value = entry.getValue();
            if (key.equals("webhook")) {
                webhookObject = Shapes.WEBHOOK.normalize(value.getAsJsonObject(), fromXml);
                root.add(key, webhookObject);
            } else if (key.equals("event") && event.isJsonObject()) {
                eventObject = eventShape.normalize(event.getAsJsonObject(), fromXml);
                root.add(key, eventObject);
            } else {
                root.add(key, Shape.canonicalCopy(value));
            }
        }
        return new WebhookDocument(root, type, new Fields(webhookObject, Shapes.WEBHOOK, "webhook"),
                new Fields(eventObject != null ? eventObject : new JsonObject(), eventShape, "event"), body, format);
    }

    /** The event's name as sent. */
    String eventName() {
        return webhook.string("webhookEvent").orElseThrow().trim();
    }

    /** The {@code event} element as sent (any JSON value for an unknown event), if present. */
    Optional<JsonElement> rawEvent() {
        JsonElement event = root.get("event");
        return event == null ? Optional.empty() : Optional.of(event.deepCopy());
    }

    private static String snippet(JsonElement value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
