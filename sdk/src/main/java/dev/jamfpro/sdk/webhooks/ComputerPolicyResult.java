package dev.jamfpro.sdk.webhooks;

import java.util.Optional;
import java.util.function.Function;

/** What the two policy events share: the computer a policy ran on, and whether it succeeded. */
public abstract sealed class ComputerPolicyResult extends AbstractWebhookEvent
        permits ComputerPolicyFinished, ComputerPatchPolicyCompleted {
    ComputerPolicyResult(WebhookDocument document) {
        super(document);
    }

    /** {@return the computer the policy ran on ({@code computer})} */
    public Optional<WebhookComputer> computer() {
        return event().object("computer").map(WebhookComputer::new);
    }

    /** {@return whether the policy succeeded ({@code successful})} */
    public Optional<Boolean> successful() {
        return event().bool("successful");
    }

    /**
     * What the two policy event builders share.
     *
     * @param <E> the event built
     * @param <B> the builder itself
     */
    public abstract static sealed class Builder<E extends WebhookEvent, B extends Builder<E, B>>
            extends WebhookEventBuilder<E, B>
            permits ComputerPolicyFinished.Builder, ComputerPatchPolicyCompleted.Builder {
        Builder(String eventName, Function<WebhookDocument, E> reader) {
            super(eventName, reader);
        }

        Builder(AbstractWebhookEvent from, Function<WebhookDocument, E> reader) {
            super(from, reader);
        }

        /**
         * Sets {@code computer}.
         *
         * @param computer the value of {@code computer}
         * @return this builder
         */
        public B computer(WebhookComputer computer) {
            event.put("computer", computer.fields.copy());
            return self();
        }

        /**
         * Sets {@code successful}.
         *
         * @param successful the value of {@code successful}
         * @return this builder
         */
        public B successful(boolean successful) {
            event.put("successful", successful);
            return self();
        }
    }
}
