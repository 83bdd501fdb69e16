package dev.jamfpro.sdk;

import dev.jamfpro.sdk.internal.http.ClientSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The heavy, shareable part of a client: the connection pool, the dispatcher and its I/O threads (which
 * also complete the futures), and the timer that schedules retries. Build many clients over one set,
 * a client per Jamf Pro server (tenant), and they cost a fixed number of threads between them instead
 * of their own each:
 *
 * <pre>{@code
 * try (JamfProClientResources shared = JamfProClientResources.create()) {
 *     AsyncJamfProClient tenantA = AsyncJamfProClient.builder().resources(shared)
 *             .server("a.jamfcloud.com").credentials(credentialsA).build();
 *     AsyncJamfProClient tenantB = AsyncJamfProClient.builder().resources(shared)
 *             .server("b.jamfcloud.com").credentials(credentialsB).build();
 *     ...
 * } // closes tenantA and tenantB too, if still open
 * }</pre>
 *
 * <p>Each client still keeps its own token, cookie jar and concurrency limit: tenants never see each
 * other's tokens, cookies or permits, and a tenant at its limit or with a slow server delays no other
 * (I/O threads are started on demand, one per request in flight, and end after a minute idle). An idle
 * client holds no thread of its own. Closing a client leaves the resources and the other clients
 * untouched; {@link #close()} closes every client still open on them, then stops the threads and
 * closes idle connections. A client built without resources gets a private set, closed with it.
 */
public final class JamfProClientResources implements AutoCloseable {
    /** Idle connections kept for reuse, across all clients (default). */
    public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 64;
    /** How long an idle connection is kept (default). */
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofMinutes(5);
    /** How long an idle I/O or timer thread lives before it ends. */
    static final Duration IDLE_THREAD_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger IDS = new AtomicInteger();

    private final int id;
    private final OkHttpClient http;
    private final ExecutorService io;
    private final ScheduledThreadPoolExecutor timer;
    private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int maxIdleConnections;
    private final Duration keepAlive;

    private JamfProClientResources(Builder b) {
        this.id = IDS.incrementAndGet();
        this.maxIdleConnections = b.maxIdleConnections;
        this.keepAlive = b.keepAlive;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_THREAD_TIMEOUT.toSeconds(),
                TimeUnit.SECONDS, new SynchronousQueue<>(), daemon("jamf-pro-sdk-" + id + "-http"));
        this.io = pool;
        this.timer = new ScheduledThreadPoolExecutor(1, daemon("jamf-pro-sdk-" + id + "-timer"));
        timer.setKeepAliveTime(IDLE_THREAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true); // no thread while nothing is scheduled
        timer.setRemoveOnCancelPolicy(true);
        Dispatcher dispatcher = new Dispatcher(io);
        // Each client's limiter is the bound on its requests in flight. OkHttp's own caps are lifted so that
        // one tenant's requests never queue behind another's, token calls never queue behind API calls, and a
        // continuation that blocks (futures complete on these threads) can never starve the dispatcher.
        dispatcher.setMaxRequests(Integer.MAX_VALUE);
        dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(maxIdleConnections, keepAlive.toMillis(), TimeUnit.MILLISECONDS))
                .retryOnConnectionFailure(false) // the RetryPolicy decides, and never replays a sent write
                .build();
    }

    /** {@return new resources with the defaults} */
    public static JamfProClientResources create() {
        return builder().build();
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** The private resources of a client built without shared ones: as many idle connections as it may use. */
    static JamfProClientResources forOneClient(SessionConfig config) {
        return builder().maxIdleConnections(config.maxConcurrency() + 2).build();
    }

    /** The OkHttp every client derives its own from (same dispatcher and pool). */
    OkHttpClient http() {
        return http;
    }

    /** Runs continuations: permit hand-offs, retries, the next argument of a fan-out. */
    ExecutorService executor() {
        return io;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** Registers a client; fails if these resources are closed. */
    void register(ClientSession session) {
        sessions.add(session);
        if (closed.get()) {
            sessions.remove(session);
            throw new IllegalStateException("these JamfProClientResources are closed");
        }
    }

    void deregister(ClientSession session) {
        sessions.remove(session);
    }

    /** Checks that clients can still be built on these resources. */
    void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("these JamfProClientResources are closed");
        }
    }

    /** {@return the idle connections kept for reuse across all clients} */
    public int maxIdleConnections() {
        return maxIdleConnections;
    }

    /** {@return how long an idle connection is kept} */
    public Duration keepAlive() {
        return keepAlive;
    }

    /** {@return the clients built on these resources and not yet closed} */
    public int openClients() {
        return sessions.size();
    }

    /**
     * Closes every client still open on these resources (their calls in flight fail with
     * {@link ClientClosedException}), then stops the threads and closes idle connections. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<ClientSession> open = new ArrayList<>(sessions);
        for (ClientSession session : open) {
            session.close();
        }
        sessions.clear();
        http.dispatcher().cancelAll();
        io.shutdown();
        timer.shutdownNow();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "JamfProClientResources{id=" + id + ", openClients=" + sessions.size() + ", maxIdleConnections="
                + maxIdleConnections + ", keepAlive=" + keepAlive + ", closed=" + closed.get() + '}';
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            // Threads are made on demand, often from a caller's thread: without this they would inherit, and
            // pin, whatever context class loader that caller had (a web application's, in a servlet container).
            thread.setContextClassLoader(JamfProClientResources.class.getClassLoader());
            return thread;
        };
    }

    /** Builder of {@link JamfProClientResources}; {@link #build()} checks the values. */
    public static final class Builder {
        private int maxIdleConnections = DEFAULT_MAX_IDLE_CONNECTIONS;
        private Duration keepAlive = DEFAULT_KEEP_ALIVE;

        private Builder() {
        }

        /**
         * Idle connections kept for reuse, across all clients (default 64).
         *
         * @param maxIdleConnections zero or more
         * @return this builder
         */
        public Builder maxIdleConnections(int maxIdleConnections) {
            this.maxIdleConnections = maxIdleConnections;
            return this;
        }

        /**
         * How long an idle connection is kept (default 5 minutes).
         *
         * @param keepAlive a positive duration
         * @return this builder
         */
        public Builder keepAlive(Duration keepAlive) {
            this.keepAlive = Objects.requireNonNull(keepAlive, "keepAlive == null");
            return this;
        }

        /**
         * Checks the values and starts the resources.
         *
         * @return the resources, open
         * @throws IllegalArgumentException naming the first bad value
         */
        public JamfProClientResources build() {
            if (maxIdleConnections < 0) {
                throw new IllegalArgumentException("maxIdleConnections must be 0 or more, got " + maxIdleConnections);
            }
            if (keepAlive.isNegative() || keepAlive.isZero()) {
                throw new IllegalArgumentException("keepAlive must be positive, got " + keepAlive);
            }
            return new JamfProClientResources(this);
        }
    }
}
