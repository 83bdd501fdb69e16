package dev.jamfpro.sdk.webhooks;

/** {@code JSSShutdown}: Jamf Pro posts it when the Jamf Pro web application stops. */
public final class JssShutdown extends JssServerEvent implements WebhookEvent {
    JssShutdown(WebhookDocument document) {
        super(document);
    }

    /** {@return a builder of this event with no field set} */
    public static JssEventBuilder<JssShutdown> builder() {
        return new JssEventBuilder<>("JSSShutdown", JssShutdown::new);
    }

    /** {@return a builder holding this event's fields} */
    public JssEventBuilder<JssShutdown> toBuilder() {
        return new JssEventBuilder<>(this, JssShutdown::new);
    }
}
