package dev.jamfpro.sdk.webhooks;

import java.util.Optional;

/**
 * The mobile device record of the six MobileDevice... events (as the whole event) and of smart mobile
 * device group changes (as the added and removed devices).
 */
public final class WebhookMobileDevice extends WebhookDevice {
    WebhookMobileDevice(Fields fields) {
        super(fields);
    }

    /** {@return an empty builder} */
    public static Builder builder() {
        return new Builder(new Draft());
    }

    /** {@return a builder holding this record's fields} */
    public Builder toBuilder() {
        return new Builder(new Draft(fields.copy()));
    }

    /** {@return the OS version as Jamf's {@code version} field carries it} */
    public Optional<String> version() {
        return fields.string("version");
    }

    /** {@return the model name shown to people ({@code modelDisplay}), for example {@code iPhone 15 Pro}} */
    public Optional<String> modelDisplay() {
        return fields.string("modelDisplay");
    }

    /** {@return the product identifier ({@code product}), for example {@code iPhone16,1}} */
    public Optional<String> product() {
        return fields.string("product");
    }

    /** {@return the Bluetooth MAC address ({@code bluetoothMacAddress})} */
    public Optional<String> bluetoothMacAddress() {
        return fields.string("bluetoothMacAddress");
    }

    /** {@return the Wi-Fi MAC address ({@code wifiMacAddress})} */
    public Optional<String> wifiMacAddress() {
        return fields.string("wifiMacAddress");
    }

    /** {@return the IMEI ({@code imei})} */
    public Optional<String> imei() {
        return fields.string("imei");
    }

    /** {@return the ICCID ({@code icciID})} */
    public Optional<String> iccid() {
        return fields.string("icciID");
    }

    /** Builds a {@link WebhookMobileDevice}. */
    public static final class Builder extends WebhookDevice.Builder<WebhookMobileDevice, Builder> {
        Builder(Draft draft) {
            super(draft);
        }

        /**
         * Sets {@code version}.
         *
         * @param version the value of {@code version}
         * @return this builder
         */
        public Builder version(String version) {
            draft.put("version", version);
            return this;
        }

        /**
         * Sets {@code modelDisplay}.
         *
         * @param modelDisplay the value of {@code modelDisplay}
         * @return this builder
         */
        public Builder modelDisplay(String modelDisplay) {
            draft.put("modelDisplay", modelDisplay);
            return this;
        }

        /**
         * Sets {@code product}.
         *
         * @param product the value of {@code product}
         * @return this builder
         */
        public Builder product(String product) {
            draft.put("product", product);
            return this;
        }

        /**
         * Sets {@code bluetoothMacAddress}.
         *
         * @param bluetoothMacAddress the value of {@code bluetoothMacAddress}
         * @return this builder
         */
        public Builder bluetoothMacAddress(String bluetoothMacAddress) {
            draft.put("bluetoothMacAddress", bluetoothMacAddress);
            return this;
        }

        /**
         * Sets {@code wifiMacAddress}.
         *
         * @param wifiMacAddress the value of {@code wifiMacAddress}
         * @return this builder
         */
        public Builder wifiMacAddress(String wifiMacAddress) {
            draft.put("wifiMacAddress", wifiMacAddress);
            return this;
        }

        /**
         * Sets {@code imei}.
         *
         * @param imei the value of {@code imei}
         * @return this builder
         */
        public Builder imei(String imei) {
            draft.put("imei", imei);
            return this;
        }

        /**
         * Sets {@code icciID}.
         *
         * @param iccid the value of {@code icciID}
         * @return this builder
         */
        public Builder iccid(String iccid) {
            draft.put("icciID", iccid);
            return this;
        }

        @Override
        public WebhookMobileDevice build() {
            return new WebhookMobileDevice(draft.fields(Shapes.MOBILE_DEVICE, "mobileDevice"));
        }
    }
}
