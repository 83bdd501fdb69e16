package dev.jamfpro.sdk;

import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.CredentialsProvider;
import dev.jamfpro.sdk.classic.BlockingClassicApi;
import dev.jamfpro.sdk.internal.Blocking;
import dev.jamfpro.sdk.internal.HandlerThreads;
import dev.jamfpro.sdk.pro.api.BlockingProApi;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The synchronous Jamf Pro client: the same Pro API ({@link #proApi()}) and Classic API
 * ({@link #classicApi()}) as {@link AsyncJamfProClient}, with the same method names, returning the
 * answer itself; the SDK's exceptions are thrown directly, never wrapped in a
 * {@code CompletionException}.
 *
 * <pre>{@code
 * try (JamfProClient client = JamfProClient.builder()
 *         .server("jamf.my.org")
 *         .credentials(new ApiClientCredentialsProvider("client_id", "client_secret"))
 *         .build()) {
 *     JamfProVersion version = client.proApi().getJamfProVersionV1();
 *     for (Page<ComputerInventoryV4> page : client.proApi().getComputersInventoryV4Pages(List.of("GENERAL"),
 *             PageQuery.defaults())) {
 *         page.results().forEach(c -> System.out.println(c.getGeneral().getName()));
 *     }
 *     ClassicPolicy policy = client.classicApi().getPolicyById(7);
 * } catch (JamfHttpException e) {          // a Pro or a Classic HTTP error
 *     System.err.println(e.statusCode() + " " + e.method() + " " + e.path());
 * }
 * }</pre>
 *
 * <p>It is a face of an {@link AsyncJamfProClient}: {@link #async()} and
 * {@link AsyncJamfProClient#sync()} go from one to the other over the same token, cookies, connections,
 * threads and concurrency limit, so a program may mix blocking and asynchronous calls on one client.
 * Closing either face closes the client.
 *
 * <p>Calls block the calling thread until Jamf Pro answers (within the configured timeout). Waiting
 * parks the thread without holding a monitor, so on Java 21 and later thousands of virtual threads
 * may call one client: each releases its carrier while it waits, and never more than
 * {@link SessionConfig#maxConcurrency()} requests are in flight, however many threads call.
 * An exception's stack trace is the calling thread's; where it was raised, on an SDK I/O thread, is
 * kept as a suppressed exception. An interrupted wait cancels its request and throws a
 * {@link JamfProSdkException}, the interrupt flag set again.
 */
public final class JamfProClient implements AutoCloseable {
    private final AsyncJamfProClient async;
    private final BlockingProApi proApi;
    private volatile BlockingClassicApi classicApi;

    JamfProClient(AsyncJamfProClient async) {
        this.async = Objects.requireNonNull(async, "async == null");
        // BlockingProApi's one abstract method is the asynchronous API it waits for: asked for at each call,
        // so the Pro API is made on first use, as on the asynchronous face, and not by sync() or withOptions.
        this.proApi = async::proApi;
    }

    /**
     * A builder with the settings of {@link AsyncJamfProClient#builder()}; {@code server} and
     * {@code credentials} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The generated Pro API, blocking: every operation of the Jamf Pro OpenAPI document as a method
     * returning its answer, plus a {@code ...Pages} method beside every paged operation returning
     * {@link dev.jamfpro.sdk.pro.BlockingPages} (iterable, streamable).
     *
     * @return the blocking Pro API of this client
     */
    public BlockingProApi proApi() {
        return proApi;
    }

    /**
     * The Classic (XML) API under {@code /JSSResource}, blocking.
     *
     * @return the blocking Classic API of this client
     */
    public BlockingClassicApi classicApi() {
        BlockingClassicApi api = classicApi;
        if (api == null) {
            synchronized (this) {
                api = classicApi;
                if (api == null) {
                    // Made on first use: a client that only makes Pro calls never loads the Classic layer.
                    classicApi = api = BlockingClassicApi.of(async.classicApi());
                }
            }
        }
        return api;
    }

    /**
     * The asynchronous face of this client, over the same token, connections and concurrency limit.
     *
     * @return the {@link AsyncJamfProClient} this client waits for
     */
    public AsyncJamfProClient async() {
        return async;
    }

    /**
     * A view of this client whose calls use {@code options} (for example a longer timeout for a big
     * upload); see {@link AsyncJamfProClient#withOptions(RequestOptions)}.
     *
     * @param options the per-call settings; those left unset keep this client's values
     * @return the synchronous view, sharing token, connections and limit with this client
     */
    public JamfProClient withOptions(RequestOptions options) {
        return async.withOptions(options).sync();
    }

    /**
     * The current access token, refreshed first if it is stale.
     *
     * @return the token
     * @throws CredentialsException if no token could be obtained
     */
    public AccessToken getAccessToken() {
        return Blocking.await(async.getAccessToken());
    }

    /**
     * The server this client talks to.
     *
     * @return the host name
     */
    public String server() {
        return async.server();
    }

    /**
     * This client's configuration.
     *
     * @return the session configuration
     */
    public SessionConfig sessionConfig() {
        return async.sessionConfig();
    }

    /**
     * A raw Pro API request under {@code /api/}; see
     * {@link AsyncJamfProClient#proApiRequest(String, String, Map, Object)}.
     *
     * @param method GET, POST, PUT, PATCH, DELETE or HEAD
     * @param resourcePath path below {@code /api/}, unencoded, for example {@code v1/computers-inventory/7}
     * @param query query parameters (may be null or empty)
     * @param jsonBody the body: null for none, a {@code String} sent as JSON text as is, anything else
     *                 serialized with the SDK's Gson
     * @return the answer
     * @throws JamfProApiException if Jamf Pro answers with a status that is not 2xx
     */
    public JamfResponse proApiRequest(String method, String resourcePath, Map<String, String> query, Object jsonBody) {
        return Blocking.await(async.proApiRequest(method, resourcePath, query, jsonBody));
    }

    /**
     * A raw Classic API request under {@code /JSSResource/}; see
     * {@link AsyncJamfProClient#classicApiRequest(String, String, String)}.
     *
     * @param method GET, POST, PUT, DELETE
     * @param resourcePath path below {@code /JSSResource/}, unencoded, for example {@code computers/id/7}
     * @param xmlBody the XML body, or null for none
     * @return the answer
     * @throws ClassicApiException if Jamf Pro answers with a status that is not 2xx
     */
    public JamfResponse classicApiRequest(String method, String resourcePath, String xmlBody) {
        return Blocking.await(async.classicApiRequest(method, resourcePath, xmlBody));
    }

    /**
     * Runs the blocking {@code handler} for every argument, concurrently, and returns at once with the
     * results to come, in argument order. At most {@code 2 * maxConcurrency} handlers run at a time, each
     * on a thread of its own (virtual on Java 21 and later), and never more than
     * {@link SessionConfig#maxConcurrency()} requests are in flight. The handler is any blocking
     * function: a method of {@link #proApi()} or {@link #classicApi()}, or your own sequence of calls.
     *
     * <pre>{@code
     * List<ClassicPolicy> policies = client
     *         .concurrentApiRequests(client.classicApi()::getPolicyById, ids)
     *         .stream().toList();
     * }</pre>
     *
     * @param handler what to do with each argument
     * @param arguments the arguments, read once, at once
     * @param <A> the argument type
     * @param <R> the handler's result type
     * @return the results, in argument order
     */
    public <A, R> BlockingConcurrentResults<R> concurrentApiRequests(Function<A, R> handler, Iterable<A> arguments) {
        Objects.requireNonNull(handler, "handler == null");
        Executor threads = HandlerThreads.create(2 * sessionConfig().maxConcurrency());
        return new BlockingConcurrentResults<>(async.concurrentApiRequests(
                (A argument) -> CompletableFuture.supplyAsync(() -> handler.apply(argument), threads), arguments));
    }

    /**
     * Closes the client, both faces: invalidates a held user token, then releases threads and
     * connections. Idempotent.
     */
    @Override
    public void close() {
        async.close();
    }

    @Override
    public String toString() {
        return "JamfProClient{server=" + async.server() + ", config=" + async.sessionConfig() + '}';
    }

    /**
     * Builder of {@link JamfProClient}: the settings of {@link AsyncJamfProClient.Builder}, which it
     * fills and which validates them, naming a bad field.
     */
    public static final class Builder {
        private final AsyncJamfProClient.Builder async = AsyncJamfProClient.builder();

        private Builder() {
        }

        /**
         * The Jamf Pro host; see {@link AsyncJamfProClient.Builder#server(String)}.
         *
         * @param server for example {@code jamf.my.org}: no scheme, no port, no path
         * @return this builder
         */
        public Builder server(String server) {
            async.server(server);
            return this;
        }

        /**
         * The port; see {@link AsyncJamfProClient.Builder#port(int)}.
         *
         * @param port default 443 (80 with the {@code http} scheme)
         * @return this builder
         */
        public Builder port(int port) {
            async.port(port);
            return this;
        }

        /**
         * Scheme, host and port in one; see {@link AsyncJamfProClient.Builder#baseUrl(URI)}.
         *
         * @param baseUrl for example {@code https://jamf.my.org} or a simulator's {@code baseUrl()}
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            async.baseUrl(baseUrl);
            return this;
        }

        /**
         * Scheme, host and port in one, as text; see {@link AsyncJamfProClient.Builder#baseUrl(String)}.
         *
         * @param baseUrl for example {@code "https://jamf.my.org"}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            async.baseUrl(baseUrl);
            return this;
        }

        /**
         * Shared resources to build this client on; see
         * {@link AsyncJamfProClient.Builder#resources(JamfProClientResources)}.
         *
         * @param resources connection pool, dispatcher and threads shared with other clients
         * @return this builder
         */
        public Builder resources(JamfProClientResources resources) {
            async.resources(resources);
            return this;
        }

        /**
         * How the client authenticates; see {@link AsyncJamfProClient.Builder#credentials(CredentialsProvider)}.
         *
         * @param credentials an {@code ApiClientCredentialsProvider} or a {@code UserCredentialsProvider}
         * @return this builder
         */
        public Builder credentials(CredentialsProvider credentials) {
            async.credentials(credentials);
            return this;
        }

        /**
         * Timeouts, limits, TLS; see {@link AsyncJamfProClient.Builder#sessionConfig(SessionConfig)}.
         *
         * @param sessionConfig the configuration (default {@link SessionConfig#defaults()})
         * @return this builder
         */
        public Builder sessionConfig(SessionConfig sessionConfig) {
            async.sessionConfig(sessionConfig);
            return this;
        }

        /**
         * The clock for token expiry; see {@link AsyncJamfProClient.Builder#clock(Clock)}.
         *
         * @param clock default the UTC system clock; for tests
         * @return this builder
         */
        public Builder clock(Clock clock) {
            async.clock(clock);
            return this;
        }

        /**
         * Builds the client: an {@link AsyncJamfProClient} and its synchronous face.
         *
         * @return the client
         * @throws IllegalArgumentException naming the first bad field
         */
        public JamfProClient build() {
            return async.build().sync();
        }
    }
}
