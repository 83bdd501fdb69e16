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

    /** {@return the software title's id ({@code jssID})} */
    public OptionalInt jssId() {
        return event().integer("jssID");
    }

    /** {@return when the title was last updated ({@code lastUpdate}, epoch milliseconds)} */
    public Optional<Instant> lastUpdate() {
        return event().epochMillis("lastUpdate");
    }

    /** {@return the newest version ({@code latestVersion})} */
    public Optional<String> latestVersion() {
        return event().string("latestVersion");
    }

    /** {@return the software title's name ({@code name})} */
    public Optional<String> name() {
        return event().string("name");
    }

    /** {@return the title's report page in Jamf Pro ({@code reportUrl})} */
    public Optional<String> reportUrl() {
        return event().string("reportUrl");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
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

        /**
         * Sets {@code jssID}.
         *
         * @param jssId the value of {@code jssID}
         * @return this builder
         */
        public Builder jssId(int jssId) {
            event.put("jssID", jssId);
            return this;
        }

        /**
         * Sets {@code lastUpdate} (sent in epoch milliseconds).
         *
         * @param lastUpdate the value of {@code lastUpdate}
         * @return this builder
         */
        public Builder lastUpdate(Instant lastUpdate) {
            event.put("lastUpdate", lastUpdate);
            return this;
        }

        /**
         * Sets {@code latestVersion}.
         *
         * @param latestVersion the value of {@code latestVersion}
         * @return this builder
         */
        public Builder latestVersion(String latestVersion) {
            event.put("latestVersion", latestVersion);
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param name the value of {@code name}
         * @return this builder
         */
        public Builder name(String name) {
            event.put("name", name);
            return this;
        }

        /**
         * Sets {@code reportUrl}.
         *
         * @param reportUrl the value of {@code reportUrl}
         * @return this builder
         */
        public Builder reportUrl(String reportUrl) {
            event.put("reportUrl", reportUrl);
            return this;
        }
    }
}
