package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.*;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input fails at build time with an error that names the field. */
class ConfigValidationTest {
    private static final ApiClientCredentialsProvider CREDENTIALS = new ApiClientCredentialsProvider("id", "secret");

    private static void assertRejected(String expectedInMessage, Executable build) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, build);
        assertTrue(error.getMessage().contains(expectedInMessage),
                "expected '" + expectedInMessage + "' in: " + error.getMessage());
    }

    @ParameterizedTest(name = "server \"{0}\"")
    @CsvSource({
            "https://jamf.my.org, without a scheme",
            "http://jamf.my.org, without a scheme",
            "jamf.my.org/api, without a path",
            "jamf.my.org:8443, without a port",
            "jamf my org, not a valid host name",
            "user@jamf.my.org, not a valid host name",
            "'', server is required",
    })
    void badServerNames(String server, String expected) {
        assertRejected(expected, () -> AsyncJamfProClient.builder().server(server).credentials(CREDENTIALS).build());
    }

    @Test
    void badPortsAndMissingCredentials() {
        assertRejected("port must be between 1 and 65535",
                () -> AsyncJamfProClient.builder().server("jamf.my.org").port(0).credentials(CREDENTIALS).build());
        assertRejected("port must be between 1 and 65535",
                () -> AsyncJamfProClient.builder().server("jamf.my.org").port(70000).credentials(CREDENTIALS).build());
        assertRejected("credentials are required", () -> AsyncJamfProClient.builder().server("jamf.my.org").build());
    }

    @Test
    void emptyCredentialsNameTheField() {
        assertRejected("clientId is empty", () -> new ApiClientCredentialsProvider("", "secret"));
        assertRejected("clientSecret == null", () -> new ApiClientCredentialsProvider("id", null));
        assertRejected("password is empty", () -> new UserCredentialsProvider("admin", "  "));
        assertRejected("username == null", () -> new UserCredentialsProvider(null, "pw"));
    }

    @Test
    void badSessionConfigNamesTheField() {
        assertRejected("maxConcurrency must be at least 1", () -> SessionConfig.builder().maxConcurrency(-1).build());
        assertRejected("maxConcurrency must be at least 1", () -> SessionConfig.builder().maxConcurrency(0).build());
        assertRejected("maxConcurrency must be at most 100", () -> SessionConfig.builder().maxConcurrency(500).build());
        assertRejected("maxRetries must be 0 or more", () -> SessionConfig.builder().maxRetries(-2).build());
        assertRejected("timeout must be positive", () -> SessionConfig.builder().timeout(Duration.ZERO).build());
        assertRejected("retryMaxDelay", () -> SessionConfig.builder().retryBaseDelay(Duration.ofSeconds(5))
                .retryMaxDelay(Duration.ofSeconds(1)).build());
        assertRejected("scheme must be", () -> SessionConfig.builder().scheme("ftp").build());
        assertRejected("userAgent must be", () -> SessionConfig.builder().userAgent("bad\nagent").build());
        assertRejected("caCertBundle is not a readable file",
                () -> SessionConfig.builder().caCertBundle(Path.of("/nonexistent/ca.pem")).build());
        assertRejected("cookieFile is not a readable file",
                () -> SessionConfig.builder().cookieFile(Path.of("/nonexistent/cookies.txt")).build());
    }

    @Test
    void defaultsAreJamfsGuidance() {
        SessionConfig config = SessionConfig.defaults();
        assertEquals(Duration.ofSeconds(120), config.timeout());
        assertEquals(5, config.maxConcurrency());
        assertEquals(2, config.maxRetries());
        assertTrue(config.returnExceptions());
        assertTrue(config.verify());
        assertTrue(config.cookies());
        assertEquals("https", config.scheme());
        assertNull(config.caCertBundle());
        assertTrue(config.userAgent().matches("JamfProSDK-Java/\\S+ Java/\\S+ \\S+"), config.userAgent());
        assertEquals(config.maxConcurrency(), config.toBuilder().build().maxConcurrency());
    }
}
