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

    /** The asset tag ({@code assetTag}). */
    public Optional<String> assetTag() {
        return event().string("assetTag");
    }

    /** The device's description ({@code description}). */
    public Optional<String> description() {
        return event().string("description");
    }

    /** When the device was assigned ({@code deviceAssignedDate}, epoch milliseconds). */
    public Optional<Instant> deviceAssignedDate() {
        return event().epochMillis("deviceAssignedDate");
    }

    /** The enrollment instance's id ({@code deviceEnrollmentProgramInstanceId}). */
    public OptionalInt deviceEnrollmentProgramInstanceId() {
        return event().integer("deviceEnrollmentProgramInstanceId");
    }

    /** The model ({@code model}). */
    public Optional<String> model() {
        return event().string("model");
    }

    /** The serial number ({@code serialNumber}). */
    public Optional<String> serialNumber() {
        return event().string("serialNumber");
    }

    /** A builder of this event with no field set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's fields. */
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

        /** Sets {@code assetTag}. */
        public Builder assetTag(String assetTag) {
            event.put("assetTag", assetTag);
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String description) {
            event.put("description", description);
            return this;
        }

        /** Sets {@code deviceAssignedDate} (sent in epoch milliseconds). */
        public Builder deviceAssignedDate(Instant deviceAssignedDate) {
            event.put("deviceAssignedDate", deviceAssignedDate);
            return this;
        }

        /** Sets {@code deviceEnrollmentProgramInstanceId}. */
        public Builder deviceEnrollmentProgramInstanceId(int instanceId) {
            event.put("deviceEnrollmentProgramInstanceId", instanceId);
            return this;
        }

        /** Sets {@code model}. */
        public Builder model(String model) {
            event.put("model", model);
            return this;
        }

        /** Sets {@code serialNumber}. */
        public Builder serialNumber(String serialNumber) {
            event.put("serialNumber", serialNumber);
            return this;
        }
    }
}
