package dev.jamfpro.sdk;

import dev.jamfpro.sdk.internal.UserAgent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of one {@link AsyncJamfProClient}. Build with {@link #builder()}; every value has
 * a default and is checked by {@link Builder#build()}, whose errors name the field.
 *
 * <pre>{@code
 * SessionConfig config = SessionConfig.builder()
 *         .timeout(Duration.ofSeconds(30))
 *         .maxConcurrency(5)
 *         .build();
 * }</pre>
 */
public final class SessionConfig {
    /** Per call: past Jamf Cloud's 90 s edge timeout, so the server's own answer is seen. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** Jamf's guidance: at most 5 concurrent connections. */
    public static final int DEFAULT_MAX_CONCURRENCY = 5;
    /** Retries of a request that is safe to retry, unless set. */
    public static final int DEFAULT_MAX_RETRIES = 2;
    /** First backoff delay, unless set. */
    public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(500);
    /** Longest backoff delay, unless set. */
    public static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofSeconds(30);
    /**
     * 256 MiB: far past any real Jamf Pro answer (a 2000-record inventory page with every section is tens
     * of MB), small enough that a runaway answer cannot take the heap.
     */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 256L * 1024 * 1024;
    /**
     * Off. Benchmark 9 (README, Production behaviours): against a healthy server adaptive concurrency costs
     * nothing once a client is warm (0.99x the time of fixed 5, bookkeeping 1.00x at zero latency), and
     * against one that slows under load it halves the total time and cuts the server's p95 from 312 to
     * 112 ms; but a new client starts at 1 request in flight and needs a few round trips to reach
     * {@code maxConcurrency}, so a fresh client's first 10 reads take 1.9x as long. It is on by default only
     * if it never costs throughput against a healthy server, and that start does.
     */
    public static final boolean DEFAULT_ADAPTIVE_CONCURRENCY = false;
    /** Longest read-after-write window accepted: Jamf Cloud's nodes sync about once a minute. */
    public static final Duration MAX_READ_AFTER_WRITE_WINDOW = Duration.ofMinutes(10);

    private final Duration timeout;
    private final int maxConcurrency;
    private final int maxRetries;
    private final Duration retryBaseDelay;
    private final Duration retryMaxDelay;
    private final boolean returnExceptions;
    private final String userAgent;
    private final boolean verify;
    private final Path caCertBundle;
    private final String scheme;
    private final boolean cookies;
    private final Path cookieFile;
    private final long maxResponseSize;
    private final boolean adaptiveConcurrency;
    private final Duration readAfterWriteWindow;

    private SessionConfig(Builder b) {
        this.timeout = b.timeout;
        this.maxConcurrency = b.maxConcurrency;
        this.maxRetries = b.maxRetries;
        this.retryBaseDelay = b.retryBaseDelay;
        this.retryMaxDelay = b.retryMaxDelay;
        this.returnExceptions = b.returnExceptions;
        this.userAgent = b.userAgent != null ? b.userAgent : UserAgent.DEFAULT;
        this.verify = b.verify;
        this.caCertBundle = b.caCertBundle;
        this.scheme = b.scheme;
        this.cookies = b.cookies;
        this.cookieFile = b.cookieFile;
        this.maxResponseSize = b.maxResponseSize;
        this.adaptiveConcurrency = b.adaptiveConcurrency;
        this.readAfterWriteWindow = b.readAfterWriteWindow;
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the default configuration} */
    public static SessionConfig defaults() {
        return builder().build();
    }

    /** {@return a builder holding this configuration's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.maxConcurrency = maxConcurrency;
        b.maxRetries = maxRetries;
        b.retryBaseDelay = retryBaseDelay;
        b.retryMaxDelay = retryMaxDelay;
        b.returnExceptions = returnExceptions;
        b.userAgent = userAgent;
        b.verify = verify;
        b.caCertBundle = caCertBundle;
        b.scheme = scheme;
        b.cookies = cookies;
        b.cookieFile = cookieFile;
        b.maxResponseSize = maxResponseSize;
        b.adaptiveConcurrency = adaptiveConcurrency;
        b.readAfterWriteWindow = readAfterWriteWindow;
        return b;
    }

    /**
     * Time allowed for one HTTP request, from sending to the end of the answer (default 120 s).
     *
     * @return the duration
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Most requests in flight at once for the client, whatever path they take (default 5).
     *
     * @return the count
     */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /**
     * Most retries of one request that is safe to retry (default 2; 0 turns retries off).
     *
     * @return the count
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * First backoff delay before a retry; it doubles with each attempt, with jitter (default 500 ms).
     *
     * @return the duration
     */
    public Duration retryBaseDelay() {
        return retryBaseDelay;
    }

    /**
     * Longest wait before a retry, {@code Retry-After} included (default 30 s).
     *
     * @return the duration
     */
    public Duration retryMaxDelay() {
        return retryMaxDelay;
    }

    /**
     * How {@link ConcurrentResults#stream()} treats a failed request: true (default) throws the
     * failure at its position; false skips it, logging it at WARN.
     *
     * @return true to throw a failure at its position, false to skip it
     */
    public boolean returnExceptions() {
        return returnExceptions;
    }

    /** {@return the {@code User-Agent} header (default {@code JamfProSDK-Java/<version> Java/<version> <os>})} */
    public String userAgent() {
        return userAgent;
    }

    /** {@return whether TLS certificates and host names are verified (default true)} */
    public boolean verify() {
        return verify;
    }

    /**
     * Extra trusted CA certificates (PEM), added to the system's; null for none.
     *
     * @return the PEM file, or null
     */
    public Path caCertBundle() {
        return caCertBundle;
    }

    /**
     * {@code https} (default) or {@code http}.
     *
     * @return the scheme
     */
    public String scheme() {
        return scheme;
    }

    /**
     * Whether one cookie jar is shared by token and API calls (default true), so Jamf Cloud's
     * load-balancer cookie pins the session to one node.
     *
     * @return whether one cookie jar is shared by token and API calls
     */
    public boolean cookies() {
        return cookies;
    }

    /** {@return a Netscape-format cookie file to preload into the jar; null for none} */
    public Path cookieFile() {
        return cookieFile;
    }

    /**
     * The largest answer body the client reads, in bytes (default {@link #DEFAULT_MAX_RESPONSE_SIZE}). A
     * larger answer fails its call with a {@link JamfProSdkException} naming method, path and size,
     * before it can exhaust the heap.
     *
     * @return the limit in bytes
     */
    public long maxResponseSize() {
        return maxResponseSize;
    }

    /**
     * Whether the client keeps fewer than {@link #maxConcurrency()} requests in flight while its server
     * slows down (default {@link #DEFAULT_ADAPTIVE_CONCURRENCY}): the limit drops as answers take longer
     * than their usual time (at least twice as long, and 50 ms more), and on 503, 504, 429 and timeouts,
     * and rises back as answers speed up again. A new client starts at 1 and doubles while answers stay fast.
     *
     * @return true when the limit adapts to the server
     */
    public boolean adaptiveConcurrency() {
        return adaptiveConcurrency;
    }

    /**
     * How long after this client writes a record (POST, PUT, PATCH) a GET of it that answers 404 is
     * read again, after a backoff from {@link #retryBaseDelay()}, as long as the wait ends within this
     * window (default {@link Duration#ZERO}: off). Jamf Cloud is a cluster whose nodes sync about once a
     * minute, so a read right after a write can reach a node that does not have the record yet.
     *
     * @return the window; {@link Duration#ZERO} when off
     */
    public Duration readAfterWriteWindow() {
        return readAfterWriteWindow;
    }

    @Override
    public String toString() {
        return "SessionConfig{timeout=" + timeout + ", maxConcurrency=" + maxConcurrency
                + ", maxRetries=" + maxRetries + ", retryBaseDelay=" + retryBaseDelay
                + ", retryMaxDelay=" + retryMaxDelay + ", returnExceptions=" + returnExceptions
                + ", userAgent=" + userAgent + ", verify=" + verify + ", caCertBundle=" + caCertBundle
                + ", scheme=" + scheme + ", cookies=" + cookies + ", cookieFile=" + cookieFile
                + ", maxResponseSize=" + maxResponseSize + ", adaptiveConcurrency=" + adaptiveConcurrency
                + ", readAfterWriteWindow=" + readAfterWriteWindow + '}';
    }

    /** Builder of {@link SessionConfig}; {@link #build()} validates. */
    public static final class Builder {
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private int maxRetries = DEFAULT_MAX_RETRIES;
        private Duration retryBaseDelay = DEFAULT_RETRY_BASE_DELAY;
        private Duration retryMaxDelay = DEFAULT_RETRY_MAX_DELAY;
        private boolean returnExceptions = true;
        private String userAgent;
        private boolean verify = true;
        private Path caCertBundle;
        private String scheme = "https";
        private boolean cookies = true;
        private Path cookieFile;
        private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        private boolean adaptiveConcurrency = DEFAULT_ADAPTIVE_CONCURRENCY;
        private Duration readAfterWriteWindow = Duration.ZERO;

        private Builder() {
        }

        /**
         * Time allowed for one HTTP request (default 120 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Most requests in flight at once for the client (default 5).
         *
         * @param maxConcurrency 1 or more
         * @return this builder
         */
        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /**
         * Most retries of a request that is safe to retry (default 2).
         *
         * @param maxRetries 0 (no retries) or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * First backoff delay; it doubles with each attempt (default 500 ms).
         *
         * @param retryBaseDelay a positive duration
         * @return this builder
         */
        public Builder retryBaseDelay(Duration retryBaseDelay) {
            this.retryBaseDelay = retryBaseDelay;
            return this;
        }

        /**
         * Longest wait before a retry, {@code Retry-After} included (default 30 s).
         *
         * @param retryMaxDelay a duration of at least {@code retryBaseDelay}
         * @return this builder
         */
        public Builder retryMaxDelay(Duration retryMaxDelay) {
            this.retryMaxDelay = retryMaxDelay;
            return this;
        }

        /**
         * How {@link ConcurrentResults#stream()} treats a failure (default true).
         *
         * @param returnExceptions true to throw it at its position, false to skip it
         * @return this builder
         */
        public Builder returnExceptions(boolean returnExceptions) {
            this.returnExceptions = returnExceptions;
            return this;
        }

        /**
         * The {@code User-Agent} header.
         *
         * @param userAgent the header's value, or null for the default
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Whether TLS certificates and host names are verified (default true).
         *
         * @param verify false only for test servers
         * @return this builder
         */
        public Builder verify(boolean verify) {
            this.verify = verify;
            return this;
        }

        /**
         * Extra trusted CA certificates, added to the system's.
         *
         * @param caCertBundle a PEM file, or null for none
         * @return this builder
         */
        public Builder caCertBundle(Path caCertBundle) {
            this.caCertBundle = caCertBundle;
            return this;
        }

        /**
         * The URL scheme (default {@code https}).
         *
         * @param scheme {@code https} or {@code http}
         * @return this builder
         */
        public Builder scheme(String scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Whether one cookie jar is shared by token and API calls (default true).
         *
         * @param cookies false to send no cookies
         * @return this builder
         */
        public Builder cookies(boolean cookies) {
            this.cookies = cookies;
            return this;
        }

        /**
         * A Netscape-format cookie file to preload into the jar.
         *
         * @param cookieFile the file, or null for none
         * @return this builder
         */
        public Builder cookieFile(Path cookieFile) {
            this.cookieFile = cookieFile;
            return this;
        }

        /**
         * The largest answer body read, in bytes (default 256 MiB); at least 1024.
         *
         * @param maxResponseSize the limit in bytes
         * @return this builder
         */
        public Builder maxResponseSize(long maxResponseSize) {
            this.maxResponseSize = maxResponseSize;
            return this;
        }

        /**
         * Lower the concurrency below {@code maxConcurrency} while the server slows down; see
         * {@link SessionConfig#adaptiveConcurrency()}.
         *
         * @param adaptiveConcurrency true to adapt (default false)
         * @return this builder
         */
        public Builder adaptiveConcurrency(boolean adaptiveConcurrency) {
            this.adaptiveConcurrency = adaptiveConcurrency;
            return this;
        }

        /**
         * Read again a record that answers 404 this long after this client wrote it (for example
         * {@code Duration.ofSeconds(60)}); {@link Duration#ZERO} (default) turns it off. See
         * {@link SessionConfig#readAfterWriteWindow()}.
         *
         * @param readAfterWriteWindow the window, zero or positive
         * @return this builder
         */
        public Builder readAfterWriteWindow(Duration readAfterWriteWindow) {
            this.readAfterWriteWindow = readAfterWriteWindow;
            return this;
        }

        /**
         * Checks every value and returns the configuration.
         *
         * @return the configuration
         * @throws IllegalArgumentException naming the first bad field
         */
        public SessionConfig build() {
            Objects.requireNonNull(timeout, "timeout == null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            if (maxConcurrency < 1) {
                throw new IllegalArgumentException("maxConcurrency must be at least 1, got " + maxConcurrency);
            }
            if (maxConcurrency > 100) {
                throw new IllegalArgumentException("maxConcurrency must be at most 100 (Jamf advises 5), got "
                        + maxConcurrency);
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
            }
            Objects.requireNonNull(retryBaseDelay, "retryBaseDelay == null");
            Objects.requireNonNull(retryMaxDelay, "retryMaxDelay == null");
            if (retryBaseDelay.isNegative()) {
                throw new IllegalArgumentException("retryBaseDelay must not be negative, got " + retryBaseDelay);
            }
            if (retryMaxDelay.compareTo(retryBaseDelay) < 0) {
                throw new IllegalArgumentException("retryMaxDelay (" + retryMaxDelay
                        + ") must not be shorter than retryBaseDelay (" + retryBaseDelay + ")");
            }
            if (userAgent != null && (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7e))) {
                throw new IllegalArgumentException("userAgent must be non-blank printable ASCII, got '" + userAgent + "'");
            }
            if (!"https".equals(scheme) && !"http".equals(scheme)) {
                throw new IllegalArgumentException("scheme must be \"https\" or \"http\", got '" + scheme + "'");
            }
            if (caCertBundle != null && !Files.isReadable(caCertBundle)) {
                throw new IllegalArgumentException("caCertBundle is not a readable file: " + caCertBundle);
            }
            if (cookieFile != null && !Files.isReadable(cookieFile)) {
                throw new IllegalArgumentException("cookieFile is not a readable file: " + cookieFile);
            }
            if (maxResponseSize < 1024) {
                throw new IllegalArgumentException("maxResponseSize must be at least 1024 bytes, got " + maxResponseSize);
            }
            Objects.requireNonNull(readAfterWriteWindow, "readAfterWriteWindow == null");
            if (readAfterWriteWindow.isNegative() || readAfterWriteWindow.compareTo(MAX_READ_AFTER_WRITE_WINDOW) > 0) {
                throw new IllegalArgumentException("readAfterWriteWindow must be between zero (off) and "
                        + MAX_READ_AFTER_WRITE_WINDOW + ", got " + readAfterWriteWindow);
            }
            return new SessionConfig(this);
        }
    }
}
