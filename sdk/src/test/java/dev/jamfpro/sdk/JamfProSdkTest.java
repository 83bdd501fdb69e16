package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The build's metadata reaches the runtime: the SDK's version and the Jamf Pro version generated from. */
class JamfProSdkTest {
    @Test
    void versionsAreTheOnesTheBuildUsed() {
        String generatedFrom = System.getProperty("jamf.pro.version");
        assertNotNull(generatedFrom, "surefire passes jamf.pro.version (see sdk/pom.xml)");
        assertTrue(generatedFrom.matches("\\d+(\\.\\d+)+"), generatedFrom);
        assertEquals(generatedFrom, JamfProSdk.generatedFrom());
        assertEquals(System.getProperty("jamf.sdk.version"), JamfProSdk.version());
    }

    @Test
    void theUserAgentCarriesTheSdkVersion() {
        assertTrue(SessionConfig.defaults().userAgent().startsWith("JamfProSDK-Java/" + JamfProSdk.version() + " "),
                SessionConfig.defaults().userAgent());
    }
}
