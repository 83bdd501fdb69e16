package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import dev.jamfpro.sdk.internal.Snippets;
import dev.jamfpro.sdk.internal.json.JamfGson;
import java.util.Map;
import java.util.Optional;

/** What every event class shares: the document it was read from or built as, and its two forms. */
abstract class AbstractWebhookEvent {
    private final WebhookDocument document;

    AbstractWebhookEvent(WebhookDocument document) {
        this.document = document;
    }

    WebhookDocument document() {
        return document;
    }

    /** Typed view of the {@code event} object. */
    Fields event() {
        return document.event();
    }

    /** {@return the {@code webhook} object: which webhook fired, which event, when} */
    public WebhookMetadata webhook() {
        return new WebhookMetadata(document.webhook());
    }

    /**
     * {@return the event's name as Jamf sent it in {@code webhook.webhookEvent},
     * for example {@code ComputerCheckIn}}
     */
    public String eventName() {
        return document.eventName();
    }

    /**
     * The fields of the {@code event} object this SDK does not declare, as sent, in order (newer Jamf
     * versions add fields); for an {@link UnknownWebhookEvent}, all of them.
     *
     * @return the undeclared fields by name; empty when there are none
     */
    public Map<String, JsonElement> otherFields() {
        return event().others();
    }

    /**
     * Field {@code name} of the {@code event} object exactly as sent (a copy), declared or not.
     *
     * @param name the field's name in the {@code event} object
     * @return its value as sent; empty when absent
     */
    public Optional<JsonElement> eventField(String name) {
        return event().raw(name);
    }

    /** {@return this event in Jamf's JSON form, with every field it was read or built with} */
    public String toJson() {
        return JamfGson.gson().toJson(document.root());
    }

    /**
     * This event in Jamf's XML form ({@code <JSSEvent>}), with every field it was read or built with; a
     * list is written as its elements repeated under the list's name.
     *
     * @return the XML document
     * @throws IllegalArgumentException when a field read from JSON has a name XML cannot carry
     */
    public String toXml() {
        return XmlTree.write(XmlTree.ROOT, document.root());
    }

    /** Equal when of the same class with the same fields and values, whichever form each was read from. */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && document.root().equals(((AbstractWebhookEvent) o).document.root());
    }

    @Override
    public final int hashCode() {
        return document.root().hashCode();
    }

    @Override
    public String toString() {
        WebhookMetadata webhook = webhook();
        return getClass().getSimpleName() + "{webhook=" + webhook.id().stream().boxed().findFirst().orElse(null)
                + ", eventTimestamp=" + webhook.eventTimestamp().orElse(null)
                + ", event=" + Snippets.of(document.rawEvent().map(JsonElement::toString).orElse("")) + '}';
    }
}
