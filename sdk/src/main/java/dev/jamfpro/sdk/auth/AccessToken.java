package dev.jamfpro.sdk.auth;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bearer token and when it expires. {@code toString()} never prints the token itself.
 */
public final class AccessToken {
    private final String type;
    private final String token;
    private final Instant expires;
    private final List<String> scope;

    /**
     * A token as Jamf Pro issued it.
     *
     * @param type {@code "oauth"} or {@code "user"}
     * @param token the bearer token
     * @param expires when Jamf Pro stops accepting it
     * @param scope the granted scope (empty when Jamf sent none)
     */
    public AccessToken(String type, String token, Instant expires, List<String> scope) {
        if (!"oauth".equals(type) && !"user".equals(type)) {
            throw new IllegalArgumentException("type must be \"oauth\" or \"user\", got " + type);
        }
        this.type = type;
        this.token = Secrets.requireText("token", token);
        this.expires = Objects.requireNonNull(expires, "expires == null");
        this.scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /**
     * {@code "oauth"} (API client) or {@code "user"} (user account).
     *
     * @return the token's kind
     */
    public String type() {
        return type;
    }

    /** {@return the bearer token}. Treat it as a secret. */
    public String token() {
        return token;
    }

    /** {@return when the token expires} */
    public Instant expires() {
        return expires;
    }

    /** {@return the granted scope; empty when Jamf sent none} */
    public List<String> scope() {
        return scope;
    }

    /**
     * True when the token has expired at {@code now}.
     *
     * @param now the time to judge by
     * @return whether the token has expired then
     */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expires);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessToken other && type.equals(other.type) && token.equals(other.token)
                && expires.equals(other.expires) && scope.equals(other.scope);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, token, expires, scope);
    }

    @Override
    public String toString() {
        return "AccessToken{type=" + type + ", token=***, expires=" + expires + ", scope=" + scope + '}';
    }
}
