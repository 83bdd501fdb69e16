package dev.jamfpro.sdk.webhooks;

import java.util.Optional;

/** {@code PushSent}: Jamf Pro posts it when it sends an MDM push notification to a device. */
public final class PushSent extends AbstractWebhookEvent implements WebhookEvent {
    PushSent(WebhookDocument document) {
        super(document);
    }

    /** {@return the device's management id ({@code managementId}; a number on older versions, read as text)} */
    public Optional<String> managementId() {
        return event().string("managementId");
    }

    /** {@return the kind of device or push ({@code type})} */
    public Optional<String> type() {
        return event().string("type");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link PushSent}. */
    public static final class Builder extends WebhookEventBuilder<PushSent, Builder> {
        private Builder() {
            super("PushSent", PushSent::new);
        }

        private Builder(PushSent from) {
            super(from, PushSent::new);
        }

        /**
         * Sets {@code managementId}.
         *
         * @param managementId the value of {@code managementId}
         * @return this builder
         */
        public Builder managementId(String managementId) {
            event.put("managementId", managementId);
            return this;
        }

        /**
         * Sets {@code type}.
         *
         * @param type the value of {@code type}
         * @return this builder
         */
        public Builder type(String type) {
            event.put("type", type);
            return this;
        }
    }
}
