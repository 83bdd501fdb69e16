package dev.jamfpro.sdk.auth;

import java.util.Objects;

/**
 * OAuth client credentials of a Jamf Pro API client ({@code POST /api/v1/oauth/token}).
 * API-client tokens cannot be kept alive; the client requests a new one before the old one expires.
 */
public final class ApiClientCredentialsProvider implements CredentialsProvider {
    private final String clientId;
    private final String clientSecret;

    /**
     * OAuth client credentials of a Jamf Pro API client.
     *
     * @param clientId the API client's id
     * @param clientSecret the API client's secret
     * @throws IllegalArgumentException if either value is null or blank
     */
    public ApiClientCredentialsProvider(String clientId, String clientSecret) {
        this.clientId = Secrets.requireText("clientId", clientId);
        this.clientSecret = Secrets.requireText("clientSecret", clientSecret);
    }

    /** {@return the API client's id} */
    public String clientId() {
        return clientId;
    }

    /** {@return the API client's secret}; never logged or printed by the SDK. */
    public String clientSecret() {
        return clientSecret;
    }

    @Override
    public String tokenType() {
        return "oauth";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiClientCredentialsProvider other
                && clientId.equals(other.clientId) && clientSecret.equals(other.clientSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, clientSecret);
    }

    @Override
    public String toString() {
        return "ApiClientCredentialsProvider{clientId=" + Secrets.mask(clientId) + ", clientSecret=***}";
    }
}
