package dev.jamfpro.sdk.pro;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;
import java.util.function.LongUnaryOperator;

/**
 * A Jamf Pro stand-in over real HTTP (WireMock) serving {@code GET /api/v1/computers-inventory}
 * and the other paged paths the tests use, the way Jamf pages: zero-based {@code page},
 * {@code page-size} clamped to a maximum, envelope {@code {totalCount, results}}. Records are made
 * on the fly (record {@code i} has id {@code i + 1}), so a server of 100 000 records costs nothing
 * until asked. Knobs for what real servers do wrong: clamping lower than 2000, ignoring
 * {@code page-size}, a failing page, a short page in the middle, a lying or absent {@code totalCount}.
 *
 * <p>In flight is counted from the moment the handler sees a request until just before its answer is
 * written, so it never counts more than the client really has outstanding; the peak of that count is
 * what the concurrency tests assert on. It is counted per client ({@link #peakInFlight(AsyncJamfProClient)},
 * by the User-Agent each client gets) and for the server since the last {@link #reset}; a request of an
 * earlier test that is answered after the reset counts out of the count it was counted into, so it
 * can neither lower nor raise what the next test sees.
 */
final class PagedServer implements AutoCloseable {
    static final String CLIENT_ID = "paging-client";
    static final String CLIENT_SECRET = "paging-secret";

    /** One paged request as the server saw it; {@code userAgent} tells which client sent it. */
    record Seen(int page, int pageSize, int served, List<String> sort, String filter, String rawUrl, String userAgent) {
    }

    private final WireMockServer wm;
    private final List<AsyncJamfProClient> clients = new ArrayList<>();

    private volatile long records;
    private volatile int clamp = 2000;
    private volatile int fixedPageSize; // 0: honour page-size
    private volatile IntPredicate failPage = p -> false;
    private volatile LongUnaryOperator reportedTotal = LongUnaryOperator.identity();
    private volatile boolean omitTotal;
    private volatile int shortPage = -1;
    private volatile int shortPageRows;
    private volatile int brokenPage = -1;
    private volatile String brokenBody;
    private volatile int jitterMillis;
    private volatile int holdUntilConcurrent; // 0: no gate
    private volatile int holdPagesFrom = Integer.MAX_VALUE;
    private volatile int paddingChars;
    private volatile IntPredicate pageAllowed = p -> true;
    private volatile int answerAfterPage = -1;
    private volatile int answerAfterOther = -1;
    private volatile BiPredicate<Integer, Integer> gatewayTimeout = (page, size) -> false;
    private volatile int holdSizesAbove = Integer.MAX_VALUE;

    /** The server's load since the last reset: replaced, never zeroed, by {@link #reset}. */
    private volatile Load load = new Load();
    /** Per client (by the User-Agent each client gets), immune to other tests' stragglers. */
    private final Map<String, Load> perClient = new ConcurrentHashMap<>();
    /** The clients {@link #client(int)} made since the last reset: the ones {@link #holdUntilConcurrent} holds. */
    private final Set<String> currentClients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger clientNumber = new AtomicInteger();
    private final AtomicInteger violations = new AtomicInteger();
    private final Set<Integer> pagesRequested = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
    private volatile boolean keepLog = true;
    private volatile CountDownLatch held = new CountDownLatch(1);
    private final Object gate = new Object();

