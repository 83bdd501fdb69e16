package dev.jamfpro.sdk.webhooks;

import com.sun.net.httpserver.HttpHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Jamf Pro webhooks on any Java HTTP stack: a plain function from the request's headers and
 * body to the typed event, which checks the authentication the webhook is configured with (HTTP Basic,
 * or a header with a shared value; compared in constant time), the size, and the content type.
 *
 * <pre>{@code
 * WebhookReceiver receiver = WebhookReceiver.builder().basicAuthentication("jamf", secret).build();
 *
 * // any framework: hand over the headers and the body, answer the status of a rejection
 * try {
 *     WebhookEvent event = receiver.receive(headers, body);
 * } catch (WebhookRejectedException e) {
 *     return status(e.statusCode(), e.getMessage());
 * }
 *
 * // or the JDK's own server, in a few lines
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/jamf", receiver.httpHandler(event -> System.out.println(event)));
 * server.start();
 * }</pre>
 *
 * <p>Checks, in this order: credentials (401), size (413), content type (415: JSON and XML are
 * accepted; with no content type the body's first character decides), the body itself (400). Each
 * refusal is a {@link WebhookRejectedException} carrying the status and a message that names the
 * problem and never a secret; it is logged at WARN without the body. The receiver keeps only a digest
 * of the secret; {@link #toString()} shows the kind of authentication, not the secret. Immutable and
 * thread-safe.
 */
public final class WebhookReceiver implements BiFunction<Map<String, List<String>>, byte[], WebhookEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);
    /** Default {@link Builder#maxBodyBytes}: a smart group change listing thousands of devices fits. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

    private enum Mode {
        NONE, BASIC, HEADER
    }

    private final Mode mode;
    private final String headerName;
    private final byte[] secretDigest;
    private final long maxBodyBytes;

    private WebhookReceiver(Builder b) {
        this.mode = b.mode;
        this.headerName = b.headerName;
        this.secretDigest = b.secretDigest;
        this.maxBodyBytes = b.maxBodyBytes;
    }

    /** {@return a builder; choosing the authentication is required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The event a request carries.
     *
     * @param headers the request headers; names in any case (HTTP's are case-insensitive)
     * @param body the request body as received
     * @return the typed event, or an {@link UnknownWebhookEvent} for one this SDK does not know
     * @throws WebhookRejectedException with the status to answer when the request is refused
     */
    public WebhookEvent receive(Map<String, List<String>> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers == null");
        authenticate(headers);
        if (body == null || body.length == 0) {
            throw reject(400, "the body is empty: a Jamf Pro webhook carries an event");
        }
        if (body.length > maxBodyBytes) {
            throw tooLarge(body.length);
        }
        String contentType = header(headers, "Content-Type").orElse(null);
        if (contentType != null && !contentType.isBlank() && WebhookFormat.ofContentType(contentType).isEmpty()) {
            throw reject(415, "Content-Type " + contentType.trim() + " is neither JSON nor XML");
        }
        WebhookEvent event;
        try {
            event = WebhookEvent.parse(body, contentType);
        } catch (InvalidWebhookException e) {
            throw reject(400, e.getMessage(), e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Webhook {} received from webhook {}", event.eventName(),
                    event.webhook().id().stream().boxed().findFirst().map(String::valueOf).orElse("(no id)"));
        }
        return event;
    }

    /** Same as {@link #receive}: the receiver as a plain function. */
    @Override
    public WebhookEvent apply(Map<String, List<String>> headers, byte[] body) {
        return receive(headers, body);
    }

    /**
     * A handler for the JDK's built-in {@code com.sun.net.httpserver.HttpServer}: it answers POSTs, hands
     * each accepted event to {@code listener} on the server's thread, and answers 200 when the listener
     * returns, 500 when it throws, and the refusal's status (with the reason as plain text) when the
     * request is refused. A body larger than {@link Builder#maxBodyBytes} is refused before it is read
     * whole.
     *
     * @param listener told of each accepted event
     * @return the handler, for {@code HttpServer.createContext}
     */
    public HttpHandler httpHandler(Consumer<? super WebhookEvent> listener) {
        return new WebhookHttpHandler(this, Objects.requireNonNull(listener, "listener == null"));
    }

    /** {@return the largest body accepted, in bytes} */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Whether refusals with status 401 should carry {@code WWW-Authenticate: Basic}. */
    boolean basic() {
        return mode == Mode.BASIC;
    }

    /** @throws WebhookRejectedException (401) unless the request carries the configured credentials */
    void authenticate(Map<String, List<String>> headers) {
        switch (mode) {
            case NONE -> {
                // the webhook is configured without authentication
            }
            case BASIC -> {
                String authorization = header(headers, "Authorization").orElse("").trim();
                if (authorization.isEmpty()) {
                    throw reject(401, "no Authorization header: this receiver requires HTTP Basic credentials");
                }
                if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                    throw reject(401, "the Authorization header is not HTTP Basic");
                }
                byte[] credentials;
                try {
                    credentials = Base64.getDecoder().decode(authorization.substring(6).trim());
                } catch (IllegalArgumentException e) {
                    throw reject(401, "the HTTP Basic credentials are not Base64");
                }
                if (!MessageDigest.isEqual(digest(credentials), secretDigest)) {
                    throw reject(401, "wrong HTTP Basic credentials");
                }
            }
            case HEADER -> {
                Optional<String> value = header(headers, headerName);
                if (value.isEmpty()) {
                    throw reject(401, "no " + headerName + " header: this receiver requires it");
                }
                if (!MessageDigest.isEqual(digest(value.get().getBytes(StandardCharsets.UTF_8)), secretDigest)) {
                    throw reject(401, "wrong value in the " + headerName + " header");
                }
            }
        }
    }

    /** The refusal of a body of {@code size} bytes, or of more than the limit when {@code size} is negative. */
    WebhookRejectedException tooLarge(long size) {
        return reject(413, "the body has " + (size >= 0 ? size : "more than " + maxBodyBytes)
                + " bytes; this receiver accepts at most " + maxBodyBytes);
    }

    static WebhookRejectedException reject(int status, String message) {
        return reject(status, message, null);
    }

    private static WebhookRejectedException reject(int status, String message, Throwable cause) {
        LOG.warn("Webhook request refused with {}: {}", status, message);
        return new WebhookRejectedException(status, message, cause);
    }

    /** The first value of header {@code name}, matched without regard to case. */
    static Optional<String> header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && entry.getValue() != null
                    && !entry.getValue().isEmpty() && entry.getValue().get(0) != null) {
                return Optional.of(entry.getValue().get(0));
            }
        }
        return Optional.empty();
    }

    /** SHA-256 first, so that the comparison takes as long whatever the lengths. */
    private static byte[] digest(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        String authentication = switch (mode) {
            case NONE -> "none";
            case BASIC -> "basic";
            case HEADER -> "header " + headerName;
        };
        return "WebhookReceiver{authentication=" + authentication + ", maxBodyBytes=" + maxBodyBytes + '}';
    }

    /** Configuration of a {@link WebhookReceiver}; choose exactly one authentication. */
    public static final class Builder {
        private Mode mode;
        private String headerName;
        private byte[] secretDigest;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

        private Builder() {
        }

        /**
         * Requires HTTP Basic credentials, as a webhook with "Basic Authentication" sends them.
         *
         * @param username the user name set on the webhook
         * @param password the password set on the webhook
         * @return this builder
         * @throws IllegalArgumentException when either is null or empty, or the user name holds a colon
         */
        public Builder basicAuthentication(String username, String password) {
            require("username", username);
            require("password", password);
            if (username.indexOf(':') >= 0) {
                throw new IllegalArgumentException("username must not contain ':' (HTTP Basic cannot carry it)");
            }
            return choose(Mode.BASIC, null, username + ":" + password);
        }

        /**
         * Requires header {@code name} with {@code value}, as a webhook with header authentication sends
         * it (for example {@code Authorization: Bearer ...} or {@code X-Jamf-Secret: ...}).
         *
         * @param name the header's name
         * @param value the header's value
         * @return this builder
         * @throws IllegalArgumentException when either is null or empty, or the name is no header name
         */
        public Builder headerAuthentication(String name, String value) {
            require("header name", name);
            require("header value", value);
            if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new IllegalArgumentException("'" + name + "' is not an HTTP header name");
            }
            return choose(Mode.HEADER, name, value);
        }

        /**
         * Accepts requests without credentials, as a webhook with authentication "None" sends them.
         *
         * @return this builder
         */
        public Builder noAuthentication() {
            return choose(Mode.NONE, null, null);
        }

        /**
         * The largest body accepted, 1 or more (default 16 MiB).
         *
         * @param maxBodyBytes the limit, in bytes
         * @return this builder
         */
        public Builder maxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be 1 or more, got " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * The receiver.
         *
         * @return the receiver
         * @throws IllegalArgumentException when no authentication was chosen
         */
        public WebhookReceiver build() {
            if (mode == null) {
                throw new IllegalArgumentException("authentication not chosen: call basicAuthentication, "
                        + "headerAuthentication or noAuthentication()");
            }
            return new WebhookReceiver(this);
        }

        private Builder choose(Mode mode, String headerName, String secret) {
            if (this.mode != null && this.mode != mode) {
                throw new IllegalArgumentException("authentication already chosen (" + this.mode.name()
                        .toLowerCase(Locale.ROOT) + "): a Jamf Pro webhook sends one kind");
            }
            this.mode = mode;
            this.headerName = headerName;
            this.secretDigest = secret == null ? null : digest(secret.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        private static void require(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException(name + " == null");
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException(name + " is empty");
            }
        }

        @Override
        public String toString() {
            return "WebhookReceiver.Builder{mode=" + mode + '}';
        }
    }
}
