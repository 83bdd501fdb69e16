package dev.jamfpro.sdk.pro;

import static dev.jamfpro.sdk.pro.PagesAllTest.assertIds;
import static dev.jamfpro.sdk.pro.PagesAllTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.SessionConfig;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page that times out or answers 504 is fetched again as smaller pages covering the same records, over
 * real HTTP: the run stays exact (every record once, in order, {@code totalCount} checks unchanged), later
 * pages use the size that worked, and a record that still fails alone fails the run in its page's place.
 */
@SuppressWarnings("deprecation")
class PagesSplitTest {
    private static PagedServer server;
    private static AsyncJamfProClient client;

    @BeforeAll
    static void start() {
        server = new PagedServer();
        client = server.client(5); // no retries: a 504 reaches the pagination engine at once
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Requests the server saw, by page size asked. */
    private static Map<Integer, Long> requestsBySize() {
        return server.seen().stream().collect(Collectors.groupingBy(PagedServer.Seen::pageSize, Collectors.counting()));
    }

    @Test
    void pagesThatAnswer504AreFetchedAgainInSmallerPagesAndTheRunStaysExact() {
        server.reset(1000).gatewayTimeouts((page, size) -> size > 25);
        List<Page<ComputerInventory>> pages = new ArrayList<>();
        client.proApi().getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(100).build())
                .forEachPage(pages::add).join();

        List<ComputerInventory> records = pages.stream().flatMap(p -> p.results().stream()).toList();
        assertIds(ids(1, 1000), PagesAllTest.ids(records));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), pages.stream().map(Page::page).toList(),
                "the pages the caller asked for, each joined from its smaller pages");
        assertTrue(pages.stream().allMatch(p -> p.pageSize() == 100 && p.results().size() == 100));
        // Page 0: 100 (504), 2 x 50 (504), 4 x 25. Pages 1-9 go straight to 4 x 25 each: no more 504s.
        assertEquals(Map.of(100, 1L, 50, 2L, 25, 40L), requestsBySize());
        assertTrue(server.seen().stream().filter(s -> s.pageSize() == 25).allMatch(s -> s.served() == 25));
        assertTrue(server.peakInFlight() <= 5, "still within maxConcurrency: " + server.peakInFlight());
    }

    @Test
    void aPageThatTimesOutIsSplitToo() {
        server.reset(300).holdSizesAbove(50);
        try (AsyncJamfProClient impatient = AsyncJamfProClient.builder().server("localhost").port(server.port())
                .credentials(new ApiClientCredentialsProvider(PagedServer.CLIENT_ID, PagedServer.CLIENT_SECRET))
                .sessionConfig(SessionConfig.builder().scheme("http").timeout(Duration.ofSeconds(2)).build()).build()) {
            List<ComputerInventory> all = impatient.proApi()
                    .getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(100).build()).all().join();
            assertIds(ids(1, 300), PagesAllTest.ids(all));
        } finally {
            server.release();
        }
        assertEquals(Map.of(100, 1L, 50, 6L), requestsBySize(), "one timeout, then pages of 50");
    }

    @Test
    void aRecordThatFailsAloneFailsTheRunInItsPagesPlace() {
        // Any page holding record offset 137 answers 504, down to that record alone.
        server.reset(400).gatewayTimeouts((page, size) -> (long) page * size <= 137 && 137 < (long) (page + 1) * size);
        List<ComputerInventory> delivered = new ArrayList<>();
        CompletionException failure = assertThrows(CompletionException.class, () -> client.proApi()
                .getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(100).build())
                .forEachPage(page -> delivered.addAll(page.results())).join());

        JamfProApiException error = assertInstanceOf(JamfProApiException.class, failure.getCause());
        assertEquals(504, error.statusCode());
        assertIds(ids(1, 100), PagesAllTest.ids(delivered)); // page 0, then the failure where page 1 stood
        assertTrue(server.seen().stream().anyMatch(s -> s.pageSize() == 1 && s.page() == 137),
                "split down to the record alone");
    }

    @Test
    void aSplitPageWithAHoleFailsRatherThanDeliverIt() {
        // Page 1 of 25 serves 10 records (records vanished) while the parts after it are full.
        server.reset(200).gatewayTimeouts((page, size) -> size > 25).shortPage(1, 10);
        CompletionException failure = assertThrows(CompletionException.class, () -> client.proApi()
                .getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(100).build()).all().join());
        JamfProSdkException error = assertInstanceOf(JamfProSdkException.class, failure.getCause());
        assertTrue(error.getMessage().contains("has records after a short part"), error.getMessage());
    }

    @Test
    void sizesAreSplitByTheirLargestDivisorUpToHalf() {
        assertEquals(1000, PageSplitter.smallerSize(2000));
        assertEquals(25, PageSplitter.smallerSize(50));
        assertEquals(5, PageSplitter.smallerSize(25));
        assertEquals(1, PageSplitter.smallerSize(101));
        assertEquals(1, PageSplitter.smallerSize(2));
        assertEquals(1, PageSplitter.smallerSize(1), "a single record cannot be split");
    }
}
