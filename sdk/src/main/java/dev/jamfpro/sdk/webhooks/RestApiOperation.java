package dev.jamfpro.sdk.webhooks;

import java.util.Optional;
import java.util.OptionalInt;

/** {@code RestAPIOperation}: Jamf Pro posts it when an API call creates, changes or deletes an object. */
public final class RestApiOperation extends AbstractWebhookEvent implements WebhookEvent {
    RestApiOperation(WebhookDocument document) {
        super(document);
    }

    /** The account that made the call ({@code authorizedUsername}). */
    public Optional<String> authorizedUsername() {
        return event().string("authorizedUsername");
    }

    /** The object's id ({@code objectID}). */
    public OptionalInt objectId() {
        return event().integer("objectID");
    }

    /** The object's name ({@code objectName}). */
    public Optional<String> objectName() {
        return event().string("objectName");
    }

    /** The object's type ({@code objectTypeName}), for example {@code Static Computer Group}. */
    public Optional<String> objectTypeName() {
        return event().string("objectTypeName");
    }

    /** Whether the operation succeeded ({@code operationSuccessful}). */
    public Optional<Boolean> operationSuccessful() {
        return event().bool("operationSuccessful");
    }

    /** The operation ({@code restAPIOperationType}): {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}. */
    public Optional<String> restApiOperationType() {
        return event().string("restAPIOperationType");
    }

    /** A builder of this event with no field set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this event's fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link RestApiOperation}. */
    public static final class Builder extends WebhookEventBuilder<RestApiOperation, Builder> {
        private Builder() {
            super("RestAPIOperation", RestApiOperation::new);
        }

        private Builder(RestApiOperation from) {
            super(from, RestApiOperation::new);
        }

        /** Sets {@code authorizedUsername}. */
        public Builder authorizedUsername(String authorizedUsername) {
            event.put("authorizedUsername", authorizedUsername);
            return this;
        }

        /** Sets {@code objectID}. */
        public Builder objectId(int objectId) {
            event.put("objectID", objectId);
            return this;
        }

        /** Sets {@code objectName}. */
        public Builder objectName(String objectName) {
            event.put("objectName", objectName);
            return this;
        }

        /** Sets {@code objectTypeName}. */
        public Builder objectTypeName(String objectTypeName) {
            event.put("objectTypeName", objectTypeName);
            return this;
        }

        /** Sets {@code operationSuccessful}. */
        public Builder operationSuccessful(boolean operationSuccessful) {
            event.put("operationSuccessful", operationSuccessful);
            return this;
        }

        /** Sets {@code restAPIOperationType}. */
        public Builder restApiOperationType(String restApiOperationType) {
            event.put("restAPIOperationType", restApiOperationType);
            return this;
        }
    }
}
