package dev.jamfpro.sdk.auth;

/** Checks and masking for credential values. */
final class Secrets {
    private Secrets() {
    }

    static String requireText(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " == null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        return value;
    }

    /** The first four characters of an identifier, the rest hidden. */
    static String mask(String identifier) {
        return identifier.length() <= 4 ? "***" : identifier.substring(0, 4) + "***";
    }
}
