package dev.jamfpro.sdk.webhooks;

import java.util.function.Function;

/**
 * Builds an event whose {@code event} object is a computer record: {@link ComputerAdded},
 * {@link ComputerInventoryCompleted}, {@link ComputerPushCapabilityChanged}.
 *
 * @param <E> the event built
 */
public final class ComputerEventBuilder<E extends WebhookEvent>
        extends WebhookEventBuilder<E, ComputerEventBuilder<E>> {
    ComputerEventBuilder(String eventName, Function<WebhookDocument, E> reader) {
        super(eventName, reader);
    }

    ComputerEventBuilder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
        super(from, reader);
    }

    /**
     * The computer: replaces the whole {@code event} object with its fields.
     *
     * @param computer the computer record
     * @return this builder
     */
    public ComputerEventBuilder<E> computer(WebhookComputer computer) {
        replaceEvent(computer.fields.copy());
        return this;
    }
}
