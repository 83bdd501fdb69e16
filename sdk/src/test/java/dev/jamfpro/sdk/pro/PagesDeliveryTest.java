package dev.jamfpro.sdk.pro;

import static dev.jamfpro.sdk.pro.PagesAllTest.assertIds;
import static dev.jamfpro.sdk.pro.PagesAllTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.pro.api.ComputerInventoryApi;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In order for every way of consuming pages, the client's limit never exceeded at the server, demand
 * honoured by the publisher, and a run that is cancelled (stream closed, subscription cancelled,
 * consumer failed) gives its requests back at once.
 */
@SuppressWarnings("deprecation")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a deadlock guard; no assertion depends on time
class PagesDeliveryTest {
    private static final int PAGES = 60;
    private static final int PAGE_SIZE = 10;
    private static PagedServer server;

    @BeforeAll
    static void start() {
        server = new PagedServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ComputerInventoryApi api(AsyncJamfProClient client) {
        return client.proApi();
    }

    private static Pages<ComputerInventory> pages(AsyncJamfProClient client) {
        return api(client).getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.builder().pageSize(PAGE_SIZE).build());
    }

    /** The pages of a run, consumed one of the four ways. */
    private static List<Page<ComputerInventory>> consume(String how, Pages<ComputerInventory> pages) {
        List<Page<ComputerInventory>> seen = new ArrayList<>();
        switch (how) {
            case "all" -> {
                List<ComputerInventory> records = pages.all().join();
                for (int i = 0; i < records.size(); i += PAGE_SIZE) {
                    seen.add(new Page<>(i / PAGE_SIZE, PAGE_SIZE, records.size(), records.subList(i, Math.min(records.size(), i + PAGE_SIZE))));
                }
            }
            case "forEachPage" -> pages.forEachPage(seen::add).join();
            case "publisher" -> {
                CompletableFuture<Void> done = new CompletableFuture<>();
                pages.publisher().subscribe(new Flow.Subscriber<>() {
                    @Override
                    public void onSubscribe(Flow.Subscription s) {
                        s.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(Page<ComputerInventory> page) {
                        seen.add(page);
                    }

                    @Override
                    public void onError(Throwable t) {
                        done.completeExceptionally(t);
                    }

                    @Override
                    public void onComplete() {
                        done.complete(null);
                    }
                });
                done.join();
            }
            case "stream" -> {
                try (Stream<Page<ComputerInventory>> stream = pages.stream()) {
                    stream.forEach(seen::add);
                }
            }
            default -> throw new IllegalArgumentException(how);
        }
        return seen;
    }

    private static void assertInOrder(List<Page<ComputerInventory>> pages) {
        assertEquals(PAGES, pages.size());
        List<ComputerInventory> records = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            assertEquals(i, pages.get(i).page(), "page " + i + " delivered in its place");
            records.addAll(pages.get(i).results());
        }
        assertIds(ids(1, PAGES * PAGE_SIZE), PagesAllTest.ids(records));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"all", "forEachPage", "publisher", "stream"})
    void inOrderWhenAnswersComeBackOutOfOrder(String how) {
        server.reset(PAGES * PAGE_SIZE).jitter(15);
        AsyncJamfProClient client = server.client(5);
        try {
            assertInOrder(consume(how, pages(client)));
        } finally {
            client.close();
        }
    }

    @ParameterizedTest(name = "{0}, limits 1, 2, 5")
    @ValueSource(strings = {"all", "forEachPage", "publisher", "stream"})
    void inFlightAtTheServerReachesButNeverExceedsTheClientLimit(String how) {
        for (int limit : new int[] {1, 2, 5}) {
            server.reset(PAGES * PAGE_SIZE).jitter(3).holdUntilConcurrent(limit);
            AsyncJamfProClient client = server.client(limit);
            try {
                assertInOrder(consume(how, pages(client)));
                assertEquals(limit, server.peakInFlight(client), how + " with maxConcurrency " + limit);
            } finally {
                client.close();
            }
        }
    }

    @Test
    void twoRunsOnOneClientShareItsLimit() {
        server.reset(PAGES * PAGE_SIZE).jitter(3).holdUntilConcurrent(3);
        AsyncJamfProClient client = server.client(3);
        try {
            CompletableFuture<List<ComputerInventory>> a = pages(client).all();
            CompletableFuture<List<ComputerInventory>> b = pages(client).all();
            assertIds(ids(1, PAGES * PAGE_SIZE), ids(a.join()));
            assertIds(ids(1, PAGES * PAGE_SIZE), ids(b.join()));
            assertEquals(3, server.peakInFlight(client), "two runs of window 6 each, one limit of 3");
            assertEquals(2 * PAGES, server.requests(client));
        } finally {
            client.close();
        }
    }

    /**
     * request(1) at a time: the run delivers nothing unrequested and fetches at most {@code window}
     * (maxConcurrency) pages past what was requested. Checked at the server when each request
     * arrives, against the demand signalled so far; the test fills the window before each request(1).
     */
    @Test
    void publisherHonoursDemandAndFetchesOnlyAWindowAhead() throws Exception {
        int window = 4;
        AtomicInteger demanded = new AtomicInteger();
        server.reset(PAGES * PAGE_SIZE).checkPages(p -> p <= demanded.get() + window - 1);
        AsyncJamfProClient client = server.client(window);
        try {
            LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
            Flow.Subscription[] subscription = new Flow.Subscription[1];
            pages(client).publisher().subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription[0] = s;
                }

                @Override
                public void onNext(Page<ComputerInventory> page) {
                    signals.add(page);
                }

                @Override
                public void onError(Throwable t) {
                    signals.add(t);
                }

                @Override
                public void onComplete() {
                    signals.add("complete");
                }
            });
            assertTrue(server.awaitPageRequested(0), "the first page is fetched before any demand");
            assertNull(signals.poll(), "nothing delivered without demand");
            List<Page<ComputerInventory>> got = new ArrayList<>();
            for (int k = 0; k < PAGES; k++) {
                demanded.incrementAndGet();
                subscription[0].request(1);
                Object signal = signals.take();
                assertInstanceOf(Page.class, signal, () -> "page " + got.size() + ": " + signal);
                @SuppressWarnings("unchecked")
                Page<ComputerInventory> page = (Page<ComputerInventory>) signal;
                got.add(page);
                // The window is now [k + 1, k + window]: wait until the run has filled it ...
                assertTrue(server.awaitPageRequested(Math.min(PAGES - 1, k + window)));
                // ... and it went no further, since nothing more was requested.
                assertFalse(server.pageRequested(k + window + 1), "page " + (k + window + 1) + " fetched with "
                        + demanded.get() + " pages requested");
                if (k < PAGES - 1) {
                    assertNull(signals.poll(), "one page per request(1)"); // onComplete needs no demand
                }
            }
            assertEquals("complete", signals.take());
            assertInOrder(got);
            assertEquals(0, server.violations(), "a page was fetched more than a window past the demand");
            assertEquals(PAGES, server.requests(client));
        } finally {
            client.close();
        }
    }

    @Test
    void streamFetchesOnlyAWindowAheadOfTheReader() {
        int window = 3;
        AtomicInteger read = new AtomicInteger();
        // The stream requests one page ahead of the one handed out, hence + 1.
        server.reset(PAGES * PAGE_SIZE).checkPages(p -> p <= read.get() + window + 1);
        AsyncJamfProClient client = server.client(window);
        try (Stream<Page<ComputerInventory>> stream = pages(client).stream()) {
            List<Page<ComputerInventory>> got = new ArrayList<>();
            Iterator<Page<ComputerInventory>> it = stream.iterator();
            while (it.hasNext()) {
                got.add(it.next());
                read.incrementAndGet();
            }
            assertInOrder(got);
            assertEquals(0, server.violations());
        } finally {
            client.close();
        }
    }

    @Test
    void publisherRejectsNonPositiveDemandWithOnError() {
        server.reset(PAGES * PAGE_SIZE);
        AsyncJamfProClient client = server.client(2);
        try {
            CompletableFuture<Throwable> error = new CompletableFuture<>();
            pages(client).publisher().subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.request(0);
                }

                @Override
                public void onNext(Page<ComputerInventory> page) {
                    error.completeExceptionally(new AssertionError("onNext without demand"));
                }

                @Override
                public void onError(Throwable t) {
                    error.complete(t);
                }

                @Override
                public void onComplete() {
                    error.completeExceptionally(new AssertionError("onComplete"));
                }
            });
            assertInstanceOf(IllegalArgumentException.class, error.join());
            assertEquals(0, server.requests(client), "the run ended in onSubscribe: nothing sent");
        } finally {
            client.close();
        }
    }

    /**
     * Pages 3 and up are held at the server, so when the run is ended both of the client's two permits
     * are taken by requests that will not answer. A fresh request through the same client can only go
     * out if ending the run cancelled those requests.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stream closed", "subscription cancelled", "consumer threw", "page failed"})
    void endingARunEarlyCancelsItsRequests(String how) throws Exception {
        server.reset(PAGES * PAGE_SIZE).holdPagesFrom(3);
        if (how.equals("page failed")) {
            // all() has a window of 4 here: pages 1 and 2 go out, 2 answers, 3 goes out and is held; then
            // page 1 fails. Page 4 may or may not go out before the run cancels it.
            server.failPages(p -> p == 1).answerAfter(1, 3);
        }
        AsyncJamfProClient client = server.client(2);
        try {
            List<Integer> delivered = new ArrayList<>();
            switch (how) {
                case "stream closed" -> {
                    try (Stream<Page<ComputerInventory>> stream = pages(client).stream()) {
                        Iterator<Page<ComputerInventory>> it = stream.iterator();
                        for (int i = 0; i < 3; i++) {
                            delivered.add(it.next().page());
                        }
                        assertTrue(server.awaitPageRequested(4), "pages 3 and 4 are in flight");
                    }
                }
                case "subscription cancelled" -> {
                    CompletableFuture<Void> cancelled = new CompletableFuture<>();
                    pages(client).publisher().subscribe(new Flow.Subscriber<>() {
                        Flow.Subscription s;

                        @Override
                        public void onSubscribe(Flow.Subscription s) {
                            this.s = s;
                            s.request(3);
                        }

                        @Override
                        public void onNext(Page<ComputerInventory> page) {
                            delivered.add(page.page());
                            if (page.page() == 2) {
                                try {
                                    assertTrue(server.awaitPageRequested(4));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                s.cancel();
                                cancelled.complete(null);
                            }
                        }

                        @Override
                        public void onError(Throwable t) {
                            cancelled.completeExceptionally(t);
                        }

                        @Override
                        public void onComplete() {
                            cancelled.completeExceptionally(new AssertionError("completed"));
                        }
                    });
                    cancelled.join();
                }
                case "consumer threw" -> {
                    Consumer<Page<ComputerInventory>> consumer = page -> {
                        delivered.add(page.page());
                        if (page.page() == 2) {
                            try {
                                assertTrue(server.awaitPageRequested(4));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            throw new IllegalStateException("stop");
                        }
                    };
                    CompletionException e = assertThrows(CompletionException.class,
                            () -> pages(client).forEachPage(consumer).join());
                    assertEquals("stop", e.getCause().getMessage());
                }
                case "page failed" -> {
                    CompletionException e = assertThrows(CompletionException.class, () -> pages(client).all().join());
                    assertInstanceOf(JamfProApiException.class, e.getCause());
                    assertTrue(server.pageRequested(3), "page 3 went out before the failure");
                    // Take one permit with a request the server holds: the fresh request below then needs the
                    // other, which page 3 (and 4, if it went out) keep unless the failure cancelled them.
                    api(client).getComputersInventoryV1(null, 50, 3, null, null);
                    delivered.addAll(List.of(0, 1, 2));
                }
                default -> throw new IllegalArgumentException(how);
            }
            assertEquals(List.of(0, 1, 2), delivered);

            CompletableFuture<?> fresh = api(client).getComputersInventoryV1(null, 0, 1, null, null);
            try {
                fresh.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("the ended run still holds the client's permits: its requests were not cancelled");
            }
            server.seen().forEach(s -> assertTrue(s.page() <= 4 || s.pageSize() != PAGE_SIZE,
                    "page " + s.page() + " fetched after the end"));
        } finally {
            server.release();
            client.close();
        }
    }
}
