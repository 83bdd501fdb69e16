package dev.jamfpro.sdk.webhooks;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code PatchSoftwareTitleUpdated}: Jamf Pro posts it when a patch management software title gets a
 * new version. Its fields come from Jamf's developer guide and are not confirmed against a server:
 * like every event, it reads whatever arrives, and a field missing here is kept in {@link #otherFields()}.
 */
public final class PatchSoftwareTitleUpdated extends AbstractWebhookEvent implements WebhookEvent {
    PatchSoftwareTitleUpdated(WebhookDocument document) {
        super(document);
    }

    /** The software title's id ({@code jssID}). */
    public OptionalInt jssId() {
        return event().integer("jssID");
    }

    /** When the title was last updated ({@code lastUpdate}, epoch milliseconds). */
    public Optional<Instant> lastUpdate() {
        return event().epochMillis("lastUpdate");
    }

    /** The newest version ({@code latestVersion}). */
    public Optional<String> latestVersion() {
        return event().string("latestVersion");
    }

    /** The software title's name ({@code name}). */
    public Optional<String> name() {
        return event().string("name");
    }

    /** The title's report page in Jamf Pro ({@code reportUrl}). */
    public Optional<String> reportUrl() {
        return event().string("reportUrl");
    }

    /** A builder of this event with no field set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link PatchSoftwareTitleUpdated}. */
    public static final class Builder extends WebhookEventBuilder<PatchSoftwareTitleUpdated, Builder> {
        private Builder() {
            super("PatchSoftwareTitleUpdated", PatchSoftwareTitleUpdated::new);
        }

        private Builder(PatchSoftwareTitleUpdated from) {
            super(from, PatchSoftwareTitleUpdated::new);
        }

        /** Sets {@code jssID}. */
        public Builder jssId(int jssId) {
            event.put("jssID", jssId);
            return this;
        }

        /** Sets {@code lastUpdate} (sent in epoch milliseconds). */
        public Builder lastUpdate(Instant lastUpdate) {
            event.put("lastUpdate", lastUpdate);
            return this;
        }

        /** Sets {@code latestVersion}. */
        public Builder latestVersion(String latestVersion) {
            event.put("latestVersion", latestVersion);
            return this;
        }

        /** Sets {@code name}. */
        public Builder name(String name) {
            event.put("name", name);
            return this;
        }

        /** Sets {@code reportUrl}. */
        public Builder reportUrl(String reportUrl) {
            event.put("reportUrl", reportUrl);
            return this;
        }
    }
}
