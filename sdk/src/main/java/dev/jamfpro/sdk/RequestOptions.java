package dev.jamfpro.sdk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-call settings for the calls made through a view of a client ({@link AsyncJamfProClient#withOptions}):
 * each setting left unset keeps the client's own value from its {@link SessionConfig}. The view shares
 * everything else with its client: token, cookies, connections, the concurrency limit.
 *
 * <pre>{@code
 * AsyncJamfProClient uploads = client.withOptions(RequestOptions.builder()
 *         .timeout(Duration.ofMinutes(10))      // a big upload gets longer than the client's 120 s
 *         .maxRetries(0)
 *         .build());
 * }</pre>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Duration timeout;
    private final Integer maxRetries;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
    }

    /** {@return a builder with nothing set} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return options that change nothing} */
    public static RequestOptions none() {
        return NONE;
    }

    /** {@return a builder holding these options} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.maxRetries = maxRetries;
        return b;
    }

    /** {@return the time allowed for one HTTP request of these calls; empty: the client's {@link SessionConfig#timeout()}} */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** {@return the retries of a request that is safe to retry; empty: the client's {@link SessionConfig#maxRetries()}} */
    public OptionalInt maxRetries() {
        return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
    }

    /** These options over {@code base}: each option set here wins, the others come from {@code base}. */
    RequestOptions over(RequestOptions base) {
        Builder b = base.toBuilder();
        if (timeout != null) {
            b.timeout = timeout;
        }
        if (maxRetries != null) {
            b.maxRetries = maxRetries;
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestOptions other && Objects.equals(timeout, other.timeout)
                && Objects.equals(maxRetries, other.maxRetries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, maxRetries);
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + '}';
    }

    /** Builder of {@link RequestOptions}; {@link #build()} checks the values and names a bad one. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;

        private Builder() {
        }

        /**
         * Time allowed for one HTTP request, from sending to the end of the answer.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout == null");
            return this;
        }

        /**
         * Retries of a request that is safe to retry (0 turns them off).
         *
         * @param maxRetries zero or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Validates the options and builds them.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first bad value
         */
        public RequestOptions build() {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            if (maxRetries != null && maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
            }
            return new RequestOptions(this);
        }
    }
}
