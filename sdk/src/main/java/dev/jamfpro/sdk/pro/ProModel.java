package dev.jamfpro.sdk.pro;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import dev.jamfpro.sdk.UnexpectedShapeException;
import dev.jamfpro.sdk.internal.json.ModelFields;
import dev.jamfpro.sdk.internal.json.ModelJson;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of every generated Pro API model: what Jamf Pro sends that the model does not declare is
 * kept and written back unchanged, so a record read from a newer Jamf Pro and sent back (a Pro
 * {@code PUT} replaces the record) keeps every field.
 *
 * <ul>
 *   <li>Members the document does not declare, of any shape: {@link #additionalFields()}.</li>
 *   <li>An enum value this SDK does not know: the typed getter returns the enum's
 *       {@code UNKNOWN_TO_SDK_VERSION}; {@link #rawValue(String)} gives the value as sent.</li>
 *   <li>A value of another shape than the document declares (an array where it declares an object):
 *       the record still reads; the typed getter throws {@link UnexpectedShapeException} naming the
 *       property, and {@link #rawValue(String)} gives the value as sent.</li>
 * </ul>
 *
 * <p>Each of these is written back exactly as received until you set the property; a model you build
 * yourself holds none of them, so a request (a merge-patch included) carries only what you set.
 */
public abstract class ProModel {
    /** Null until the model holds something beside its typed fields: a plain model costs one reference. */
    private transient ModelJson json;

    /** For generated models. */
    protected ProModel() {
    }

    /**
     * The members Jamf Pro sent that this model does not declare, in the order received; they are
     * written back with the model.
     *
     * @return an unmodifiable view, empty when there are none
     */
    public final Map<String, JsonElement> additionalFields() {
        return json == null ? Map.of() : json.additional();
    }

    /**
     * Adds or replaces a member this model does not declare, for example one a newer Jamf Pro
     * accepts; it is sent with the model.
     *
     * @param name the JSON member name
     * @param value the JSON value; null sends a JSON {@code null}
     * @throws IllegalArgumentException when the model declares {@code name}: set it through its setter
     */
    public final void putAdditionalField(String name, JsonElement value) {
        Objects.requireNonNull(name, "name == null");
        if (ModelFields.declares(getClass(), name)) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " declares '" + name
                    + "': set it through its typed setter");
        }
        modelJson().putAdditional(name, value == null ? JsonNull.INSTANCE : value);
    }

    /**
     * Removes a member this model does not declare, so it is no longer sent.
     *
     * @param name the JSON member name
     * @return the value it held, or empty
     */
    public final Optional<JsonElement> removeAdditionalField(String name) {
        return json == null ? Optional.empty() : Optional.ofNullable(json.removeAdditional(name));
    }

    /**
     * The value of a declared property exactly as Jamf Pro sent it, when its typed getter cannot show
     * it exactly: an enum value this SDK does not know, a value of another shape than the document
     * declares, a number or date written another way than Java writes it. That value is what is
     * written back until the property is set.
     *
     * @param property the JSON name of the property, for example {@code deviceType}
     * @return the value as sent, or empty when the typed getter shows it exactly
     */
    public final Optional<JsonElement> rawValue(String property) {
        if (json == null) {
            return Optional.empty();
        }
        JsonElement value = json.receivedJson(property);
        return Optional.ofNullable(value != null ? value : json.whole());
    }

    /**
     * Called by a generated getter that found its field null: reports a value that did not fit.
     *
     * @param property the JSON name of the property
     * @throws UnexpectedShapeException when Jamf Pro sent a value of another shape for it
     */
    protected final void checkShape(String property) {
        JsonElement misfit = json == null ? null : json.misfit(property);
        if (misfit != null) {
            throw new UnexpectedShapeException(getClass().getSimpleName(), property, misfit);
        }
    }

    /**
     * Called by a generated setter: the value set replaces the one received.
     *
     * @param property the JSON name of the property
     */
    protected final void replaced(String property) {
        if (json != null) {
            json.forget(property);
        }
    }

    /**
     * For generated {@code equals}: whether the other model holds the same members beside its typed fields.
     *
     * @param other a model of the same class
     * @return true when both hold the same additional members and received values
     */
    protected final boolean sameJson(ProModel other) {
        return ModelJson.same(json, other.json);
    }

    /**
     * For generated {@code hashCode}: a hash of what this model holds beside its typed fields.
     *
     * @return the hash, 0 when it holds nothing
     */
    protected final int jsonHashCode() {
        return ModelJson.hash(json);
    }

    /**
     * For generated {@code toString}: the names (never the values, which may be secret) of the
     * additional members, and whether the whole value came as something other than an object.
     *
     * @return text to append, empty when there is nothing
     */
    protected final String jsonSummary() {
        if (json == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (json.whole() != null) {
            text.append("    (received as ").append(ModelJson.kind(json.whole())).append(")\n");
        }
        if (!json.additional().isEmpty()) {
            text.append("    additionalFields: ").append(json.additional().keySet()).append("\n");
        }
        return text.toString();
    }

    private ModelJson modelJson() {
        if (json == null) {
            json = new ModelJson();
        }
        return json;
    }
}
