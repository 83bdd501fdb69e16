package dev.jamfpro.sdk.webhooks;

import java.util.function.Function;

/**
 * Builds an event whose {@code event} object is a mobile device record: the six MobileDevice... events.
 *
 * @param <E> the event built
 */
public final class MobileDeviceEventBuilder<E extends WebhookEvent>
        extends WebhookEventBuilder<E, MobileDeviceEventBuilder<E>> {
    MobileDeviceEventBuilder(String eventName, Function<WebhookDocument, E> reader) {
        super(eventName, reader);
    }

    MobileDeviceEventBuilder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
        super(from, reader);
    }

    /**
     * The mobile device: replaces the whole {@code event} object with its fields.
     *
     * @param mobileDevice the mobile device record
     * @return this builder
     */
    public MobileDeviceEventBuilder<E> mobileDevice(WebhookMobileDevice mobileDevice) {
        replaceEvent(mobileDevice.fields.copy());
        return this;
    }
}
