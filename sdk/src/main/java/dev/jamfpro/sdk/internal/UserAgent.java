package dev.jamfpro.sdk.internal;

import dev.jamfpro.sdk.JamfProSdk;

/** The default {@code User-Agent}: {@code JamfProSDK-Java/<version> Java/<version> <os>}. */
public final class UserAgent {
    /** The default value. */
    public static final String DEFAULT = "JamfProSDK-Java/" + JamfProSdk.version()
            + " Java/" + System.getProperty("java.version", "unknown")
            + " " + token(System.getProperty("os.name", "unknown")) + "/" + token(System.getProperty("os.arch", "unknown"));

    private UserAgent() {
    }

    private static String token(String text) {
        return text.trim().replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
