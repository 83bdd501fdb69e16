package dev.jamfpro.sdk.webhooks;

import com.google.gson.JsonElement;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The device record Jamf puts in computer and mobile device events: identity, network, and the
 * assigned user's location. Values are as Jamf sends them; an empty value means Jamf left the field
 * out (Jamf sends {@code ""} for a field it knows but has no value for).
 */
public abstract sealed class WebhookDevice permits WebhookComputer, WebhookMobileDevice {
    final Fields fields;

    WebhookDevice(Fields fields) {
        this.fields = fields;
    }

    /** {@return the hardware UDID ({@code udid})} */
    public Optional<String> udid() {
        return fields.string("udid");
    }

    /** {@return the device name ({@code deviceName}), for example {@code Oscar's MacBook Air}} */
    public Optional<String> deviceName() {
        return fields.string("deviceName");
    }

    /** {@return the model ({@code model})} */
    public Optional<String> model() {
        return fields.string("model");
    }

    /** {@return the serial number ({@code serialNumber})} */
    public Optional<String> serialNumber() {
        return fields.string("serialNumber");
    }

    /** {@return the operating system version ({@code osVersion})} */
    public Optional<String> osVersion() {
        return fields.string("osVersion");
    }

    /** {@return the operating system build ({@code osBuild})} */
    public Optional<String> osBuild() {
        return fields.string("osBuild");
    }

    /** {@return the assigned user's directory id ({@code userDirectoryID}; {@code -1} when none)} */
    public Optional<String> userDirectoryId() {
        return fields.string("userDirectoryID");
    }

    /** {@return the assigned user's account name ({@code username})} */
    public Optional<String> username() {
        return fields.string("username");
    }

    /** {@return the assigned user's full name ({@code realName})} */
    public Optional<String> realName() {
        return fields.string("realName");
    }

    /** {@return the assigned user's e-mail address ({@code emailAddress})} */
    public Optional<String> emailAddress() {
        return fields.string("emailAddress");
    }

    /** {@return the assigned user's phone number ({@code phone})} */
    public Optional<String> phone() {
        return fields.string("phone");
    }

    /** {@return the assigned user's position ({@code position})} */
    public Optional<String> position() {
        return fields.string("position");
    }

    /** {@return the department's name ({@code department})} */
    public Optional<String> department() {
        return fields.string("department");
    }

    /** {@return the building's name ({@code building})} */
    public Optional<String> building() {
        return fields.string("building");
    }

    /** {@return the room ({@code room})} */
    public Optional<String> room() {
        return fields.string("room");
    }

    /** {@return the IP address Jamf Pro saw ({@code ipAddress})} */
    public Optional<String> ipAddress() {
        return fields.string("ipAddress");
    }

    /** {@return the device's id in Jamf Pro ({@code jssID})} */
    public OptionalInt jssId() {
        return fields.integer("jssID");
    }

    /** {@return fields this SDK does not declare, as sent, in order} */
    public Map<String, JsonElement> otherFields() {
        return fields.others();
    }

    /**
     * Field {@code name} exactly as sent (a copy), declared or not.
     *
     * @param name the field's name
     * @return its value as sent; empty when absent
     */
    public Optional<JsonElement> raw(String name) {
        return fields.raw(name);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && fields.equals(((WebhookDevice) o).fields);
    }

    @Override
    public final int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{jssID=" + fields.raw("jssID").orElse(null) + ", deviceName="
                + fields.raw("deviceName").orElse(null) + ", serialNumber=" + fields.raw("serialNumber").orElse(null)
                + '}';
    }

