package dev.jamfpro.sdk.webhooks;

import java.util.Optional;
import java.util.OptionalInt;

/** {@code RestAPIOperation}: Jamf Pro posts it when an API call creates, changes or deletes an object. */
public final class RestApiOperation extends AbstractWebhookEvent implements WebhookEvent {
    RestApiOperation(WebhookDocument document) {
        super(document);
    }

    /** {@return the account that made the call ({@code authorizedUsername})} */
    public Optional<String> authorizedUsername() {
        return event().string("authorizedUsername");
    }

    /** {@return the object's id ({@code objectID})} */
    public OptionalInt objectId() {
        return event().integer("objectID");
    }

    /** {@return the object's name ({@code objectName})} */
    public Optional<String> objectName() {
        return event().string("objectName");
    }

    /** {@return the object's type ({@code objectTypeName}), for example {@code Static Computer Group}} */
    public Optional<String> objectTypeName() {
        return event().string("objectTypeName");
    }

    /** {@return whether the operation succeeded ({@code operationSuccessful})} */
    public Optional<Boolean> operationSuccessful() {
        return event().bool("operationSuccessful");
    }

    /**
     * {@return the operation ({@code restAPIOperationType}): {@code GET}, {@code POST},
     * {@code PUT} or {@code DELETE}}
     */
    public Optional<String> restApiOperationType() {
        return event().string("restAPIOperationType");
    }

    /** {@return a builder of this event with no field set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this event's fields} */
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

        /**
         * Sets {@code authorizedUsername}.
         *
         * @param authorizedUsername the value of {@code authorizedUsername}
         * @return this builder
         */
        public Builder authorizedUsername(String authorizedUsername) {
            event.put("authorizedUsername", authorizedUsername);
            return this;
        }

        /**
         * Sets {@code objectID}.
         *
         * @param objectId the value of {@code objectID}
         * @return this builder
         */
        public Builder objectId(int objectId) {
            event.put("objectID", objectId);
            return this;
        }

        /**
         * Sets {@code objectName}.
         *
         * @param objectName the value of {@code objectName}
         * @return this builder
         */
        public Builder objectName(String objectName) {
            event.put("objectName", objectName);
            return this;
        }

        /**
         * Sets {@code objectTypeName}.
         *
         * @param objectTypeName the value of {@code objectTypeName}
         * @return this builder
         */
        public Builder objectTypeName(String objectTypeName) {
            event.put("objectTypeName", objectTypeName);
            return this;
        }

        /**
         * Sets {@code operationSuccessful}.
         *
         * @param operationSuccessful the value of {@code operationSuccessful}
         * @return this builder
         */
        public Builder operationSuccessful(boolean operationSuccessful) {
            event.put("operationSuccessful", operationSuccessful);
            return this;
        }

        /**
         * Sets {@code restAPIOperationType}.
         *
         * @param restApiOperationType the value of {@code restAPIOperationType}
         * @return this builder
         */
        public Builder restApiOperationType(String restApiOperationType) {
            event.put("restAPIOperationType", restApiOperationType);
            return this;
        }
    }
}
