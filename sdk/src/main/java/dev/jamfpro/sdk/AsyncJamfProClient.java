package dev.jamfpro.sdk;

import dev.jamfpro.sdk.auth.AccessToken;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.auth.CredentialsProvider;
import dev.jamfpro.sdk.auth.UserCredentialsProvider;
import dev.jamfpro.sdk.classic.ClassicApi;
import dev.jamfpro.sdk.internal.ClassicTransport;
import dev.jamfpro.sdk.internal.ServerVersionCheck;
import dev.jamfpro.sdk.internal.auth.OAuthTokenSource;
import dev.jamfpro.sdk.internal.auth.TokenHttp;
import dev.jamfpro.sdk.internal.auth.TokenManager;
import dev.jamfpro.sdk.internal.auth.TokenSource;
import dev.jamfpro.sdk.internal.auth.UserTokenSource;
import dev.jamfpro.sdk.internal.http.ClientSession;
import dev.jamfpro.sdk.internal.http.ConcurrencyLimiter;
import dev.jamfpro.sdk.internal.http.DelayScheduler;
import dev.jamfpro.sdk.internal.http.ErrorBodies;
import dev.jamfpro.sdk.internal.http.HttpTransport;
import dev.jamfpro.sdk.internal.http.LazyProApi;
import dev.jamfpro.sdk.internal.http.PathEncoding;
import dev.jamfpro.sdk.internal.http.ProApiCallAdapterFactory;
import dev.jamfpro.sdk.internal.http.ProApiConverterFactory;
import dev.jamfpro.sdk.internal.http.RetryPolicy;
import dev.jamfpro.sdk.internal.http.SharedCookieJar;
import dev.jamfpro.sdk.internal.http.Tls;
import dev.jamfpro.sdk.internal.json.JamfGson;
import dev.jamfpro.sdk.pro.api.ProApi;
import java.io.IOException;
import java.net.URI;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import okhttp3.CookieJar;
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
 * jar and one concurrency limit. Its threads, dispatcher and connection pool come from the
 * {@link JamfProClientResources} it is built on ({@link Builder#resources}), shared with other clients,
 * or from a private set closed with it. {@link #withOptions} gives a view with other per-call settings.
 *
 * <pre>{@code
 * try (AsyncJamfProClient client = AsyncJamfProClient.builder()
 *         .server("jamf.my.org")
 *         .credentials(new ApiClientCredentialsProvider("client_id", "client_secret"))
 *         .build()) {
 *     List<ComputerInventoryV4> computers = client.proApi()
 *             .getComputersInventoryV4Pages(List.of("GENERAL"), PageQuery.defaults())
 *             .all().join();
 * }
 * }</pre>
 *
 * <p>Every method is non-blocking. Futures complete on the client's own I/O threads (named
 * {@code jamf-pro-sdk-N-http-M}); a continuation that blocks holds only its own thread, but for heavy
 * work prefer {@code thenApplyAsync} with an executor of yours.
 * Failures arrive as the cause of the future's {@code CompletionException}: {@link JamfProApiException},
 * {@link ClassicApiException}, {@link CredentialsException}, {@link JamfProTimeoutException},
 * {@link ClientClosedException}, or another {@link JamfProSdkException}.
 */
public final class AsyncJamfProClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncJamfProClient.class);
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

    /**
     * What a client and all its views share: the server, the configuration, the {@link ClientSession}
     * (token, cookies, limit, requests in flight) and the resources it runs on. A second face over the
     * same client (the synchronous one) wraps an {@link AsyncJamfProClient} of this tenant.
     */
    private record Tenant(String server, SessionConfig config, ClientSession session, JamfProClientResources resources,
                          boolean ownsResources, ServerVersionCheck versionCheck) {
    }

    private final Tenant tenant;
    private final RequestOptions options;
    private final HttpTransport transport;
    private volatile ProApi proApi;
    private volatile ClassicApi classicApi;

    private AsyncJamfProClient(Tenant tenant, RequestOptions options) {
        this.tenant = tenant;
        this.options = options;
        SessionConfig config = tenant.config();
        Duration timeout = options.timeout().orElse(config.timeout());
        OkHttpClient http = tenant.session().http();
        if (!timeout.equals(config.timeout())) {
            http = withTimeout(http.newBuilder(), timeout).build(); // same dispatcher, pool and cookie jar
        }
        RetryPolicy retry = new RetryPolicy(options.maxRetries().orElse(config.maxRetries()), config.retryBaseDelay(),
                config.retryMaxDelay(), tenant.session().clock(), () -> ThreadLocalRandom.current().nextDouble());
        this.transport = new HttpTransport(tenant.session(), http, retry, config.userAgent());
    }

    private static AsyncJamfProClient build(Builder b) {
        SessionConfig config = b.sessionConfig;
        boolean owns = b.resources == null;
        JamfProClientResources resources = owns ? JamfProClientResources.forOneClient(config) : b.resources;
        resources.checkOpen();
        HttpUrl baseUrl = new HttpUrl.Builder().scheme(b.scheme).host(b.server).port(b.port).build();
        CookieJar jar = CookieJar.NO_COOKIES;
        if (config.cookies()) {
            SharedCookieJar shared = new SharedCookieJar(b.clock);
            if (config.cookieFile() != null) {
                shared.load(config.cookieFile());
            }
            jar = shared;
        }
        // The shared dispatcher and connection pool, with this client's own cookie jar, TLS and timeouts.
        OkHttpClient.Builder builder = withTimeout(resources.http().newBuilder(), config.timeout())
                .cookieJar(jar)
                .eventListener(HttpTransport.EVENTS);
        Tls.configure(builder, config.verify(), config.caCertBundle());
        OkHttpClient http = builder.build();
        TokenHttp tokenHttp = new TokenHttp(http, config.userAgent());
        TokenSource source = b.credentials instanceof ApiClientCredentialsProvider apiClient
                ? new OAuthTokenSource(tokenHttp, baseUrl, apiClient, b.clock)
                : new UserTokenSource(tokenHttp, baseUrl, (UserCredentialsProvider) b.credentials);
        ExecutorService executor = resources.executor();
        ScheduledExecutorService timer = resources.timer();
        DelayScheduler scheduler = b.delayScheduler != null ? b.delayScheduler
                : (task, delay) -> timer.schedule(() -> executor.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(config.maxConcurrency(), config.adaptiveConcurrency(),
                System::nanoTime, executor);
        ClientSession session = new ClientSession(baseUrl, http, tokenHttp, new TokenManager(source, b.clock),
                limiter, executor, scheduler, b.clock, config.maxResponseSize(), config.readAfterWriteWindow());
        resources.register(session);
        AtomicReference<AsyncJamfProClient> built = new AtomicReference<>();
        ServerVersionCheck versionCheck = new ServerVersionCheck(b.server,
                () -> built.get().proApiRequest("GET", ServerVersionCheck.PATH, null, null));
        built.set(new AsyncJamfProClient(new Tenant(b.server, config, session, resources, owns, versionCheck),
                RequestOptions.none()));
        return built.get();
    }

    private static OkHttpClient.Builder withTimeout(OkHttpClient.Builder builder, Duration timeout) {
        Duration connect = timeout.compareTo(Duration.ofSeconds(30)) < 0 ? timeout : Duration.ofSeconds(30);
        return builder.connectTimeout(connect).readTimeout(timeout).writeTimeout(timeout).callTimeout(timeout);
    }

    /** {@return a new builder; {@code server} and {@code credentials} are required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The generated Pro API: every operation of the Jamf Pro OpenAPI document as a method returning a
     * {@link CompletableFuture}, plus a {@code ...Pages} method beside every paged operation.
     *
     * @return the Pro API of this client (made on first use, then the same instance)
     */
    public ProApi proApi() {
        ProApi api = proApi;
        if (api == null) {
            synchronized (this) {
                api = proApi;
                if (api == null) {
                    // Made on first use: a client that only makes Classic calls never loads the Pro API.
                    ProApiConverterFactory converters = new ProApiConverterFactory(JamfGson.gson());
                    Retrofit retrofit = new Retrofit.Builder()
                            .baseUrl(tenant.session().baseUrl().resolve("api/"))
                            .callFactory(transport.callFactory(converters))
                            .addCallAdapterFactory(new ProApiCallAdapterFactory(tenant.config().maxConcurrency()))
                            .addConverterFactory(converters)
                            .build();
                    // Per-tag services made on first use: one proxy over all of ProApi would load every
                    // parameter type of every operation (144 model classes, ~0.3 s of CPU) for the first call.
                    proApi = api = new LazyProApi(retrofit::create);
                }
            }
        }
        return api;
    }

    /** {@return the Classic (XML) API under {@code /JSSResource}} */
    public ClassicApi classicApi() {
        ClassicApi api = classicApi;
        if (api == null) {
            synchronized (this) {
                api = classicApi;
                if (api == null) {
                    // Made on first use: a client that only makes Pro calls never loads the Classic layer.
                    classicApi = api = new ClassicApi(new Classic());
                }
            }
        }
        return api;
    }

    /**
     * A view of this client whose calls use {@code options} (for example a longer timeout for a big
     * upload, or no retries) and share everything else with this client: token, cookies, connections,
     * the concurrency limit, the threads. Options left unset keep this client's values. The view is the
     * same client: closing it closes the client and every view of it.
     *
     * @param options the options to apply; those left unset keep this client's values
     * @return the view
     */
    public AsyncJamfProClient withOptions(RequestOptions options) {
        Objects.requireNonNull(options, "options == null");
        return new AsyncJamfProClient(tenant, options.over(this.options));
    }

    /** {@return the per-call options of this view ({@link RequestOptions#none()} for a client as built)} */
    public RequestOptions requestOptions() {
        return options;
    }

    /**
     * The synchronous face of this client: the same Pro and Classic methods returning values instead of
     * futures, over this client's token, cookies, connections, threads and concurrency limit. Closing
     * either face closes the client.
     *
     * @return a {@link JamfProClient} waiting for this client's calls
     */
    public JamfProClient sync() {
        return new JamfProClient(this);
    }

    /** {@return a future of the current access token, refreshed first if it is stale} */
    public CompletableFuture<AccessToken> getAccessToken() {
        return tenant.session().tokens().token();
    }

    /** {@return the server this client talks to (host name only)} */
    public String server() {
        return tenant.server();
    }

    /**
     * The Jamf Pro version the server reports ({@code GET /api/v1/jamf-pro-version}), for example
     * {@code 11.30.1-t1762214160}; asked once per client (views share the answer). The first time it
     * differs from {@link JamfProSdk#generatedFrom()}, one line is logged at INFO.
     *
     * @return a future of the version
     */
    public CompletableFuture<String> serverVersion() {
        return tenant.versionCheck().serverVersion();
    }

    /** {@return this client's configuration} */
    public SessionConfig sessionConfig() {
        return tenant.config();
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
     * @return a future of the whole answer (2xx only)
     */
    public CompletableFuture<JamfResponse> proApiRequest(String method, String resourcePath, Map<String, String> query,
                                                         Object jsonBody) {
        String verb = checkMethod(method);
        HttpUrl.Builder url = tenant.session().baseUrl().newBuilder().addPathSegment("api");
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
     * @return a future of the whole answer (2xx only)
     */
    public CompletableFuture<JamfResponse> classicApiRequest(String method, String resourcePath, String xmlBody) {
        return classicRequest(method, PathEncoding.segments(resourcePath), xmlBody);
    }

    private CompletableFuture<JamfResponse> classicRequest(String method, List<String> segments, String xmlBody) {
        Request request = classicHttpRequest(method, segments, xmlBody);
        return send(request, response -> ErrorBodies.classicApi(request.method(), request.url().encodedPath(),
                response.statusCode(), response.body()));
    }

    private Request classicHttpRequest(String method, List<String> segments, String xmlBody) {
        return classicHttpRequest(method, segments, ClassicTransport.xmlBody(xmlBody));
    }

    private Request classicHttpRequest(String method, List<String> segments, RequestBody body) {
        String verb = checkMethod(method);
        HttpUrl.Builder url = tenant.session().baseUrl().newBuilder().addPathSegment("JSSResource");
        segments.forEach(segment -> url.addEncodedPathSegment(PathEncoding.encodeSegment(segment)));
        return request(verb, url.build(), body, "application/xml");
    }

    /** The Classic layer's way to the network: whole answers, or 2xx bodies parsed from their stream. */
    private final class Classic implements ClassicTransport {
        @Override
        public CompletableFuture<JamfResponse> send(String method, List<String> pathSegments, String xmlBody) {
            return classicRequest(method, pathSegments, xmlBody);
        }

        @Override
        public <T> CompletableFuture<T> exchange(String method, List<String> pathSegments, RequestBody requestBody,
                                                 BodyReader<T> reader) {
            Request request = classicHttpRequest(method, pathSegments, requestBody);
            // Parsed inside the exchange, from the connection: a body cut mid-read is retried like any
            // connection failure, and no copy of the body is held.
            return transport.exchange(request, response -> {
                if (!response.isSuccessful()) {
                    JamfResponse answer = toJamfResponse(response);
                    throw ErrorBodies.classicApi(request.method(), request.url().encodedPath(), answer.statusCode(),
                            answer.body());
                }
                return reader.read(response.body());
            });
        }
    }

    /**
     * Runs {@code handler} for every argument, concurrently, never more requests in flight than
     * {@link SessionConfig#maxConcurrency()}. The handler is any function returning a future: a
     * generated method, a Classic method, or your own composition of several calls.
     *
     * <pre>{@code
     * client.concurrentApiRequests(client.classicApi()::getPolicyById, ids)
     *       .stream()
     *       .forEach(c -> System.out.println(c.getGeneral().getName()));
     * }</pre>
     *
     * @param <A> the type of the arguments
     * @param <R> the type of each result
     * @param handler called once per argument; returns the future of that argument's result
     * @param arguments the arguments, in the order the results keep
     * @return the results, in argument order
     */
    public <A, R> ConcurrentResults<R> concurrentApiRequests(Function<A, CompletableFuture<R>> handler,
                                                            Iterable<A> arguments) {
        Objects.requireNonNull(handler, "handler == null");
        Objects.requireNonNull(arguments, "arguments == null");
        SessionConfig config = tenant.config();
        return ConcurrentResults.start(handler, arguments, 2 * config.maxConcurrency(), config.returnExceptions(),
                tenant.session().callbacks());
    }

    private CompletableFuture<JamfResponse> send(Request request, Function<JamfResponse, JamfProSdkException> error) {
        return transport.exchange(request, AsyncJamfProClient::toJamfResponse).thenApply(answer -> {
            if (answer.statusCode() < 200 || answer.statusCode() > 299) {
                throw error.apply(answer);
            }
            return answer;
        });
    }

    /** The whole answer, read inside the exchange (within {@code maxResponseSize}). */
    private static JamfResponse toJamfResponse(Response response) throws IOException {
        ResponseBody body = response.body();
        return new JamfResponse(response.code(), response.headers(), body == null ? new byte[0] : body.bytes());
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

    /** {@return the requests in flight now (holding one of the {@code maxConcurrency} permits), for diagnostics} */
    public int inFlightRequests() {
        return tenant.session().limiter().inFlight();
    }

    /**
     * The most requests this client lets into flight now: {@link SessionConfig#maxConcurrency()}, or less
     * while {@link SessionConfig#adaptiveConcurrency() adaptive concurrency} backs off from a slow server.
     *
     * @return the current limit, between 1 and {@code maxConcurrency}
     */
    public int concurrencyLimit() {
        return tenant.session().limiter().limit();
    }

    /** {@return the most requests that were in flight at once since the client was built, for diagnostics} */
    public int peakInFlightRequests() {
        return tenant.session().limiter().peak();
    }

    /**
     * Closes the client (and every view of it): every call in flight or waiting, and every call made
     * afterwards, fails at once with {@link ClientClosedException} (Pro, Classic and raw calls alike);
     * a held user token is invalidated (waiting at most {@code min(timeout, 10 s)}). A client built on
     * shared {@link JamfProClientResources} leaves them and the other clients untouched; a client built
     * without them releases its private threads and connections. Idempotent.
     */
    @Override
    public void close() {
        CompletableFuture<Void> invalidation = tenant.session().close();
        Duration timeout = tenant.config().timeout();
        Duration wait = timeout.compareTo(Duration.ofSeconds(10)) < 0 ? timeout : Duration.ofSeconds(10);
        try {
            invalidation.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.debug("Invalidating the user token on close failed: {}", e.toString());
        }
        tenant.resources().deregister(tenant.session());
        if (tenant.ownsResources()) {
            tenant.resources().close();
        }
    }

    /** {@return true once {@link #close()} was called on this client or any view of it, or on its resources} */
    public boolean isClosed() {
        return tenant.session().isClosed();
    }

    @Override
    public String toString() {
        return "AsyncJamfProClient{server=" + tenant.server() + ", config=" + tenant.config()
                + (options.equals(RequestOptions.none()) ? "" : ", options=" + options) + '}';
    }

    /** Builder of {@link AsyncJamfProClient}; {@link #build()} validates and names a bad field. */
    public static final class Builder {
        private String server;
        private int port = 443;
        private boolean portSet;
        private URI baseUrl;
        private String scheme;
        private CredentialsProvider credentials;
        private SessionConfig sessionConfig = SessionConfig.defaults();
        private JamfProClientResources resources;
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
         * The port (default 443, or 80 with {@code scheme("http")}).
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
         * Scheme, host and port in one, for example {@code https://jamf.my.org} or
         * {@code http://localhost:8080} (a simulator's {@code baseUrl()}); an alternative to
         * {@link #server(String)} and {@link #port(int)}, whose scheme wins over {@link SessionConfig#scheme()}.
         * No path, query or user info.
         *
         * @param baseUrl scheme, host and, optionally, port
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
            return this;
        }

        /**
         * {@link #baseUrl(URI)} from text, for example {@code "https://jamf.my.org"}.
         *
         * @param baseUrl scheme, host and, optionally, port
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl == null");
            try {
                return baseUrl(new URI(baseUrl.trim()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("baseUrl is not a URL: '" + baseUrl + "'", e);
            }
        }

        /**
         * How the client obtains its token (required): an {@code ApiClientCredentialsProvider} or a
         * {@code UserCredentialsProvider}; {@code Credentials} has loaders.
         *
         * @param credentials the credentials provider
         * @return this builder
         */
        public Builder credentials(CredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Timeouts, concurrency, retries, TLS and the rest (default {@link SessionConfig#defaults()}).
         *
         * @param sessionConfig the configuration
         * @return this builder
         */
        public Builder sessionConfig(SessionConfig sessionConfig) {
            this.sessionConfig = sessionConfig;
            return this;
        }

        /**
         * Shared resources (connection pool, dispatcher, threads) to build this client on, with others;
         * by default the client gets a private set, closed with it.
         *
         * @param resources the shared resources, open
         * @return this builder
         */
        public Builder resources(JamfProClientResources resources) {
            this.resources = Objects.requireNonNull(resources, "resources == null");
            return this;
        }

        /**
         * The clock for token expiry and {@code Retry-After} dates (default UTC system clock); for tests.
         *
         * @param clock the clock
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
         * Validates the settings and builds the client.
         *
         * @return the client, ready for calls
         * @throws IllegalArgumentException naming the first bad field
         */
        public AsyncJamfProClient build() {
            if (sessionConfig == null) {
                throw new IllegalArgumentException("sessionConfig == null");
            }
            if (baseUrl != null) {
                fromBaseUrl();
            } else {
                checkServer();
                scheme = sessionConfig.scheme();
                if (!portSet && "http".equals(scheme)) {
                    port = 80;
                }
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
            }
            if (credentials == null) {
                throw new IllegalArgumentException("credentials are required: an ApiClientCredentialsProvider or a "
                        + "UserCredentialsProvider (see Credentials for loaders)");
            }
            return AsyncJamfProClient.build(this);
        }

        private void fromBaseUrl() {
            if (server != null || portSet) {
                throw new IllegalArgumentException("baseUrl and server/port both set: give one or the other");
            }
            String text = baseUrl.toString();
            String urlScheme = baseUrl.getScheme() == null ? null : baseUrl.getScheme().toLowerCase(Locale.ROOT);
            if (!"https".equals(urlScheme) && !"http".equals(urlScheme)) {
                throw new IllegalArgumentException("baseUrl must start with https:// or http://, got '" + text + "'");
            }
            if (baseUrl.getRawUserInfo() != null) {
                throw new IllegalArgumentException("baseUrl must not carry user info (use credentials), got '"
                        + baseUrl.getScheme() + "://…@" + baseUrl.getHost() + "'");
            }
            String path = baseUrl.getRawPath();
            if ((path != null && !path.isEmpty() && !path.equals("/")) || baseUrl.getRawQuery() != null
                    || baseUrl.getRawFragment() != null) {
                throw new IllegalArgumentException("baseUrl must be scheme, host and port only (the SDK adds /api and "
                        + "/JSSResource), got '" + text + "'");
            }
            if (baseUrl.getHost() == null || baseUrl.getHost().isBlank()) {
                throw new IllegalArgumentException("baseUrl has no host: '" + text + "'");
            }
            server = baseUrl.getHost();
            checkServer();
            scheme = urlScheme;
            port = baseUrl.getPort() != -1 ? baseUrl.getPort() : "http".equals(scheme) ? 80 : 443;
        }

        private void checkServer() {
            if (server == null || server.isBlank()) {
                throw new IllegalArgumentException("server is required, for example \"jamf.my.org\" (or give baseUrl)");
            }
            server = server.trim();
            if (server.contains("://")) {
                throw new IllegalArgumentException("server must be a host name without a scheme (the SDK adds "
                        + "https://; or use baseUrl), got '" + server + "'");
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
        }
    }
}
