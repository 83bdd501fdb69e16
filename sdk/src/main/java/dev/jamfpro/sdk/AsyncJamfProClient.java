package dev.jamfpro.sdk;

import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.auth.CredentialsProvider;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import dev.jamfpro.sdk.classic.ClassicApi;
import dev.jamfpro.sdk.internal.ServerVersionCheck;
import dev.jamfpro.sdk.internal.auth.OAuthTokenSource;
import dev.jamfpro.sdk.internal.auth.TokenHttp;
import dev.jamfpro.sdk.internal.auth.TokenManager;
import dev.jamfpro.sdk.internal.auth.TokenSource;
import dev.jamfpro.sdk.internal.auth.UserTokenSource;
import dev.jamfpro.sdk.internal.http.ConcurrencyLimiter;
import dev.jamfpro.sdk.internal.http.DelayScheduler;
import dev.jamfpro.sdk.internal.http.ErrorBodies;
import dev.jamfpro.sdk.internal.http.HttpTransport;
import dev.jamfpro.sdk.internal.http.PathEncoding;
import dev.jamfpro.sdk.internal.http.ProApiCallAdapterFactory;
import dev.jamfpro.sdk.internal.http.ProApiConverterFactory;
import dev.jamfpro.sdk.internal.http.RetryPolicy;
import dev.jamfpro.sdk.internal.http.SharedCookieJar;
import dev.jamfpro.sdk.internal.http.Tls;
import dev.jamfpro.sdk.internal.json.JamfGson;
import dev.jamfpro.sdk.pro.api.ProApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.CookieJar;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;

/**
 * The asynchronous Jamf Pro client: the generated Pro API ({@link #proApi()}), the Classic API
 * ({@link #classicApi()}), raw requests, and concurrent fan-out, all sharing one token, one cookie
 * jar, one connection pool and one concurrency limit.
 *
 * <pre>{@code
 * try (AsyncJamfProClient client = AsyncJamfProClient.builder()
 *         .server("jamf.my.org")
 *         .credentials(new ApiClientCredentialsProvider("client_id", "client_secret"))
 *         .build()) {
 *     List<ComputerInventory> computers = client.proApi()
 *             .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.defaults())
 *             .all().join();
 * }
 * }</pre>
 *
 * <p>Every method is non-blocking. Futures complete on the client's own I/O threads (named
 * {@code jamf-pro-sdk-N-http-M}); a continuation that blocks holds only its own thread, but for heavy
 * work prefer {@code thenApplyAsync} with an executor of yours.
 * Failures arrive as the cause of the future's {@code CompletionException}: {@link JamfProApiException},
 * {@link ClassicApiException}, {@link CredentialsException}, {@link JamfProTimeoutException}, or
 * another {@link JamfProSdkException}.
 */
