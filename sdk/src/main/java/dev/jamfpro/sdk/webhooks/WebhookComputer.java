package dev.jamfpro.sdk.webhooks;

import java.util.Optional;

/**
 * The computer record of ComputerAdded, ComputerInventoryCompleted, ComputerPushCapabilityChanged (as
 * the whole event), of ComputerCheckIn and the policy events (as {@code computer}) and of smart
 * computer group changes (as the added and removed devices).
 */
public final class WebhookComputer extends WebhookDevice {
    WebhookComputer(Fields fields) {
        super(fields);
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder(new Draft());
    }

    /** {@return a builder holding this record's fields} */
    public Builder toBuilder() {
        return new Builder(new Draft(fields.copy()));
    }

    /** {@return the primary MAC address ({@code macAddress})} */
    public Optional<String> macAddress() {
        return fields.string("macAddress");
    }

    /** {@return the secondary MAC address ({@code alternateMacAddress})} */
    public Optional<String> alternateMacAddress() {
        return fields.string("alternateMacAddress");
    }

    /** {@return the IP address the computer reported ({@code reportedIpAddress})} */
    public Optional<String> reportedIpAddress() {
        return fields.string("reportedIpAddress");
    }

    /** {@return the management id ({@code managementId}; sent by newer Jamf Pro versions)} */
    public Optional<String> managementId() {
        return fields.string("managementId");
    }

    /** Builds a {@link WebhookComputer}. */
    public static final class Builder extends WebhookDevice.Builder<WebhookComputer, Builder> {
        Builder(Draft draft) {
            super(draft);
        }

        /**
         * Sets {@code macAddress}.
         *
         * @param macAddress the value of {@code macAddress}
         * @return this builder
         */
        public Builder macAddress(String macAddress) {
            draft.put("macAddress", macAddress);
            return this;
        }

        /**
         * Sets {@code alternateMacAddress}.
         *
         * @param alternateMacAddress the value of {@code alternateMacAddress}
         * @return this builder
         */
        public Builder alternateMacAddress(String alternateMacAddress) {
            draft.put("alternateMacAddress", alternateMacAddress);
            return this;
        }

        /**
         * Sets {@code reportedIpAddress}.
         *
         * @param reportedIpAddress the value of {@code reportedIpAddress}
         * @return this builder
         */
        public Builder reportedIpAddress(String reportedIpAddress) {
            draft.put("reportedIpAddress", reportedIpAddress);
            return this;
        }

        /**
         * Sets {@code managementId}.
         *
         * @param managementId the value of {@code managementId}
         * @return this builder
         */
        public Builder managementId(String managementId) {
            draft.put("managementId", managementId);
            return this;
        }

        @Override
        public WebhookComputer build() {
            return new WebhookComputer(draft.fields(Shapes.COMPUTER, "computer"));
        }
    }
}
