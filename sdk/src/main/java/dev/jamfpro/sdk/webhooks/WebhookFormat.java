package dev.jamfpro.sdk.webhooks;

import java.util.Locale;
import java.util.Optional;

/** The two forms Jamf Pro posts a webhook in; an administrator picks one per webhook. */
public enum WebhookFormat {
    /** {@code application/json}: {@code {"webhook": {...}, "event": {...}}}. */
    JSON("application/json"),
    /** {@code text/xml}: {@code <JSSEvent><webhook>...</webhook><event>...</event></JSSEvent>}. */
    XML("text/xml");

    private final String contentType;

    WebhookFormat(String contentType) {
        this.contentType = contentType;
    }

    /** {@return the {@code Content-Type} Jamf Pro sends this form with} */
    public String contentType() {
        return contentType;
    }

    /**
     * The form a {@code Content-Type} names: {@code application/json} and {@code +json} types are JSON,
     * {@code text/xml}, {@code application/xml} and {@code +xml} types XML; parameters such as
     * {@code charset} are ignored. Empty for any other type.
     *
     * @param contentType a {@code Content-Type} header's value; may be null
     * @return the form it names; empty for none or another type
     */
    public static Optional<WebhookFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json")) {
            return Optional.of(JSON);
        }
        if (type.equals("text/xml") || type.equals("application/xml") || type.endsWith("+xml")) {
            return Optional.of(XML);
        }
        return Optional.empty();
    }
}