public final class AsyncJamfProClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncJamfProClient.class);
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    private static final MediaType XML = MediaType.get("application/xml");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final String server;
    private final SessionConfig config;
    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final TokenManager tokens;
    private final HttpTransport transport;
    private final ExecutorService callbacks;
    private final ScheduledExecutorService timer;
    private final ProApi proApi;
    private final ClassicApi classicApi;
    private final ServerVersionCheck versionCheck;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AsyncJamfProClient(Builder b) {
        this.server = b.server;
        this.config = b.sessionConfig;
        int id = CLIENTS.incrementAndGet();
        this.baseUrl = new HttpUrl.Builder().scheme(config.scheme()).host(b.server).port(b.port).build();
        this.callbacks = Executors.newCachedThreadPool(daemon("jamf-pro-sdk-" + id + "-callback"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("jamf-pro-sdk-" + id + "-timer"));
        this.http = okHttp(config, b.clock, daemon("jamf-pro-sdk-" + id + "-http"));
        TokenHttp tokenHttp = new TokenHttp(http, config.userAgent());
        TokenSource source = b.credentials instanceof ApiClientCredentialsProvider apiClient
                ? new OAuthTokenSource(tokenHttp, baseUrl, apiClient, b.clock)
                : new UserTokenSource(tokenHttp, baseUrl, (UserCredentialsProvider) b.credentials);
        this.tokens = new TokenManager(source, b.clock);
        DelayScheduler scheduler = b.delayScheduler != null ? b.delayScheduler
                : (task, delay) -> timer.schedule(() -> callbacks.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        RetryPolicy retry = new RetryPolicy(config.maxRetries(), config.retryBaseDelay(), config.retryMaxDelay(),
                b.clock, () -> ThreadLocalRandom.current().nextDouble());
        this.transport = new HttpTransport(http, new ConcurrencyLimiter(config.maxConcurrency(), callbacks), retry,
                tokens, scheduler, config.userAgent());
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(baseUrl.resolve("api/"))
                .callFactory(transport.callFactory())
                .addCallAdapterFactory(new ProApiCallAdapterFactory(config.maxConcurrency()))
                .addConverterFactory(new ProApiConverterFactory(JamfGson.gson()))
                .build();
        this.proApi = retrofit.create(ProApi.class);
        this.classicApi = new ClassicApi(this::classicRequest);
        this.versionCheck = new ServerVersionCheck(server, () -> proApiRequest("GET", ServerVersionCheck.PATH, null, null));
    }

    private static OkHttpClient okHttp(SessionConfig config, Clock clock, ThreadFactory threads) {
        Dispatcher dispatcher = new Dispatcher(Executors.newCachedThreadPool(threads));
        // The transport's limiter is the bound on requests in flight. OkHttp's own cap is lifted so that
        // token calls never queue behind API calls and a continuation that blocks (futures complete on
        // these threads) can never starve the dispatcher.
        dispatcher.setMaxRequests(Integer.MAX_VALUE);
        dispatcher.setMaxRequestsPerHost(Integer.MAX_VALUE);
        Duration timeout = config.timeout();
        Duration connect = timeout.compareTo(Duration.ofSeconds(30)) < 0 ? timeout : Duration.ofSeconds(30);
        CookieJar jar = CookieJar.NO_COOKIES;
        if (config.cookies()) {
            SharedCookieJar shared = new SharedCookieJar(clock);
            if (config.cookieFile() != null) {
                shared.load(config.cookieFile());
            }
            jar = shared;
        }
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(config.maxConcurrency() + 2, 5, TimeUnit.MINUTES))
                .retryOnConnectionFailure(false) // the RetryPolicy decides, and never replays a sent write
                .connectTimeout(connect)
                .readTimeout(timeout)
                .writeTimeout(timeout)
                .callTimeout(timeout)
                .cookieJar(jar)
                .eventListener(HttpTransport.EVENTS);
        Tls.configure(builder, config.verify(), config.caCertBundle());
        return builder.build();
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** {@return a builder; {@code server} and {@code credentials} are required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The generated Pro API: every operation of the Jamf Pro OpenAPI document as a method returning a
     * {@link CompletableFuture}, plus a {@code ...Pages} method beside every paged operation.
     *
     * @return the generated Pro API
     */
    public ProApi proApi() {
        return proApi;
    }

    /** {@return the Classic (XML) API under {@code /JSSResource}} */
    public ClassicApi classicApi() {
        return classicApi;
    }

    /** {@return the current access token, refreshed first if it is stale} */
    public CompletableFuture<AccessToken> getAccessToken() {
        checkOpen();
        return tokens.token();
    }

    /** {@return the server this client talks to (host name only)} */
    public String server() {
        return server;
    }

    /**
     * The Jamf Pro version the server reports ({@code GET /api/v1/jamf-pro-version}), for example
     * {@code 11.30.1-t1762214160}; asked once per client. The first time it differs from
     * {@link JamfProSdk#generatedFrom()}, one line is logged at INFO.
     *
     * @return a future of the version
     */
    public CompletableFuture<String> serverVersion() {
        return versionCheck.serverVersion();
    }

    /** {@return this client's configuration} */
    public SessionConfig sessionConfig() {
        return config;
    }

    /**
     * A raw Pro API request under {@code /api/}. A non-2xx answer completes the future with
     * {@link JamfProApiException}.
     *
     * @param method GET, POST, PUT, PATCH, DELETE or HEAD
     * @param resourcePath path below {@code /api/}, unencoded, for example {@code v1/computers-inventory/7}
     * @param query query parameters (may be null or empty)
     * @param jsonBody the body: null for none, a {@code String} sent as JSON text as is, anything else
     *                 serialized with the SDK's Gson
     * @return a future of the jamf response
     */
    public CompletableFuture<JamfResponse> proApiRequest(String method, String resourcePath, Map<String, String> query,
                                                         Object jsonBody) {
        String verb = checkMethod(method);
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("api");
        PathEncoding.segments(resourcePath).forEach(segment -> url.addEncodedPathSegment(PathEncoding.encodeSegment(segment)));
        if (query != null) {
            query.forEach((name, value) -> url.addQueryParameter(Objects.requireNonNull(name, "query name == null"), value));
        }
        RequestBody body = null;
        if (jsonBody != null) {
            String text = jsonBody instanceof String s ? s : JamfGson.gson().toJson(jsonBody);
            body = RequestBody.create(text.getBytes(StandardCharsets.UTF_8), JSON);
        }
        Request request = request(verb, url.build(), body, "application/json");
        return send(request, response -> ErrorBodies.proApi(verb, request.url().encodedPath(), response.statusCode(),
                response.body()));
    }

    /**
     * A raw Classic API request under {@code /JSSResource/}. A non-2xx answer completes the future
     * with {@link ClassicApiException} carrying Jamf's error message.
     *
     * @param method GET, POST, PUT, DELETE
     * @param resourcePath path below {@code /JSSResource/}, unencoded, for example {@code computers/id/7};
     *                     a {@code +} is sent as {@code %2B}
     * @param xmlBody the XML body, or null for none (sent as {@code application/xml})
     * @return a future of the jamf response
     */
    public CompletableFuture<JamfResponse> classicApiRequest(String method, String resourcePath, String xmlBody) {
        return classicRequest(method, PathEncoding.segments(resourcePath), xmlBody);
    }

    private CompletableFuture<JamfResponse> classicRequest(String method, List<String> segments, String xmlBody) {
        String verb = checkMethod(method);
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("JSSResource");
        segments.forEach(segment -> url.addEncodedPathSegment(PathEncoding.encodeSegment(segment)));
        RequestBody body = xmlBody == null ? null : RequestBody.create(xmlBody.getBytes(StandardCharsets.UTF_8), XML);
        Request request = request(verb, url.build(), body, "application/xml");
        return send(request, response -> ErrorBodies.classicApi(verb, request.url().encodedPath(), response.statusCode(),
                response.body()));
    }

    /**
     * Runs {@code handler} for every argument, concurrently, never more requests in flight than
     * {@link SessionConfig#maxConcurrency()}. The handler is any function returning a future: a
     * generated method, a Classic method, or your own composition of several calls.
     *
     * <pre>{@code
     * client.concurrentApiRequests(client.classicApi()::getComputerById, ids)
     *       .stream()
     *       .forEach(c -> System.out.println(c.getGeneral().getName()));
     * }</pre>
     *
     * @param <A> the argument type
     * @param <R> the result type
     * @param handler makes one request (or several) for one argument
     * @param arguments the arguments, in the order results are delivered
     * @return the results, as they complete
     */
    public <A, R> ConcurrentResults<R> concurrentApiRequests(Function<A, CompletableFuture<R>> handler,
                                                            Iterable<A> arguments) {
        Objects.requireNonNull(handler, "handler == null");
        Objects.requireNonNull(arguments, "arguments == null");
        checkOpen();
        return ConcurrentResults.start(handler, arguments, 2 * config.maxConcurrency(), config.returnExceptions(),
                callbacks);
    }

    private CompletableFuture<JamfResponse> send(Request request, Function<JamfResponse, JamfProSdkException> error) {
        checkOpen();
        return transport.execute(request).thenApply(response -> {
            JamfResponse answer = toJamfResponse(response);
            if (!response.isSuccessful()) {
                throw error.apply(answer);
            }
            return answer;
        });
    }

    private static JamfResponse toJamfResponse(Response response) {
        try (ResponseBody body = response.body()) {
            return new JamfResponse(response.code(), response.headers(), body == null ? new byte[0] : body.bytes());
        } catch (IOException e) {
            throw new JamfProSdkException(response.request().method() + " " + response.request().url().encodedPath()
                    + ": the answer's body could not be read: " + e, e);
        }
    }

    private static Request request(String method, HttpUrl url, RequestBody body, String accept) {
        RequestBody payload = body;
        if (payload == null && METHODS_WITH_BODY.contains(method)) {
            payload = RequestBody.create(new byte[0], null);
        }
        if (payload != null && !METHODS_WITH_BODY.contains(method) && !"DELETE".equals(method)) {
            throw new IllegalArgumentException(method + " requests cannot carry a body");
        }
        return new Request.Builder().url(url).method(method, payload).header("Accept", accept).build();
    }

    private static String checkMethod(String method) {
        Objects.requireNonNull(method, "method == null");
        String verb = method.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(verb)) {
            throw new IllegalArgumentException("method must be one of " + METHODS + ", got '" + method + "'");
        }
        return verb;
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this AsyncJamfProClient is closed");
        }
    }

    /**
     * Requests in flight now (holding one of the {@code maxConcurrency} permits), for diagnostics.
     *
     * @return the number of requests in flight
     */
    public int inFlightRequests() {
        return transport.limiter().inFlight();
    }

    /** {@return the most requests that were in flight at once since the client was built, for diagnostics} */
    public int peakInFlightRequests() {
        return transport.limiter().peak();
    }

    /**
     * Invalidates a held user token, then releases threads and connections. Idempotent. Waits for the
     * invalidation at most {@code min(timeout, 10 s)}.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        transport.close();
        Duration wait = config.timeout().compareTo(Duration.ofSeconds(10)) < 0 ? config.timeout() : Duration.ofSeconds(10);
        try {
            tokens.close().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.debug("Invalidating the user token on close failed: {}", e.toString());
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        timer.shutdownNow();
        callbacks.shutdown();
    }

    @Override
    public String toString() {
        return "AsyncJamfProClient{server=" + server + ", config=" + config + '}';
    }

    /** Builder of {@link AsyncJamfProClient}; {@link #build()} validates and names a bad field. */
    public static final class Builder {
        private String server;
        private int port = 443;
        private boolean portSet;
        private CredentialsProvider credentials;
        private SessionConfig sessionConfig = SessionConfig.defaults();
        private Clock clock = Clock.systemUTC();
        private DelayScheduler delayScheduler;

        private Builder() {
        }

        /**
         * The Jamf Pro host, for example {@code jamf.my.org}: no scheme, no port, no path.
         *
         * @param server the host name
         * @return this builder
         */
        public Builder server(String server) {
            this.server = server;
            return this;
        }

        /**
         * The port (default 443).
         *
         * @param port 1 to 65535
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            this.portSet = true;
            return this;
        }

        /**
         * How the client gets its tokens (required).
         *
         * @param credentials an {@link ApiClientCredentialsProvider} or a {@link UserCredentialsProvider}
         * @return this builder
         */
        public Builder credentials(CredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Timeouts, concurrency, retries, TLS and cookies (default {@link SessionConfig#defaults()}).
         *
         * @param sessionConfig the configuration
         * @return this builder
         */
        public Builder sessionConfig(SessionConfig sessionConfig) {
            this.sessionConfig = sessionConfig;
            return this;
        }

        /**
         * The clock for token expiry and {@code Retry-After} dates (default UTC system clock); for tests.
         *
         * @param clock the clock to use
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Replaces the retry backoff timer (tests record waits instead of sleeping). */
        Builder delayScheduler(DelayScheduler delayScheduler) {
            this.delayScheduler = delayScheduler;
            return this;
        }

        /**
         * Checks every setting and builds the client.
         *
         * @return the client
         * @throws IllegalArgumentException naming the first bad field
         */
        public AsyncJamfProClient build() {
            if (server == null || server.isBlank()) {
                throw new IllegalArgumentException("server is required, for example \"jamf.my.org\"");
            }
            server = server.trim();
            if (server.contains("://")) {
                throw new IllegalArgumentException("server must be a host name without a scheme (the SDK adds "
                        + "https://), got '" + server + "'");
            }
            if (server.contains("/") || server.contains("?") || server.contains("#")) {
                throw new IllegalArgumentException("server must be a host name without a path, got '" + server + "'");
            }
            if (server.contains(":") && !server.startsWith("[")) {
                throw new IllegalArgumentException("server must be a host name without a port (use port(int)), got '"
                        + server + "'");
            }
            if (server.contains("@") || server.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("server is not a valid host name: '" + server + "'");
            }
            try {
                new HttpUrl.Builder().scheme("https").host(server).build();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("server is not a valid host name: '" + server + "'", e);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
            }
            if (credentials == null) {
                throw new IllegalArgumentException("credentials are required: an ApiClientCredentialsProvider or a "
                        + "UserCredentialsProvider (see Credentials for loaders)");
            }
            if (sessionConfig == null) {
                throw new IllegalArgumentException("sessionConfig == null");
            }
            if (!portSet && "http".equals(sessionConfig.scheme())) {
                port = 80;
            }
            return new AsyncJamfProClient(this);
        }
    }
}
