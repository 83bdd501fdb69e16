package dev.jamfpro.sdk.auth;

/**
 * Credentials for a Jamf Pro server: either an API client ({@link ApiClientCredentialsProvider}, OAuth
 * client credentials) or a user account ({@link UserCredentialsProvider}, basic auth exchanged for a
 * bearer token). The client turns them into access tokens and refreshes those as needed.
 *
 * <p>Implementations never reveal secrets in {@code toString()}. Load them from the environment, a
 * console prompt, the macOS keychain or AWS Secrets Manager with {@link Credentials}.
 */
public sealed interface CredentialsProvider permits ApiClientCredentialsProvider, UserCredentialsProvider {

    /** {@return the kind of token these credentials produce: {@code "oauth"} or {@code "user"}} */
    String tokenType();
}
