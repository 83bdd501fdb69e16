package dev.jamfpro.sdk.webhooks;

import java.util.Optional;
import java.util.OptionalInt;

/** {@code ComputerPolicyFinished}: Jamf Pro posts it when a policy finishes running on a computer. */
public final class ComputerPolicyFinished extends AbstractWebhookEvent implements WebhookEvent {
    ComputerPolicyFinished(WebhookDocument document) {
        super(document);
    }

    /** The computer the policy ran on ({@code computer}). */
    public Optional<WebhookComputer> computer() {
        return event().object("computer").map(WebhookComputer::new);
    }

    /** The policy's id ({@code policyId}). */
    public OptionalInt policyId() {
        return event().integer("policyId");
    }

    /** Whether the policy succeeded ({@code successful}). */
    public Optional<Boolean> successful() {
        return event().bool("successful");
    }

    /** A builder of this event with no field set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ComputerPolicyFinished}. */
    public static final class Builder extends WebhookEventBuilder<ComputerPolicyFinished, Builder> {
        private Builder() {
            super("ComputerPolicyFinished", ComputerPolicyFinished::new);
        }

        private Builder(ComputerPolicyFinished from) {
            super(from, ComputerPolicyFinished::new);
        }

        /** Sets {@code computer}. */
        public Builder computer(WebhookComputer computer) {
            event.put("computer", computer.fields.copy());
            return this;
        }

        /** Sets {@code policyId}. */
        public Builder policyId(int policyId) {
            event.put("policyId", policyId);
            return this;
        }

        /** Sets {@code successful}. */
        public Builder successful(boolean successful) {
            event.put("successful", successful);
            return this;
        }
    }
}
