package dev.jamfpro.sdk.webhooks;

import java.util.Optional;
import java.util.OptionalInt;

/** {@code ComputerPatchPolicyCompleted}: Jamf Pro posts it when a patch policy finishes on a computer. */
public final class ComputerPatchPolicyCompleted extends ComputerPolicyResult implements WebhookEvent {
    ComputerPatchPolicyCompleted(WebhookDocument document) {
        super(document);
    }

    /** {@return the patch policy's id ({@code patchPolicyId})} */
    public OptionalInt patchPolicyId() {
        return event().integer("patchPolicyId");
    }

    /** {@return the patch policy's name ({@code patchPolicyName})} */
    public Optional<String> patchPolicyName() {
        return event().string("patchPolicyName");
    }

    /** {@return the patched software title's id ({@code softwareTitleId})} */
    public OptionalInt softwareTitleId() {
        return event().integer("softwareTitleId");
    }

    /** {@return the patched software title's name ({@code softwareTitleName})} */
    public Optional<String> softwareTitleName() {
        return event().string("softwareTitleName");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ComputerPatchPolicyCompleted}. */
    public static final class Builder extends ComputerPolicyResult.Builder<ComputerPatchPolicyCompleted, Builder> {
        private Builder() {
            super("ComputerPatchPolicyCompleted", ComputerPatchPolicyCompleted::new);
        }

        private Builder(ComputerPatchPolicyCompleted from) {
            super(from, ComputerPatchPolicyCompleted::new);
        }

        /**
         * Sets {@code patchPolicyId}.
         *
         * @param patchPolicyId the value of {@code patchPolicyId}
         * @return this builder
         */
        public Builder patchPolicyId(int patchPolicyId) {
            event.put("patchPolicyId", patchPolicyId);
            return this;
        }

        /**
         * Sets {@code patchPolicyName}.
         *
         * @param patchPolicyName the value of {@code patchPolicyName}
         * @return this builder
         */
        public Builder patchPolicyName(String patchPolicyName) {
            event.put("patchPolicyName", patchPolicyName);
            return this;
        }

        /**
         * Sets {@code softwareTitleId}.
         *
         * @param softwareTitleId the value of {@code softwareTitleId}
         * @return this builder
         */
        public Builder softwareTitleId(int softwareTitleId) {
            event.put("softwareTitleId", softwareTitleId);
            return this;
        }

        /**
         * Sets {@code softwareTitleName}.
         *
         * @param softwareTitleName the value of {@code softwareTitleName}
         * @return this builder
         */
        public Builder softwareTitleName(String softwareTitleName) {
            event.put("softwareTitleName", softwareTitleName);
            return this;
        }
    }
}
