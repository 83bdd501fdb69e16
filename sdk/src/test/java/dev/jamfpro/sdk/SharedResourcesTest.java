package dev.jamfpro.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many clients over one {@link JamfProClientResources}: tokens, cookies and limits stay per tenant,
 * closing one tenant leaves the others working, closing the resources closes the rest, and neither
 * way of building clients leaks threads.
 */
class SharedResourcesTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .containerThreads(40)).build();

    private static final String PING = "/api/v1/jamf-pro-version";

    private static void tenantStubs() {
        for (String tenant : List.of("a", "b")) {
            wm.stubFor(post("/api/v1/oauth/token").withRequestBody(containing("client_id=" + tenant + "-id"))
                    .willReturn(okJson(Stubs.tokenJson("tok-" + tenant, 1200))
                            .withHeader("Set-Cookie", "APBALANCEID=node-" + tenant + "; Path=/")));
        }
        wm.stubFor(get(PING).willReturn(okJson("{\"version\":\"11.30.1\"}")));
    }

    private static AsyncJamfProClient tenant(JamfProClientResources shared, String tenant, int maxConcurrency) {
        return AsyncJamfProClient.builder().resources(shared).baseUrl("http://localhost:" + wm.getPort())
                .credentials(new ApiClientCredentialsProvider(tenant + "-id", tenant + "-secret"))
                .sessionConfig(SessionConfig.builder().maxConcurrency(maxConcurrency).build()).build();
    }

    @Test
    void tokensAndCookiesStayWithTheirTenant() {
        tenantStubs();
        try (JamfProClientResources shared = JamfProClientResources.create()) {
            AsyncJamfProClient a = tenant(shared, "a", 5);
            AsyncJamfProClient b = tenant(shared, "b", 5);
            for (int i = 0; i < 3; i++) {
                CompletableFuture.allOf(a.proApiRequest("GET", "v1/jamf-pro-version", null, null),
                        b.proApiRequest("GET", "v1/jamf-pro-version", null, null)).join();
            }
            assertEquals("tok-a", a.getAccessToken().join().token());
            assertEquals("tok-b", b.getAccessToken().join().token());
            assertEquals(2, shared.openClients());
        }
        wm.verify(3, getRequestedFor(urlEqualTo(PING)).withHeader("Authorization", equalTo("Bearer tok-a"))
                .withCookie("APBALANCEID", equalTo("node-a")));
        wm.verify(3, getRequestedFor(urlEqualTo(PING)).withHeader("Authorization", equalTo("Bearer tok-b"))
                .withCookie("APBALANCEID", equalTo("node-b")));
    }

    @Test
    void aTenantAtItsLimitDoesNotDelayAnother() {
        tenantStubs();
        wm.stubFor(get("/api/v1/slow").willReturn(okJson("{}").withFixedDelay(3000)));
        try (JamfProClientResources shared = JamfProClientResources.create()) {
            AsyncJamfProClient a = tenant(shared, "a", 2);
            AsyncJamfProClient b = tenant(shared, "b", 2);
            List<CompletableFuture<JamfResponse>> slow = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                slow.add(a.proApiRequest("GET", "v1/slow", null, null));
            }
            while (a.inFlightRequests() < 2) {
                Thread.onSpinWait();
            }
            for (int i = 0; i < 5; i++) { // b's own permits and threads: each call goes through at once
                assertEquals(200, b.proApiRequest("GET", "v1/jamf-pro-version", null, null).orTimeout(2, TimeUnit.SECONDS)
                        .join().statusCode());
            }
            assertTrue(slow.stream().noneMatch(CompletableFuture::isDone), "a's calls are still at a's slow server");
            assertEquals(2, a.peakInFlightRequests());
            a.close(); // one tenant closed: its calls fail, the other tenant and the resources go on
            assertTrue(slow.stream().allMatch(CompletableFuture::isCompletedExceptionally));
            assertEquals(200, b.proApiRequest("GET", "v1/jamf-pro-version", null, null).join().statusCode());
            assertEquals(1, shared.openClients());
        }
    }

    @Test
    void closingTheResourcesClosesTheClientsLeftOnThem() {
        tenantStubs();
        JamfProClientResources shared = JamfProClientResources.create();
        AsyncJamfProClient a = tenant(shared, "a", 5);
        AsyncJamfProClient b = tenant(shared, "b", 5);
        b.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
        a.close();
        shared.close();
        assertTrue(b.isClosed());
        assertEquals(0, shared.openClients());
        CompletableFuture<JamfResponse> after = b.proApiRequest("GET", "v1/jamf-pro-version", null, null);
        assertInstanceOf(ClientClosedException.class, assertThrows(java.util.concurrent.CompletionException.class,
                after::join).getCause());
        assertThrows(IllegalStateException.class, () -> tenant(shared, "a", 5), "no client on closed resources");
        assertTrue(awaitNoThreads(sdkThreadPrefixes(), "jamf-pro-sdk-"), "closed resources leave no thread");
    }

    @Test
    void idleClientsOnSharedResourcesHoldNoThreadOfTheirOwn() {
        tenantStubs();
        Set<String> before = sdkThreadPrefixes();
        try (JamfProClientResources shared = JamfProClientResources.create()) {
            List<AsyncJamfProClient> clients = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                clients.add(tenant(shared, i % 2 == 0 ? "a" : "b", 5));
            }
            CompletableFuture.allOf(clients.stream().map(c -> c.proApiRequest("GET", "v1/jamf-pro-version", null, null))
                    .toArray(CompletableFuture[]::new)).join();
            Set<String> pools = sdkThreadPrefixes();
            pools.removeAll(before);
            assertEquals(1, pools.size(), "every SDK thread belongs to the shared resources: " + pools);
            clients.forEach(AsyncJamfProClient::close);
            assertEquals(0, shared.openClients());
        }
    }

    @Test
    void aThousandOpenCloseCyclesLeakNoThread() throws Exception {
        try (RawHttpServer server = new RawHttpServer((method, path, n) ->
                path.endsWith("/oauth/token") ? null : RawHttpServer.Answer.json(200, "{}"))) {
            int threadsBefore = Thread.activeCount();
            for (int i = 0; i < 1000; i++) { // each with its own private resources
                try (AsyncJamfProClient client = Stubs.client(server.port(), SessionConfig.builder(),
                        new ApiClientCredentialsProvider("id", "secret")).build()) {
                    if (i % 10 == 0) {
                        client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
                    }
                }
            }
            try (JamfProClientResources shared = JamfProClientResources.create()) {
                for (int i = 0; i < 1000; i++) {
                    try (AsyncJamfProClient client = AsyncJamfProClient.builder().resources(shared)
                            .baseUrl("http://localhost:" + server.port())
                            .credentials(new ApiClientCredentialsProvider("id", "secret")).build()) {
                        if (i % 10 == 0) {
                            client.proApiRequest("GET", "v1/jamf-pro-version", null, null).join();
                        }
                    }
                }
                assertEquals(0, shared.openClients());
            }
            assertTrue(awaitNoThreads(Set.of(), "jamf-pro-sdk-"), "SDK threads left: " + sdkThreadPrefixes());
            // OkHttp's own process-wide task runner may keep a few idle threads for a minute; nothing grows per client.
            assertTrue(Thread.activeCount() < threadsBefore + 20, threadsBefore + " threads before, "
                    + Thread.activeCount() + " after");
        }
    }

    /** The pools SDK threads come from ({@code jamf-pro-sdk-N-http}, {@code ...-timer}), by resources id. */
    private static Set<String> sdkThreadPrefixes() {
        Set<String> prefixes = new TreeSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (name.startsWith("jamf-pro-sdk-") && thread.isAlive()) {
                String[] parts = name.split("-");
                prefixes.add("jamf-pro-sdk-" + parts[3]);
            }
        }
        return prefixes;
    }

    /** Threads of a shut-down pool end on their own, promptly; waits up to 10 s for them. */
    private static boolean awaitNoThreads(Set<String> allowed, String prefix) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> now = sdkThreadPrefixes();
            now.removeAll(allowed);
            if (now.isEmpty()) {
                return true;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * I/O threads are made on demand, often from a caller's thread; they must not keep that caller's
     * context class loader (in a servlet container, the web application's), which would pin it.
     */
    @Test
    void ioThreadsDoNotKeepTheCallersContextClassLoader() throws Exception {
        tenantStubs();
        Thread caller = Thread.currentThread();
        ClassLoader original = caller.getContextClassLoader();
        ClassLoader webApp = new java.net.URLClassLoader(new java.net.URL[0], original);
        List<Thread> ioThreads = new ArrayList<>();
        caller.setContextClassLoader(webApp);
        try (JamfProClientResources shared = JamfProClientResources.create()) {
            AsyncJamfProClient a = tenant(shared, "a", 5);
            a.proApiRequest("GET", "v1/jamf-pro-version", null, null).join(); // threads made now, from this caller
            String prefix = "jamf-pro-sdk-" + shared.toString().replaceAll(".*id=(\\d+).*", "$1") + "-";
            Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).forEach(ioThreads::add);
            assertFalse(ioThreads.isEmpty(), "no I/O thread named " + prefix + "*");
            for (Thread thread : ioThreads) {
                assertNotSame(webApp, thread.getContextClassLoader(), thread.getName() + " kept the caller's context class loader");
                assertSame(JamfProClientResources.class.getClassLoader(), thread.getContextClassLoader(), thread.getName());
            }
        } finally {
            caller.setContextClassLoader(original);
        }
    }
}
