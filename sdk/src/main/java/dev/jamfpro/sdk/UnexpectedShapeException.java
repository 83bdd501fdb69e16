package dev.jamfpro.sdk;

import com.google.gson.JsonElement;
import dev.jamfpro.sdk.internal.json.ModelJson;
import java.util.Objects;

/**
 * Jamf Pro sent a value of another shape than its OpenAPI document declares (an array where it
 * declares an object, text where it declares a number), and a typed getter was asked for it. The
 * record was read all the same: the value is kept as sent, written back unchanged, and available
 * here and from the model's {@code rawValue(property)}.
 */
public final class UnexpectedShapeException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    /** The JSON name of the property. */
    private final String property;
    private final transient JsonElement received;

    /**
     * A value of {@code model.property} that does not fit its declared type.
     *
     * @param model the simple name of the model class
     * @param property the JSON name of the property
     * @param received the value as Jamf Pro sent it
     */
    public UnexpectedShapeException(String model, String property, JsonElement received) {
        super(model + "." + property + ": Jamf Pro sent " + ModelJson.kind(received)
                + ", which does not fit the type the document declares; the value is kept as sent (rawValue(\""
                + property + "\")) and written back unchanged");
        this.property = Objects.requireNonNull(property, "property == null");
        this.received = Objects.requireNonNull(received, "received == null");
    }

    /** {@return the JSON name of the property, for example {@code general}} */
    public String property() {
        return property;
    }

    /** {@return the value as Jamf Pro sent it (not kept when the exception is serialized)} */
    public JsonElement received() {
        return received;
    }
}
