package dev.jamfpro.sdk.webhooks;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code DeviceAddedToDEP}: Jamf Pro posts it when Apple Business or School Manager assigns a device to
 * one of its Automated Device Enrollment (DEP) instances.
 */
public final class DeviceAddedToDep extends AbstractWebhookEvent implements WebhookEvent {
    DeviceAddedToDep(WebhookDocument document) {
        super(document);
    }

    /** {@return the asset tag ({@code assetTag})} */
    public Optional<String> assetTag() {
        return event().string("assetTag");
    }

    /** {@return the device's description ({@code description})} */
    public Optional<String> description() {
        return event().string("description");
    }

    /** {@return when the device was assigned ({@code deviceAssignedDate}, epoch milliseconds)} */
    public Optional<Instant> deviceAssignedDate() {
        return event().epochMillis("deviceAssignedDate");
    }

    /** {@return the enrollment instance's id ({@code deviceEnrollmentProgramInstanceId})} */
    public OptionalInt deviceEnrollmentProgramInstanceId() {
        return event().integer("deviceEnrollmentProgramInstanceId");
    }

    /** {@return the model ({@code model})} */
    public Optional<String> model() {
        return event().string("model");
    }

    /** {@return the serial number ({@code serialNumber})} */
    public Optional<String> serialNumber() {
        return event().string("serialNumber");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link DeviceAddedToDep}. */
    public static final class Builder extends WebhookEventBuilder<DeviceAddedToDep, Builder> {
        private Builder() {
            super("DeviceAddedToDEP", DeviceAddedToDep::new);
        }

        private Builder(DeviceAddedToDep from) {
            super(from, DeviceAddedToDep::new);
        }

        /**
         * Sets {@code assetTag}.
         *
         * @param assetTag the value of {@code assetTag}
         * @return this builder
         */
        public Builder assetTag(String assetTag) {
            event.put("assetTag", assetTag);
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description the value of {@code description}
         * @return this builder
         */
        public Builder description(String description) {
            event.put("description", description);
            return this;
        }

        /**
         * Sets {@code deviceAssignedDate} (sent in epoch milliseconds).
         *
         * @param deviceAssignedDate the value of {@code deviceAssignedDate}
         * @return this builder
         */
        public Builder deviceAssignedDate(Instant deviceAssignedDate) {
            event.put("deviceAssignedDate", deviceAssignedDate);
            return this;
        }

        /**
         * Sets {@code deviceEnrollmentProgramInstanceId}.
         *
         * @param instanceId the value of {@code deviceEnrollmentProgramInstanceId}
         * @return this builder
         */
        public Builder deviceEnrollmentProgramInstanceId(int instanceId) {
            event.put("deviceEnrollmentProgramInstanceId", instanceId);
            return this;
        }

        /**
         * Sets {@code model}.
         *
         * @param model the value of {@code model}
         * @return this builder
         */
        public Builder model(String model) {
            event.put("model", model);
            return this;
        }

        /**
         * Sets {@code serialNumber}.
         *
         * @param serialNumber the value of {@code serialNumber}
         * @return this builder
         */
        public Builder serialNumber(String serialNumber) {
            event.put("serialNumber", serialNumber);
            return this;
        }
    }
}