    /**
     * What both device builders share.
     *
     * @param <T> the record built
     * @param <B> the builder itself
     */
    public abstract static sealed class Builder<T extends WebhookDevice, B extends Builder<T, B>>
            permits WebhookComputer.Builder, WebhookMobileDevice.Builder {
        final Draft draft;

        Builder(Draft draft) {
            this.draft = draft;
        }

        @SuppressWarnings("unchecked")
        final B self() {
            return (B) this;
        }

        /**
         * Sets {@code udid}.
         *
         * @param udid the value of {@code udid}
         * @return this builder
         */
        public B udid(String udid) {
            draft.put("udid", udid);
            return self();
        }

        /**
         * Sets {@code deviceName}.
         *
         * @param deviceName the value of {@code deviceName}
         * @return this builder
         */
        public B deviceName(String deviceName) {
            draft.put("deviceName", deviceName);
            return self();
        }

        /**
         * Sets {@code model}.
         *
         * @param model the value of {@code model}
         * @return this builder
         */
        public B model(String model) {
            draft.put("model", model);
            return self();
        }

        /**
         * Sets {@code serialNumber}.
         *
         * @param serialNumber the value of {@code serialNumber}
         * @return this builder
         */
        public B serialNumber(String serialNumber) {
            draft.put("serialNumber", serialNumber);
            return self();
        }

        /**
         * Sets {@code osVersion}.
         *
         * @param osVersion the value of {@code osVersion}
         * @return this builder
         */
        public B osVersion(String osVersion) {
            draft.put("osVersion", osVersion);
            return self();
        }

        /**
         * Sets {@code osBuild}.
         *
         * @param osBuild the value of {@code osBuild}
         * @return this builder
         */
        public B osBuild(String osBuild) {
            draft.put("osBuild", osBuild);
            return self();
        }

        /**
         * Sets {@code userDirectoryID}.
         *
         * @param userDirectoryId the value of {@code userDirectoryID}
         * @return this builder
         */
        public B userDirectoryId(String userDirectoryId) {
            draft.put("userDirectoryID", userDirectoryId);
            return self();
        }

        /**
         * Sets {@code username}.
         *
         * @param username the value of {@code username}
         * @return this builder
         */
        public B username(String username) {
            draft.put("username", username);
            return self();
        }

        /**
         * Sets {@code realName}.
         *
         * @param realName the value of {@code realName}
         * @return this builder
         */
        public B realName(String realName) {
            draft.put("realName", realName);
            return self();
        }

        /**
         * Sets {@code emailAddress}.
         *
         * @param emailAddress the value of {@code emailAddress}
         * @return this builder
         */
        public B emailAddress(String emailAddress) {
            draft.put("emailAddress", emailAddress);
            return self();
        }

        /**
         * Sets {@code phone}.
         *
         * @param phone the value of {@code phone}
         * @return this builder
         */
        public B phone(String phone) {
            draft.put("phone", phone);
            return self();
        }

        /**
         * Sets {@code position}.
         *
         * @param position the value of {@code position}
         * @return this builder
         */
        public B position(String position) {
            draft.put("position", position);
            return self();
        }

        /**
         * Sets {@code department}.
         *
         * @param department the value of {@code department}
         * @return this builder
         */
        public B department(String department) {
            draft.put("department", department);
            return self();
        }

        /**
         * Sets {@code building}.
         *
         * @param building the value of {@code building}
         * @return this builder
         */
        public B building(String building) {
            draft.put("building", building);
            return self();
        }

        /**
         * Sets {@code room}.
         *
         * @param room the value of {@code room}
         * @return this builder
         */
        public B room(String room) {
            draft.put("room", room);
            return self();
        }

        /**
         * Sets {@code ipAddress}.
         *
         * @param ipAddress the value of {@code ipAddress}
         * @return this builder
         */
        public B ipAddress(String ipAddress) {
            draft.put("ipAddress", ipAddress);
            return self();
        }

        /**
         * Sets {@code jssID}.
         *
         * @param jssId the value of {@code jssID}
         * @return this builder
         */
        public B jssId(int jssId) {
            draft.put("jssID", jssId);
            return self();
        }

        /**
         * Sets field {@code name} to {@code value} as is (a field this SDK does not declare, for example).
         *
         * @param name the value to set
         * @param value the value to set
         * @return this builder
         */
        public B otherField(String name, JsonElement value) {
            draft.put(name, value);
            return self();
        }

        /**
         * Leaves field {@code name} out.
         *
         * @param name the field's name
         * @return this builder
         */
        public B remove(String name) {
            draft.remove(name);
            return self();
        }

        /** {@return the record; the builder stays usable} */
        public abstract T build();
    }
}
