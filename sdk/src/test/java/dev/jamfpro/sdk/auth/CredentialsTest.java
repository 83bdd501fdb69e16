package dev.jamfpro.sdk.auth;

import static org.junit.jupiter.api.Assertions.*;

import dev.jamfpro.sdk.CredentialsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loaders of credentials: environment, keychain (through a stand-in `security` program), AWS. */
class CredentialsTest {

    @Test
    void environmentPrefersTheApiClientPairThenTheUserPair() {
        CredentialsProvider apiClient = Credentials.fromEnvironment(Map.of("JAMF_CLIENT_ID", "abc",
                "JAMF_CLIENT_SECRET", "xyz", "JAMF_USERNAME", "u", "JAMF_PASSWORD", "p"));
        assertEquals(new ApiClientCredentialsProvider("abc", "xyz"), apiClient);
        assertEquals(new UserCredentialsProvider("u", "p"),
                Credentials.fromEnvironment(Map.of("JAMF_USERNAME", "u", "JAMF_PASSWORD", "p")));
    }

    @Test
    void incompleteEnvironmentNamesTheMissingVariable() {
        CredentialsException half = assertThrows(CredentialsException.class,
                () -> Credentials.fromEnvironment(Map.of("JAMF_CLIENT_ID", "abc")));
        assertTrue(half.getMessage().contains("JAMF_CLIENT_SECRET is not set"), half.getMessage());
        CredentialsException none = assertThrows(CredentialsException.class, () -> Credentials.fromEnvironment(Map.of()));
        assertTrue(none.getMessage().contains("JAMF_CLIENT_ID") && none.getMessage().contains("JAMF_USERNAME"));
    }

    @Test
    void keychainRunsSecurityWithServerAndAccount(@TempDir Path dir) throws Exception {
        Path fake = fakeSecurity(dir, "if [ \"$*\" = \"find-generic-password -s jamf.my.org -a "
                + "client-1 -w\" ]; then echo 'kc-secret'; exit 0; fi; echo 'The specified item could not be found' >&2; exit 44");
        ApiClientCredentialsProvider found = Credentials.fromKeychain(ApiClientCredentialsProvider.class,
                "jamf.my.org", "client-1", fake.toString());
        assertEquals("kc-secret", found.clientSecret());
        CredentialsException missing = assertThrows(CredentialsException.class, () -> Credentials.fromKeychain(
                UserCredentialsProvider.class, "jamf.my.org", "nobody", fake.toString()));
        assertTrue(missing.getMessage().contains("no keychain item for server 'jamf.my.org' and account 'nobody'"),
                missing.getMessage());
    }

    @Test
    void keychainOffMacOsIsAClearError() {
        CredentialsException error = assertThrows(CredentialsException.class, () -> Credentials.fromKeychain(
                UserCredentialsProvider.class, "jamf.my.org", "admin", "/nonexistent/security"));
        assertTrue(error.getMessage().contains("macOS keychain is not available"), error.getMessage());
    }

    @Test
    void awsSecretsManagerWithoutTheAwsSdkIsAClearError() {
        CredentialsException error = assertThrows(CredentialsException.class,
                () -> Credentials.fromAwsSecretsManager(ApiClientCredentialsProvider.class, "prod/jamf"));
        assertTrue(error.getMessage().contains("software.amazon.awssdk:secretsmanager"), error.getMessage());
    }

    @Test
    void secretJsonIsReadByKeysAndNeverQuotedInErrors() {
        assertEquals(new UserCredentialsProvider("u", "p"), Credentials.fromSecretJson(UserCredentialsProvider.class,
                "s", "{\"username\":\"u\",\"password\":\"p\"}", false));
        CredentialsException missing = assertThrows(CredentialsException.class, () -> Credentials.fromSecretJson(
                ApiClientCredentialsProvider.class, "s", "{\"client_id\":\"abc\"}", true));
        assertTrue(missing.getMessage().contains("no \"client_secret\""));
        CredentialsException invalid = assertThrows(CredentialsException.class, () -> Credentials.fromSecretJson(
                ApiClientCredentialsProvider.class, "s", "{\"client_secret\":\"leak-me", true));
        assertFalse(invalid.getMessage().contains("leak-me"));
    }

    @Test
    void promptWithoutAConsoleIsAClearError() {
        if (System.console() == null) {
            CredentialsException error = assertThrows(CredentialsException.class,
                    () -> Credentials.prompt(UserCredentialsProvider.class));
            assertTrue(error.getMessage().contains("no console"));
        }
    }

    private static Path fakeSecurity(Path dir, String body) throws Exception {
        Path script = dir.resolve("security");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
