package dev.jamfpro.sdk.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Issued bearer tokens: OAuth (API client) and user tokens, each with its expiry. */
final class TokenStore {
    enum Kind {
        OAUTH, USER
    }

    record Token(String value, Kind kind, Instant expires) {
        @Override
        public String toString() {
            return "Token{kind=" + kind + ", expires=" + expires + '}'; // never the value
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Token> live = new ConcurrentHashMap<>();
    private final Clock clock;

    TokenStore(Clock clock) {
        this.clock = clock;
    }

    Token issue(Kind kind, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String value = "sim" + (kind == Kind.OAUTH ? "o." : "u.") + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Token token = new Token(value, kind, clock.instant().plus(lifetime));
        live.put(value, token);
        return token;
    }

    /** The token if it was issued, is not killed and has not expired; else null. */
    Token valid(String value) {
        if (value == null) {
            return null;
        }
        Token token = live.get(value);
        if (token == null) {
            return null;
        }
        if (!clock.instant().isBefore(token.expires())) {
            live.remove(value, token);
            return null;
        }
        return token;
    }

    /** Ends a token; false if it was not live. */
    boolean kill(String value) {
        return value != null && live.remove(value) != null;
    }

    /** Ends every token: the next API call of every client gets a 401. */
    void killAll() {
        live.clear();
    }

    int liveCount() {
        return (int) live.values().stream().filter(t -> clock.instant().isBefore(t.expires())).count();
    }

    Instant now() {
        return clock.instant();
    }
}
