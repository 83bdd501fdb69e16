package dev.jamfpro.sdk.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * A simulated Jamf Pro server, in process, over real HTTP on a loopback port: for tests, demos and
 * benchmarks of Jamf Pro clients.
 *
 * <pre>{@code
 * try (JamfProSimulator jamf = JamfProSimulator.builder().computers(2000).latency(Duration.ofMillis(20)).start()) {
 *     // point a client at jamf.host() : jamf.port() over http, credentials "sim-client" / "sim-secret"
 * }
 * }</pre>
 *
 * <p>It serves:
 * <ul>
 *   <li>{@code POST /api/v1/oauth/token} (also {@code /api/oauth/token}): client credentials form,
 *       {@code {access_token, token_type, scope, expires_in}}, RFC 6749 errors;</li>
 *   <li>{@code POST /api/v1/auth/token} (HTTP Basic) → {@code {token, expires}};
 *       {@code /api/v1/auth/keep-alive} (a new user token; the old one dies);
 *       {@code /api/v1/auth/invalidate-token} → 204;</li>
 *   <li>a bearer check on every other {@code /api} and {@code /JSSResource} call: 401 with
 *       {@code INVALID_TOKEN} for unknown, expired or ended tokens;</li>
 *   <li>{@code GET /api/v1/jamf-pro-version};</li>
 *   <li>{@code GET /api/v1|v2|v3/computers-inventory}: zero-based {@code page}, {@code page-size}
 *       (default 100, silently clamped to {@link Builder#maxPageSize}), repeated {@code section}
 *       (GENERAL by default), RSQL {@code filter}, comma-joined {@code sort} (default
 *       {@code general.name:asc}, ties in id order); {@code /computers-inventory/{id}} and
 *       {@code /api/v1/computers-inventory-detail/{id}};</li>
 *   <li>Classic {@code GET /JSSResource/computers}, {@code GET /JSSResource/computers/id|name|serialnumber|udid|macaddress/{x}}
 *       (with {@code /subset/General&Location}), {@code PUT} (general name, asset tag, management,
 *       location) and {@code DELETE /JSSResource/computers/id/{id}}; errors as Jamf's HTML pages.</li>
 * </ul>
 *
 * <p>Knobs: a fixed latency per request (from arrival to answer, so server work hides inside it),
 * a share of API requests answered with a {@link Fault}, or faults aimed at the next matching
 * requests ({@link #failNext}). Counters: {@link #stats()}, and the {@link #recordedRequests()} log.
 * Injected faults never hit the authentication endpoints.
 */
public final class JamfProSimulator implements AutoCloseable {
    private final Fleet fleet;
    private final TokenStore tokens;
    private final Counters counters;
    private final JamfRoutes routes;
    private final HttpServerCore server;
    private final Random faultRandom;
    private final List<AimedFault> aimedFaults = new ArrayList<>();
    private final Clock clock;
    private final long seed;
    private final SimulatedWebhooks webhooks;
    private final FleetEvents fleetEvents;

    private volatile long latencyNanos;
    private volatile double faultRate;
    private volatile Fault[] faults;
    private volatile Duration tokenLifetime;

    private record AimedFault(Fault fault, RequestMatcher matcher, int[] remaining) {
    }

    private JamfProSimulator(Builder b) {
        this.fleet = new Fleet(FleetSeeder.seed(b.computers, b.seed));
        this.clock = b.clock;
        this.seed = b.seed;
        this.webhooks = new SimulatedWebhooks(b.clock);
        this.fleetEvents = new FleetEvents(webhooks);
        fleet.listener(fleetEvents);
        this.tokens = new TokenStore(b.clock);
        this.counters = new Counters(b.requestLogLimit);
        this.faultRandom = new Random(b.seed * 31 + 7);
        this.latencyNanos = b.latency.toNanos();
        this.faultRate = b.faultRate;
        this.faults = b.faults.toArray(Fault[]::new);
        this.tokenLifetime = b.tokenLifetime;
        this.routes = new JamfRoutes(fleet, tokens, () -> tokenLifetime, b.maxPageSize, b.clientId, b.clientSecret,
                b.username, b.password, b.version);
        try {
            this.server = new HttpServerCore(b.port, this::handle, counters);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + b.port, e);
        }
    }

    /** A builder with the defaults: 2000 computers, seed 1, no latency, no faults, dynamic port. */
    public static Builder builder() {
        return new Builder();
    }

    private SimResponse handle(SimRequest request) {
        List<String> segments = segments(request.path());
        String path = "/" + String.join("/", segments);
        counters.path(path);
        if (JamfRoutes.isTokenPath(path)) {
            counters.tokenRequest();
        }
        Fault fault = JamfRoutes.isAuthPath(path) ? null : chooseFault(request.method(), path, request.query());
        SimResponse response;
        if (fault == Fault.HTTP_503) {
            response = SimResponse.html(503, "<html><head><title>503 Service Temporarily Unavailable</title></head>"
                    + "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>");
        } else if (fault == Fault.CONNECTION_RESET) {
            response = SimResponse.reset();
        } else {
            response = routes.route(request, segments, path);
        }
        if (fault != null) {
            counters.fault();
        }
        if (counters.recording()) {
            counters.record(new RecordedRequest(request.method(), path, Map.copyOf(request.query()), response.status(),
                    fault));
        }
        awaitLatency(request.arrivalNanos());
        return response;
    }

    /** Decoded path segments; {@code +} decodes to a space, as on Jamf's servlet container. */
    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>(8);
        int start = 0;
        while (start <= rawPath.length()) {
            int slash = rawPath.indexOf('/', start);
            int end = slash < 0 ? rawPath.length() : slash;
            if (end > start) {
                segments.add(SimRequest.decode(rawPath.substring(start, end)));
            }
            start = end + 1;
        }
        return segments;
    }

    private Fault chooseFault(String method, String path, Map<String, List<String>> query) {
        synchronized (aimedFaults) {
            for (int i = 0; i < aimedFaults.size(); i++) {
                AimedFault aimed = aimedFaults.get(i);
                if (aimed.matcher().matches(method, path, query)) {
                    if (--aimed.remaining()[0] <= 0) {
                        aimedFaults.remove(i);
                    }
                    return aimed.fault();
                }
            }
        }
        double rate = faultRate;
        Fault[] choices = faults;
        if (rate <= 0 || choices.length == 0) {
            return null;
        }
        synchronized (faultRandom) {
            if (faultRandom.nextDouble() >= rate) {
                return null;
            }
            return choices[faultRandom.nextInt(choices.length)];
        }
    }

    /** Parks until {@code latency} after arrival: the time spent answering counts toward it. */
    private void awaitLatency(long arrivalNanos) {
        long deadline = arrivalNanos + latencyNanos;
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** The port the simulator listens on (on the loopback interface). */
    public int port() {
        return server.port();
    }

    /** {@code localhost}. */
    public String host() {
        return "localhost";
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://" + host() + ":" + port();
    }

    /** The counters now. */
    public SimulatorStats stats() {
        return counters.snapshot(server.connectionsAccepted());
    }

    /** Zeroes the counters (peak in-flight restarts from the current in-flight) and clears the request log. */
    public void resetStats() {
        counters.reset();
    }

    /**
     * The last requests answered (at most {@link Builder#requestLogLimit}), oldest first, in the order
     * their answers were ready.
     */
    public List<RecordedRequest> recordedRequests() {
        return counters.recorded();
    }

    /** Changes the latency of requests arriving from now on. */
    public void setLatency(Duration latency) {
        this.latencyNanos = checkLatency(latency).toNanos();
    }

    /** Changes the share (0 to 1) of API requests answered with a fault. */
    public void setFaultRate(double faultRate) {
        this.faultRate = checkRate(faultRate);
    }

    /** Changes the faults the fault rate picks from (uniformly). */
    public void setFaults(Fault... faults) {
        this.faults = checkFaults(Arrays.asList(faults)).toArray(Fault[]::new);
    }

    /** Changes the lifetime of tokens issued from now on. */
    public void setTokenLifetime(Duration lifetime) {
        this.tokenLifetime = checkLifetime(lifetime);
    }

    /**
     * Answers the next {@code count} API requests with {@code fault}, before and whatever the fault
     * rate. Authentication endpoints are never faulted.
     */
    public void failNext(int count, Fault fault) {
        failNext(count, fault, RequestMatcher.any());
    }

    /** Answers the next {@code count} API requests that {@code matcher} accepts with {@code fault}. */
    public void failNext(int count, Fault fault, RequestMatcher matcher) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, got " + count);
        }
        Objects.requireNonNull(fault, "fault == null");
        Objects.requireNonNull(matcher, "matcher == null");
        synchronized (aimedFaults) {
            aimedFaults.add(new AimedFault(fault, matcher, new int[] {count}));
        }
    }

    /**
     * Ends every issued token, as a server restart or an administrator would: every client's next
     * API call gets a 401 {@code INVALID_TOKEN}.
     */
    public void revokeAllTokens() {
        tokens.killAll();
    }

    /** Tokens issued and still valid. */
    public int liveTokens() {
        return tokens.liveCount();
    }

    /** The fleet now, in id order (snapshots: later updates do not change them). */
    public List<SimulatedComputer> computers() {
        return fleet.all();
    }

    /** Computer {@code id}, if the fleet has it. */
    public Optional<SimulatedComputer> computer(int id) {
        return fleet.byId(id);
    }

    /** The webhooks this simulator posts when its state changes, and their registrations. */
    public SimulatedWebhooks webhooks() {
        return webhooks;
    }

    /**
     * Enrolls a new computer named {@code name} (the next id; other values realistic; enrolled, reporting
     * and last seen now by the builder's clock): registered webhooks get {@code ComputerAdded}.
     */
    public SimulatedComputer addComputer(String name) {
        Objects.requireNonNull(name, "name == null");
        return fleet.add(id -> Enrollment.computer(id, name, clock.instant(), seed));
    }

    /**
     * Computer {@code id} checks in now: its last contact time moves to the builder's clock, and registered
     * webhooks get {@code ComputerCheckIn}.
     *
     * @throws IllegalArgumentException when there is no computer {@code id}
     */
    public SimulatedComputer checkIn(int id) {
        java.time.Instant now = clock.instant();
        return fleet.update(id, c -> {
            SimulatedComputer.Builder b = c.toBuilder();
            b.lastContactTime = now;
            return b.build();
        }, FleetListener.Change.CHECKED_IN)
                .orElseThrow(() -> new IllegalArgumentException("no computer with id " + id));
    }

    /**
     * Adds a smart computer group holding the computers {@code criteria} accepts, now and after every
     * change (enrollment, check-in, Classic {@code PUT} or {@code DELETE}); registered webhooks get
     * {@code SmartGroupComputerMembershipChange} when its members change. Returns its id (from 1).
     */
    public int addSmartComputerGroup(String name, Predicate<SimulatedComputer> criteria) {
        return fleetEvents.addSmartGroup(name, criteria, fleet::all);
    }

    /** The ids of smart computer group {@code id}'s members now. */
    public Set<Integer> smartComputerGroupMembers(int id) {
        return fleetEvents.members(id);
    }

    /** The buildings a Classic {@code PUT} may name, by id. */
    public Map<String, String> buildings() {
        return FleetSeeder.BUILDINGS;
    }

    /** The departments a Classic {@code PUT} may name, by id. */
    public Map<String, String> departments() {
        return FleetSeeder.DEPARTMENTS;
    }

    /** Stops listening, closes every connection, ends the server's threads. Idempotent. */
    @Override
    public void close() {
        server.close();
        webhooks.close();
    }

    @Override
    public String toString() {
        return "JamfProSimulator{" + baseUrl() + ", computers=" + fleet.size() + '}';
    }

    private static Duration checkLatency(Duration latency) {
        Objects.requireNonNull(latency, "latency == null");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, got " + latency);
        }
        return latency;
    }

    private static double checkRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("faultRate must be between 0 and 1, got " + rate);
        }
        return rate;
    }

    private static Set<Fault> checkFaults(List<Fault> faults) {
        Objects.requireNonNull(faults, "faults == null");
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("faults must name at least one Fault");
        }
        Set<Fault> set = EnumSet.noneOf(Fault.class);
        for (Fault fault : faults) {
            set.add(Objects.requireNonNull(fault, "fault == null"));
        }
        return set;
    }

    private static Duration checkLifetime(Duration lifetime) {
        Objects.requireNonNull(lifetime, "tokenLifetime == null");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive, got " + lifetime);
        }
        return lifetime;
    }

    /** Configuration of a {@link JamfProSimulator}; {@link #start()} starts one. */
    public static final class Builder {
        private int computers = 2000;
        private long seed = 1;
        private Duration latency = Duration.ZERO;
        private double faultRate;
        private Set<Fault> faults = EnumSet.allOf(Fault.class);
        private int maxPageSize = 2000;
        private Duration tokenLifetime = Duration.ofMinutes(20);
        private String clientId = "sim-client";
        private String clientSecret = "sim-secret";
        private String username = "sim-user";
        private String password = "sim-password";
        private String version = "11.30.1-t1762214160";
        private int port;
        private int requestLogLimit = 10_000;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Computers in the fleet (default 2000); ids run from 1. */
        public Builder computers(int computers) {
            if (computers < 0) {
                throw new IllegalArgumentException("computers must not be negative, got " + computers);
            }
            this.computers = computers;
            return this;
        }

        /** The seed of the fleet and of the fault choice (default 1): the same seed, the same fleet. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Time from a request's arrival to its answer (default 0); changeable with {@link #setLatency}. */
        public Builder latency(Duration latency) {
            this.latency = checkLatency(latency);
            return this;
        }

        /** Share (0 to 1) of API requests answered with a fault (default 0). */
        public Builder faultRate(double faultRate) {
            this.faultRate = checkRate(faultRate);
            return this;
        }

        /** The faults the fault rate picks from, uniformly (default: all). */
        public Builder faults(Fault... faults) {
            this.faults = checkFaults(Arrays.asList(faults));
            return this;
        }

        /** The most records a page holds, whatever {@code page-size} asks (default 2000, as Jamf). */
        public Builder maxPageSize(int maxPageSize) {
            if (maxPageSize < 1) {
                throw new IllegalArgumentException("maxPageSize must be 1 or more, got " + maxPageSize);
            }
            this.maxPageSize = maxPageSize;
            return this;
        }

        /** Lifetime of issued tokens (default 20 minutes). */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = checkLifetime(tokenLifetime);
            return this;
        }

        /** The API client id accepted (default {@code sim-client}). */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        /** The API client secret accepted (default {@code sim-secret}). */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
            return this;
        }

        /** The user name accepted (default {@code sim-user}). */
        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username == null");
            return this;
        }

        /** The password accepted (default {@code sim-password}). */
        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password == null");
            return this;
        }

        /** What {@code /api/v1/jamf-pro-version} reports (default {@code 11.30.1-t1762214160}). */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version == null");
            return this;
        }

        /** The port to listen on; 0 (default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** How many answered requests {@link #recordedRequests()} keeps (default 10 000; 0 keeps none). */
        public Builder requestLogLimit(int requestLogLimit) {
            if (requestLogLimit < 0) {
                throw new IllegalArgumentException("requestLogLimit must not be negative, got " + requestLogLimit);
            }
            this.requestLogLimit = requestLogLimit;
            return this;
        }

        /** The clock of token expiry (default UTC system clock): tests move time instead of sleeping. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Seeds the fleet, binds the port and starts answering. */
        public JamfProSimulator start() {
            return new JamfProSimulator(this);
        }
    }
}
