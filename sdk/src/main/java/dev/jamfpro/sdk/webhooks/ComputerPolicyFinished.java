package dev.jamfpro.sdk.webhooks;

import java.util.OptionalInt;

/** {@code ComputerPolicyFinished}: Jamf Pro posts it when a policy finishes running on a computer. */
public final class ComputerPolicyFinished extends ComputerPolicyResult implements WebhookEvent {
    ComputerPolicyFinished(WebhookDocument document) {
        super(document);
    }

    /** {@return the policy's id ({@code policyId})} */
    public OptionalInt policyId() {
        return event().integer("policyId");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ComputerPolicyFinished}. */
    public static final class Builder extends ComputerPolicyResult.Builder<ComputerPolicyFinished, Builder> {
        private Builder() {
            super("ComputerPolicyFinished", ComputerPolicyFinished::new);
        }

        private Builder(ComputerPolicyFinished from) {
            super(from, ComputerPolicyFinished::new);
        }

        /**
         * Sets {@code policyId}.
         *
         * @param policyId the value of {@code policyId}
         * @return this builder
         */
        public Builder policyId(int policyId) {
            event.put("policyId", policyId);
            return this;
        }
    }
}
