package dev.jamfpro.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The default {@code User-Agent}: {@code JamfProSDK-Java/<version> Java/<version> <os>}. */
public final class UserAgent {
    /** This SDK's version, from the build. */
    public static final String SDK_VERSION = readVersion();
    public static final String DEFAULT = "JamfProSDK-Java/" + SDK_VERSION
            + " Java/" + System.getProperty("java.version", "unknown")
            + " " + token(System.getProperty("os.name", "unknown")) + "/" + token(System.getProperty("os.arch", "unknown"));

    private UserAgent() {
    }

    private static String token(String text) {
        return text.trim().replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/jamfpro/sdk/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev");
            return version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            return "dev";
        }
    }
}
