package dev.jamfpro.sdk.simulator;

import java.util.Map;
import java.util.Objects;

/**
 * Counters of a {@link JamfProSimulator}, as one consistent-enough snapshot. In-flight means
 * "arrived at the server and not yet answered": from the request line read to the last byte of the
 * answer written, injected latency included.
 */
public final class SimulatorStats {
    private final long totalRequests;
    private final int inFlight;
    private final int peakInFlight;
    private final long tokenRequests;
    private final long faultsInjected;
    private final int connectionsAccepted;
    private final Map<String, Long> requestsByPath;

    SimulatorStats(long totalRequests, int inFlight, int peakInFlight, long tokenRequests, long faultsInjected,
                   int connectionsAccepted, Map<String, Long> requestsByPath) {
        this.totalRequests = totalRequests;
        this.inFlight = inFlight;
        this.peakInFlight = peakInFlight;
        this.tokenRequests = tokenRequests;
        this.faultsInjected = faultsInjected;
        this.connectionsAccepted = connectionsAccepted;
        this.requestsByPath = Map.copyOf(requestsByPath);
    }

    /**
     * Requests received, every path included (token calls too).
     *
     * @return the number of requests
     */
    public long totalRequests() {
        return totalRequests;
    }

    /**
     * Requests being served right now.
     *
     * @return the number of requests
     */
    public int inFlight() {
        return inFlight;
    }

    /** {@return the most requests in flight at once since start or the last {@link JamfProSimulator#resetStats()}} */
    public int peakInFlight() {
        return peakInFlight;
    }

    /**
     * Requests for a token: {@code POST /api/v1/oauth/token} (and {@code /api/oauth/token}),
     * {@code /api/v1/auth/token} and {@code /api/v1/auth/keep-alive}, whatever their outcome.
     *
     * @return the number of token requests
     */
    public long tokenRequests() {
        return tokenRequests;
    }

    /**
     * Requests answered with an injected {@link Fault}.
     *
     * @return the number of faults
     */
    public long faultsInjected() {
        return faultsInjected;
    }

    /**
     * TCP connections accepted since start (not reset by {@link JamfProSimulator#resetStats()}): a
     * client that reuses its connections keeps this near its concurrency.
     *
     * @return the number of connections
     */
    public int connectionsAccepted() {
        return connectionsAccepted;
    }

    /**
     * Requests per decoded path (no query), for example {@code /api/v1/computers-inventory}.
     *
     * @return the counts by path
     */
    public Map<String, Long> requestsByPath() {
        return requestsByPath;
    }

    /**
     * Requests to one decoded path; 0 if none.
     *
     * @param path the decoded path
     * @return the number of requests
     */
    public long requests(String path) {
        return requestsByPath.getOrDefault(Objects.requireNonNull(path, "path == null"), 0L);
    }

    /**
     * Requests to every path starting with {@code prefix}.
     *
     * @param prefix the start of the decoded path
     * @return the number of requests
     */
    public long requestsUnder(String prefix) {
        Objects.requireNonNull(prefix, "prefix == null");
        return requestsByPath.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue).sum();
    }

    @Override
    public String toString() {
        return "SimulatorStats{total=" + totalRequests + ", inFlight=" + inFlight + ", peakInFlight=" + peakInFlight
                + ", tokenRequests=" + tokenRequests + ", faults=" + faultsInjected + ", connections="
                + connectionsAccepted + ", paths=" + requestsByPath.size() + '}';
    }
}
