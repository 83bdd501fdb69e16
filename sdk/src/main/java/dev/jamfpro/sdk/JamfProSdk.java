package dev.jamfpro.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What this SDK is: its own version and the Jamf Pro version its Pro API was generated from.
 *
 * <pre>{@code
 * System.out.println("Jamf Pro SDK " + JamfProSdk.version()
 *         + ", Pro API generated from Jamf Pro " + JamfProSdk.generatedFrom());
 * }</pre>
 *
 * <p>The jar's manifest carries the same two values ({@code Implementation-Version} and
 * {@code Jamf-Pro-Version}). The version of the server a client talks to is
 * {@link AsyncJamfProClient#serverVersion()}.
 */
public final class JamfProSdk {
    private static final String RESOURCE = "/dev/jamfpro/sdk/version.properties";
    private static final Properties BUILD = load();
    private static final String VERSION = value("version", "dev");
    private static final String GENERATED_FROM = value("jamfProVersion", "unknown");

    private JamfProSdk() {
    }

    /**
     * This SDK's version.
     *
     * @return the version the SDK was built as, for example {@code 0.1.0}; {@code dev} when its classes
     *         were not built by Maven
     */
    public static String version() {
        return VERSION;
    }

    /**
     * The Jamf Pro version whose OpenAPI document the Pro API ({@code dev.jamfpro.sdk.pro.api}) was
     * generated from.
     *
     * @return a version such as {@code 11.30.1}; {@code unknown} when the classes were not built by Maven
     */
    public static String generatedFrom() {
        return GENERATED_FROM;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = JamfProSdk.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // The defaults below stand in: the SDK works without its build metadata.
        }
        return properties;
    }

    private static String value(String key, String fallback) {
        String value = BUILD.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? fallback : value;
    }
}
