package dev.jamfpro.sdk.webhooks;

import java.util.function.Function;

/**
 * Builds an event whose fields this SDK does not declare ({@link DeviceRateLimited},
 * {@link ScepChallenge}, {@link UnknownWebhookEvent}): set them with {@link #eventField}.
 *
 * @param <E> the event built
 */
public final class OpenEventBuilder<E extends WebhookEvent> extends WebhookEventBuilder<E, OpenEventBuilder<E>> {
    OpenEventBuilder(String eventName, Function<WebhookDocument, E> reader) {
        super(eventName, reader);
    }

    OpenEventBuilder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
        super(from, reader);
    }
}
