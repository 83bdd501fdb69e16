package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.*;

import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** toString() of everything that holds a secret shows none. */
class SecretsTest {
    @Test
    void providersTokensConfigAndClientHideSecrets() {
        ApiClientCredentialsProvider apiClient = new ApiClientCredentialsProvider("4f1c2a9e-client", "TopSecretValue");
        UserCredentialsProvider user = new UserCredentialsProvider("admin", "hunter2-password");
        AccessToken token = new AccessToken("oauth", "eyJhbGciOiJIUzI1NiJ9.payload.signature",
                Instant.parse("2030-01-01T00:00:00Z"), List.of("read"));
        try (AsyncJamfProClient client = AsyncJamfProClient.builder().server("jamf.my.org").credentials(apiClient).build()) {
            String all = apiClient + " " + user + " " + token + " " + SessionConfig.defaults() + " " + client;
            for (String secret : List.of("TopSecretValue", "hunter2-password", "eyJhbGciOiJIUzI1NiJ9", "payload.signature")) {
                assertFalse(all.contains(secret), "leaked " + secret + " in: " + all);
            }
            assertTrue(user.toString().contains("admin"));
            assertTrue(token.toString().contains("2030-01-01T00:00:00Z"));
        }
    }
}
