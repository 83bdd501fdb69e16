package dev.jamfpro.sdk.webhooks;

/** {@code JSSStartup}: Jamf Pro posts it when the Jamf Pro web application starts. */
public final class JssStartup extends JssServerEvent implements WebhookEvent {
    JssStartup(WebhookDocument document) {
        super(document);
    }

    /** {@return a builder of this event with no field set} */
    public static JssEventBuilder<JssStartup> builder() {
        return new JssEventBuilder<>("JSSStartup", JssStartup::new);
    }

    /** {@return a builder holding this event's fields} */
    public JssEventBuilder<JssStartup> toBuilder() {
        return new JssEventBuilder<>(this, JssStartup::new);
    }
}
