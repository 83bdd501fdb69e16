package dev.jamfpro.sdk.webhooks;

import java.util.Optional;

/** {@code ComputerCheckIn}: Jamf Pro posts it when a computer checks in (recurring check-in, login, startup...). */
public final class ComputerCheckIn extends AbstractWebhookEvent implements WebhookEvent {
    ComputerCheckIn(WebhookDocument document) {
        super(document);
    }

    /** {@return the computer that checked in ({@code computer})} */
    public Optional<WebhookComputer> computer() {
        return event().object("computer").map(WebhookComputer::new);
    }

    /**
     * {@return what made it check in ({@code trigger}), for example {@code CLIENT_CHECKIN},
     * {@code LOGIN}, {@code STARTUP}}
     */
    public Optional<String> trigger() {
        return event().string("trigger");
    }

    /** {@return the user logged in at check-in ({@code username})} */
    public Optional<String> username() {
        return event().string("username");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ComputerCheckIn}. */
    public static final class Builder extends WebhookEventBuilder<ComputerCheckIn, Builder> {
        private Builder() {
            super("ComputerCheckIn", ComputerCheckIn::new);
        }

        private Builder(ComputerCheckIn from) {
            super(from, ComputerCheckIn::new);
        }

        /**
         * Sets {@code computer}.
         *
         * @param computer the value of {@code computer}
         * @return this builder
         */
        public Builder computer(WebhookComputer computer) {
            event.put("computer", computer.fields.copy());
            return this;
        }

        /**
         * Sets {@code trigger}.
         *
         * @param trigger the value of {@code trigger}
         * @return this builder
         */
        public Builder trigger(String trigger) {
            event.put("trigger", trigger);
            return this;
        }

        /**
         * Sets {@code username}.
         *
         * @param username the value of {@code username}
         * @return this builder
         */
        public Builder username(String username) {
            event.put("username", username);
            return this;
        }
    }
}