    PagedServer() {
        wm = new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal().gzipDisabled(true)
                .containerThreads(40).extensions(new Paging()));
        wm.start();
        wm.stubFor(post("/api/v1/oauth/token").willReturn(okJson(
                "{\"access_token\":\"paging-token\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"api-role:1\"}")));
        wm.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(Paging.NAME)));
    }

    int port() {
        return wm.port();
    }

    /** Back to a clean server of {@code n} records, counters zeroed, knobs off. */
    PagedServer reset(long n) {
        release();
        records = n;
        clamp = 2000;
        fixedPageSize = 0;
        failPage = p -> false;
        reportedTotal = LongUnaryOperator.identity();
        omitTotal = false;
        shortPage = -1;
        brokenPage = -1;
        brokenBody = null;
        jitterMillis = 0;
        holdUntilConcurrent = 0;
        holdPagesFrom = Integer.MAX_VALUE;
        paddingChars = 0;
        pageAllowed = p -> true;
        answerAfterPage = -1;
        answerAfterOther = -1;
        gatewayTimeout = (page, size) -> false;
        holdSizesAbove = Integer.MAX_VALUE;
        keepLog = true;
        held = new CountDownLatch(1);
        load = new Load();
        currentClients.clear();
        violations.set(0);
        pagesRequested.clear();
        seen.clear();
        return this;
    }

    /** Serve at most {@code max} records per page whatever page-size asks (Jamf: 2000, some endpoints less). */
    PagedServer clamp(int max) {
        clamp = max;
        return this;
    }

    /** Ignore page-size altogether and serve pages of {@code size}. */
    PagedServer fixedPageSize(int size) {
        fixedPageSize = size;
        return this;
    }

    /** Answer 500 with a Jamf error body for the pages matching {@code pages}. */
    PagedServer failPages(IntPredicate pages) {
        failPage = pages;
        return this;
    }

    /** Report {@code f(records)} as totalCount instead of the truth. */
    PagedServer reportTotal(LongUnaryOperator f) {
        reportedTotal = f;
        return this;
    }

    /** Send no totalCount at all. */
    PagedServer omitTotal() {
        omitTotal = true;
        return this;
    }

    /** Page {@code page} answers only its first {@code rows} records (as if records vanished meanwhile). */
    PagedServer shortPage(int page, int rows) {
        shortPage = page;
        shortPageRows = rows;
        return this;
    }

    /** Page {@code page} answers 200 with {@code json} verbatim (a broken envelope). */
    PagedServer brokenPage(int page, String json) {
        brokenPage = page;
        brokenBody = json;
        return this;
    }

    /** Each page waits 0..max ms (a fixed amount per page number), so answers come back out of order. */
    PagedServer jitter(int maxMillis) {
        jitterMillis = maxMillis;
        return this;
    }

    /**
     * A client's requests after its first are held until {@code n} of its requests are in flight together
     * (or 20 s pass), once; then everything flows. A client that keeps {@code n} in flight reaches a peak
     * of exactly {@code n}. Only clients made by {@link #client(int)} after the last reset are held.
     */
    PagedServer holdUntilConcurrent(int n) {
        holdUntilConcurrent = n;
        return this;
    }

    /** Requests for pages {@code >= page} are held until {@link #release()} (or the server closes). */
    PagedServer holdPagesFrom(int page) {
        holdPagesFrom = page;
        return this;
    }

    /** Each record carries this many extra characters (in {@code general.assetTag}). */
    PagedServer padding(int chars) {
        paddingChars = chars;
        return this;
    }

    /** A request for a page failing {@code allowed} (checked when it arrives) is counted as a violation. */
    PagedServer checkPages(IntPredicate allowed) {
        pageAllowed = allowed;
        return this;
    }

    /** Page {@code page} is answered only once page {@code other} has been requested (at most 20 s). */
    PagedServer answerAfter(int page, int other) {
        answerAfterPage = page;
        answerAfterOther = other;
        return this;
    }

    /**
     * Answer 504 (as Jamf Cloud's edge does after about 90 s) to the requests for which
     * {@code test(page, pageSize asked)} holds.
     */
    PagedServer gatewayTimeouts(BiPredicate<Integer, Integer> test) {
        gatewayTimeout = test;
        return this;
    }

    /** Requests asking for more than {@code size} records are held until {@link #release()}: they time out. */
    PagedServer holdSizesAbove(int size) {
        holdSizesAbove = size;
        return this;
    }

    /** Keep no per-request log (for runs of many thousands of pages). */
    PagedServer noLog() {
        keepLog = false;
        return this;
    }

    void release() {
        held.countDown();
    }

    long requests() {
        return load.requests.get();
    }

    /**
     * Paged requests {@code client} made. Unlike {@link #requests()}, a request that an earlier test
     * cancelled (and that reaches the server after {@link #reset}) can never count here.
     */
    long requests(AsyncJamfProClient client) {
        return requests(client.sessionConfig().userAgent());
    }

    /** Paged requests made with {@code userAgent} (a client in another JVM). */
    long requests(String userAgent) {
        Load count = perClient.get(userAgent);
        return count == null ? 0 : count.requests.get();
    }

    /** The most paged requests in flight at once since the last reset, whoever sent them. */
    int peakInFlight() {
        return load.peak.get();
    }

    /** The most paged requests of {@code client} in flight at once. */
    int peakInFlight(AsyncJamfProClient client) {
        Load count = perClient.get(client.sessionConfig().userAgent());
        return count == null ? 0 : count.peak.get();
    }

    int inFlight() {
        return load.inFlight.get();
    }

    int violations() {
        return violations.get();
    }

    boolean pageRequested(int page) {
        return pagesRequested.contains(page);
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** The paged requests {@code client} sent since the last reset: no other client's straggler among them. */
    List<Seen> seen(AsyncJamfProClient client) {
        String agent = client.sessionConfig().userAgent();
        return seen.stream().filter(s -> agent.equals(s.userAgent())).toList();
    }

    /** Blocks until a request for {@code page} has arrived (at most 20 s; false if it never did). */
    boolean awaitPageRequested(int page) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (gate) {
            while (!pagesRequested.contains(page)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                gate.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
        return true;
    }

    /** A client for this server; closed with the server. */
    AsyncJamfProClient client(int maxConcurrency) {
        AsyncJamfProClient client = AsyncJamfProClient.builder().server("localhost").port(port())
                .credentials(new ApiClientCredentialsProvider(CLIENT_ID, CLIENT_SECRET))
                .sessionConfig(SessionConfig.builder().scheme("http").maxConcurrency(maxConcurrency).maxRetries(0)
                        .userAgent("paged-test-client/" + clientNumber.incrementAndGet()).build())
                .build();
        clients.add(client);
        currentClients.add(client.sessionConfig().userAgent());
        return client;
    }

    @Override
    public void close() {
        release();
        clients.forEach(AsyncJamfProClient::close);
        wm.stop();
    }

    /** The JSON of record {@code i} (id {@code i + 1}). */
    static void record(StringBuilder out, long i, int padding) {
        long id = i + 1;
        out.append("{\"id\":\"").append(id).append("\",\"udid\":\"").append(String.format("%08X-0000-4000-8000-%012d", id, id))
                .append("\",\"general\":{\"name\":\"Mac ").append(id)
                .append("\",\"platform\":\"Mac\",\"lastIpAddress\":\"10.").append(id % 250).append('.').append(id % 200)
                .append(".1\",\"jamfBinaryVersion\":\"11.30.1\",\"supervised\":").append(id % 2 == 0)
                .append(",\"assetTag\":\"A").append(id);
        for (int k = 0; k < padding; k++) {
            out.append((char) ('a' + k % 26));
        }
        out.append("\",\"reportDate\":\"2024-05-06T07:08:09.123Z\"},\"hardware\":{\"make\":\"Apple\",\"model\":\"MacBook Pro\"")
                .append(",\"serialNumber\":\"C02").append(id).append("\",\"macAddress\":\"00:11:22:33:44:55\"}}");
    }

    /** Paged requests counted in, in flight and at the peak. */
    private static final class Load {
        final AtomicLong requests = new AtomicLong();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();

        /** Counts a request in; returns its number (1 for the first). */
        long arrived() {
            long number = requests.incrementAndGet();
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return number;
        }

        void left() {
            inFlight.decrementAndGet();
        }
    }

    private final class Paging implements ResponseDefinitionTransformerV2 {
        static final String NAME = "jamf-paging";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request request = event.getRequest();
            String path = request.getUrl().split("\\?", 2)[0];
            if (!path.startsWith("/api/") || !(path.endsWith("/computers-inventory") || path.endsWith("/filevault")
                    || path.endsWith("/inventory-preload/records") || path.endsWith("/device-enrollments"))) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(404)
                        .withBody("{\"httpStatus\":404,\"errors\":[]}").build();
            }
            Load server = load;
            String agent = request.getHeader("User-Agent");
            Load client = agent == null ? new Load() : perClient.computeIfAbsent(agent, a -> new Load());
            server.arrived();
            long number = client.arrived();
            // The gate holds a client's requests after its first (by arrival, not by when the gate looks).
            boolean gated = number > 1 && agent != null && currentClients.contains(agent);
            try {
                return answer(request, gated ? client : null);
            } finally {
                client.left();
                server.left();
            }
        }

        /** {@code gated}: the client's load when {@link #holdUntilConcurrent} may hold the request, else null. */
        private ResponseDefinition answer(Request request, Load gated) {
            int page = intParam(request, "page", 0);
            int asked = intParam(request, "page-size", 100);
            if (!pageAllowed.test(page)) {
                violations.incrementAndGet();
            }
            synchronized (gate) {
                pagesRequested.add(page);
                gate.notifyAll();
            }
            hold(page, gated);
            int size = fixedPageSize > 0 ? fixedPageSize : Math.min(asked, clamp);
            long n = records;
            long from = Math.min(n, (long) page * size);
            long to = Math.min(n, from + size);
            if (page == shortPage) {
                to = Math.min(to, from + shortPageRows);
            }
            QueryParameter sort = request.queryParameter("sort");
            QueryParameter filter = request.queryParameter("filter");
            if (keepLog) {
                seen.add(new Seen(page, asked, (int) (to - from), sort.isPresent() ? sort.values() : List.of(),
                        filter.isPresent() ? filter.firstValue() : null, request.getUrl(), request.getHeader("User-Agent")));
            }
            if (asked > holdSizesAbove) {
                try {
                    held.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (gatewayTimeout.test(page, asked)) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(504)
                        .withHeader("Content-Type", "text/html").withBody("<html><body>504 Gateway Time-out</body></html>")
                        .build();
            }
            if (failPage.test(page)) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"httpStatus\":500,\"errors\":[{\"code\":\"PAGE_FAILED\",\"description\":\"page " + page
                                + " failed\",\"id\":\"0\",\"field\":null}]}").build();
            }
            if (page == brokenPage) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody(brokenBody).build();
            }
            StringBuilder body = new StringBuilder((int) Math.min(64_000_000, 64 + (to - from) * (300 + paddingChars)));
            body.append('{');
            if (!omitTotal) {
                body.append("\"totalCount\":").append(reportedTotal.applyAsLong(n)).append(',');
            }
            body.append("\"results\":[");
            for (long i = from; i < to; i++) {
                if (i > from) {
                    body.append(',');
                }
                record(body, i, paddingChars);
            }
            body.append("]}");
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
        }

        private void hold(int page, Load gated) {
            try {
                int gateSize = holdUntilConcurrent;
                if (gateSize > 0 && gated != null) {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    synchronized (gate) {
                        gate.notifyAll();
                        while (holdUntilConcurrent > 0 && gated.inFlight.get() < gateSize && System.nanoTime() < deadline) {
                            gate.wait(50);
                        }
                        holdUntilConcurrent = 0; // reached once (or gave up): let everything flow
                        gate.notifyAll();
                    }
                }
                if (page == answerAfterPage) {
                    awaitPageRequested(answerAfterOther);
                }
                if (page >= holdPagesFrom) {
                    held.await(60, TimeUnit.SECONDS);
                }
                int jitter = jitterMillis;
                if (jitter > 0) {
                    Thread.sleep((page * 7919L) % (jitter + 1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private int intParam(Request request, String name, int fallback) {
            QueryParameter p = request.queryParameter(name);
            return p.isPresent() ? Integer.parseInt(p.firstValue()) : fallback;
        }
    }
}
