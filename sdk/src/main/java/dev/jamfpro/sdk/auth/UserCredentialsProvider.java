package dev.jamfpro.sdk.auth;

import java.util.Objects;

/**
 * A Jamf Pro user account: basic auth exchanged for a bearer token ({@code POST /api/v1/auth/token}),
 * kept alive with {@code /api/v1/auth/keep-alive} and invalidated when the client closes.
 */
public final class UserCredentialsProvider implements CredentialsProvider {
    private final String username;
    private final String password;

    /**
     * A Jamf Pro user account, exchanged for a bearer token with basic authentication.
     *
     * @param username the Jamf Pro account's name
     * @param password the account's password
     * @throws IllegalArgumentException if either value is null or blank
     */
    public UserCredentialsProvider(String username, String password) {
        this.username = Secrets.requireText("username", username);
        this.password = Secrets.requireText("password", password);
    }

    /** {@return the account's name} */
    public String username() {
        return username;
    }

    /** {@return the account's password}; never logged or printed by the SDK. */
    public String password() {
        return password;
    }

    @Override
    public String tokenType() {
        return "user";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserCredentialsProvider other
                && username.equals(other.username) && password.equals(other.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password);
    }

    @Override
    public String toString() {
        return "UserCredentialsProvider{username=" + username + ", password=***}";
    }
}
