package dev.jamfpro.sdk.webhooks;

import java.util.Optional;
import java.util.OptionalInt;

/** {@code ComputerPatchPolicyCompleted}: Jamf Pro posts it when a patch policy finishes on a computer. */
public final class ComputerPatchPolicyCompleted extends ComputerPolicyResult implements WebhookEvent {
    ComputerPatchPolicyCompleted(WebhookDocument document) {
        super(document);
    }

    /** The patch policy's id ({@code patchPolicyId}). */
    public OptionalInt patchPolicyId() {
        return event().integer("patchPolicyId");
    }

    /** The patch policy's name ({@code patchPolicyName}). */
    public Optional<String> patchPolicyName() {
        return event().string("patchPolicyName");
    }

    /** The patched software title's id ({@code softwareTitleId}). */
    public OptionalInt softwareTitleId() {
        return event().integer("softwareTitleId");
    }

    /** The patched software title's name ({@code softwareTitleName}). */
    public Optional<String> softwareTitleName() {
        return event().string("softwareTitleName");
    }

    /** A builder of this event with no field set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's fields. */
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

        /** Sets {@code patchPolicyId}. */
        public Builder patchPolicyId(int patchPolicyId) {
            event.put("patchPolicyId", patchPolicyId);
            return this;
        }

        /** Sets {@code patchPolicyName}. */
        public Builder patchPolicyName(String patchPolicyName) {
            event.put("patchPolicyName", patchPolicyName);
            return this;
        }

        /** Sets {@code softwareTitleId}. */
        public Builder softwareTitleId(int softwareTitleId) {
            event.put("softwareTitleId", softwareTitleId);
            return this;
        }

        /** Sets {@code softwareTitleName}. */
        public Builder softwareTitleName(String softwareTitleName) {
            event.put("softwareTitleName", softwareTitleName);
            return this;
        }
    }
}
