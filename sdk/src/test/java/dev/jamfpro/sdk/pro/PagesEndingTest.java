package dev.jamfpro.sdk.pro;

import static dev.jamfpro.sdk.pro.PagesAllTest.assertIds;
import static dev.jamfpro.sdk.pro.PagesAllTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.pro.api.ComputerInventoryApi;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import dev.jamfpro.sdk.pro.query.FilterField;
import dev.jamfpro.sdk.pro.query.SortField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When a run ends (totalCount, empty page, never a short page) and how it fails (whole, never with holes). */
@SuppressWarnings("deprecation")
class PagesEndingTest {
    private static PagedServer server;
    private static AsyncJamfProClient client;

    @BeforeAll
    static void start() {
        server = new PagedServer();
        client = server.client(5);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ComputerInventoryApi api() {
        return client.proApi();
    }

    private static List<ComputerInventory> all(PageQuery query) {
        return api().getComputersInventoryV1Pages(List.of(), query).all().join();
    }

    private static PageQuery size(int pageSize) {
        return PageQuery.builder().pageSize(pageSize).build();
    }

    @Test
    void aShortPageInTheMiddleDoesNotEndTheRunButTheShortfallFailsIt() {
        server.reset(1000).shortPage(3, 40); // page 3 lost 60 records meanwhile
        AsyncJamfProClient own = server.client(5); // counted on its own: no other test's straggler
        List<ComputerInventory> delivered = new ArrayList<>();
        CompletionException e = assertThrows(CompletionException.class, () -> own.proApi()
                .getComputersInventoryV1Pages(List.of(), size(100)).forEachPage(p -> delivered.addAll(p.results())).join());
        List<Long> expected = new ArrayList<>(ids(1, 340));
        expected.addAll(ids(401, 600));
        assertIds(expected, ids(delivered)); // every page is read to the end, the short one included
        assertEquals(10, server.requests(own));
        JamfProSdkException error = assertInstanceOf(JamfProSdkException.class, e.getCause());
        assertTrue(error.getMessage().contains("after 940 records but totalCount promised 1000"), error.getMessage());
        assertTrue(error.getMessage().contains("60 are missing"), error.getMessage());
    }

    @Test
    void withoutTotalCountTheRunEndsOnTheEmptyPageNotOnTheShortOne() {
        server.reset(250).omitTotal();
        AsyncJamfProClient own = server.client(5); // counted on its own: no other test's straggler
        assertIds(ids(1, 250), ids(own.proApi().getComputersInventoryV1Pages(List.of(), size(100)).all().join()));
        assertTrue(server.pageRequested(3), "the empty page 3 ends the run");
        server.seen(own).forEach(s -> assertTrue(s.page() <= 3 + 2 * 5, "no more than all()'s window (2 x maxConcurrency) past the end: " + s.page()));
    }

    @Test
    void withoutTotalCountAnExactMultipleEndsOnTheEmptyPage() {
        server.reset(300).omitTotal();
        assertIds(ids(1, 300), ids(all(size(100))));
        assertTrue(server.pageRequested(3));
    }

    @Test
    void aTotalCountThatIsTooHighEndsOnTheEmptyPageAndSaysRecordsAreMissing() {
        server.reset(250).reportTotal(n -> 10 * n);
        CompletionException e = assertThrows(CompletionException.class, () -> all(size(100)));
        assertTrue(e.getCause().getMessage().contains("after 250 records but totalCount promised 2500"),
                e.getCause().getMessage());
    }

    @Test
    void aTotalCountThatIsTooLowIsDistrustedOnceAPageReachesPastIt() {
        server.reset(250).reportTotal(n -> 150); // page 1 holds records 101..200: 150 cannot be the total
        assertIds(ids(1, 250), ids(all(size(100))));
        assertTrue(server.pageRequested(3), "ends on the empty page");
    }

    @Test
    void aTotalCountTheRecordsContradictIsDistrusted() {
        server.reset(1000).reportTotal(n -> 0); // some servers report 0 while serving records
        assertIds(ids(1, 1000), ids(all(size(100))));
    }

    @Test
    void aTotalCountTheRecordsContradictOnAClampedServerIsDistrustedToo() {
        server.reset(5000).clamp(1000).reportTotal(n -> 1);
        assertIds(ids(1, 5000), ids(all(size(2000))));
    }

    @Test
    void aTotalCountThatIsTooLowAndNotContradictedEndsTheRun() {
        // 250 records, totalCount 200: pages 0 and 1 hold records 1..200, all within the claimed total.
        server.reset(250).reportTotal(n -> 200);
        AsyncJamfProClient own = server.client(5); // counted on its own: no other test's straggler
        assertIds(ids(1, 200), ids(own.proApi().getComputersInventoryV1Pages(List.of(), size(100)).all().join()));
        assertEquals(2, server.requests(own), "totalCount is the end when nothing contradicts it");
    }

    @ParameterizedTest(name = "page {0} of 20 fails")
    @ValueSource(ints = {0, 1, 7, 19})
    void aFailedPageFailsAll(int failing) {
        server.reset(2000).failPages(p -> p == failing);
        CompletionException e = assertThrows(CompletionException.class, () -> all(size(100)));
        JamfProApiException api = assertInstanceOf(JamfProApiException.class, e.getCause());
        assertEquals(500, api.statusCode());
        assertEquals("PAGE_FAILED", api.errors().get(0).code());
    }

    @ParameterizedTest(name = "page {0} of 20 fails")
    @ValueSource(ints = {0, 1, 7, 19})
    void aFailedPageFailsForEachPageAfterExactlyThePagesBeforeIt(int failing) {
        server.reset(2000).failPages(p -> p == failing);
        List<Integer> delivered = new ArrayList<>();
        CompletionException e = assertThrows(CompletionException.class, () -> api()
                .getComputersInventoryV1Pages(List.of(), size(100)).forEachPage(page -> delivered.add(page.page())).join());
        assertInstanceOf(JamfProApiException.class, e.getCause());
        assertEquals(Stream.iterate(0, i -> i + 1).limit(failing).toList(), delivered, "no page after the hole");
    }

    @Test
    void aFailedPageIsThrownByTheStreamWhereItWouldHaveBeen() {
        server.reset(2000).failPages(p -> p == 4);
        List<Integer> delivered = new ArrayList<>();
        try (Stream<Page<ComputerInventory>> pages = api().getComputersInventoryV1Pages(List.of(), size(100)).stream()) {
            JamfProApiException e = assertThrows(JamfProApiException.class, () -> pages.forEach(p -> delivered.add(p.page())));
            assertEquals(500, e.statusCode());
        }
        assertEquals(List.of(0, 1, 2, 3), delivered);
    }

    @Test
    void aConsumerThatThrowsEndsTheRunWithItsException() {
        server.reset(2000);
        List<Integer> delivered = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("consumer failed");
        CompletionException e = assertThrows(CompletionException.class, () -> api()
                .getComputersInventoryV1Pages(List.of(), size(100)).forEachPage(page -> {
                    delivered.add(page.page());
                    if (page.page() == 2) {
                        throw boom;
                    }
                }).join());
        assertEquals(boom, e.getCause());
        assertEquals(List.of(0, 1, 2), delivered);
    }

    @ParameterizedTest(name = "page size {0}")
    @ValueSource(ints = {0, -1, 2001, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void aPageSizeOutsideOneTo2000FailsBeforeAnyRequest(int pageSize) {
        try (PagedServer own = new PagedServer(); AsyncJamfProClient fresh = own.client(5)) {
            own.reset(100);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fresh.proApi()
                    .getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(pageSize).build()).all());
            assertTrue(e.getMessage().contains("pageSize"), e.getMessage());
            assertEquals(0, own.requests());
        }
    }

    @Test
    void pageSizesOneAnd2000AreAccepted() {
        assertEquals(1, PageQuery.builder().pageSize(1).build().pageSize());
        assertEquals(2000, PageQuery.builder().pageSize(2000).build().pageSize());
        assertEquals(100, PageQuery.defaults().pageSize());
    }

    @Test
    void aFilterOnAnOperationWithoutFilterIsAClearErrorBeforeAnyRequest() {
        try (PagedServer own = new PagedServer(); AsyncJamfProClient fresh = own.client(5)) {
            own.reset(100);
            PageQuery query = PageQuery.builder().filter(FilterField.of("id").eq(1)).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> fresh.proApi().getComputersInventoryFilevaultV1Pages(query));
            assertTrue(e.getMessage().contains("GET /api/v1/computers-inventory/filevault has no filter parameter"),
                    e.getMessage());
            assertEquals(0, own.requests());
        }
    }

    @Test
    void aSortOnAnOperationWithoutSortIsAClearErrorBeforeAnyRequest() {
        try (PagedServer own = new PagedServer(); AsyncJamfProClient fresh = own.client(5)) {
            own.reset(100);
            PageQuery query = PageQuery.builder().sort(SortField.of("id").asc()).build();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> fresh.proApi().getComputersInventoryFilevaultV1Pages(query));
            assertTrue(e.getMessage().contains("has no sort parameter"), e.getMessage());
            assertEquals(0, own.requests());
        }
    }

    @Test
    void aFilterOnAnOperationWithSortButNoFilterIsAClearError() {
        dev.jamfpro.sdk.pro.api.DeviceEnrollmentsApi enrollments = client.proApi();
        PageQuery sorted = PageQuery.builder().sort(SortField.of("id").desc()).build();
        enrollments.getDeviceEnrollmentsV1Pages(sorted); // sort is fine there
        PageQuery filtered = PageQuery.builder().filter(FilterField.of("id").eq(1)).build();
        assertThrows(IllegalArgumentException.class, () -> enrollments.getDeviceEnrollmentsV1Pages(filtered));
    }

    @Test
    void nothingIsRequestedUntilATerminalMethodRuns() {
        // A server of its own: a request an earlier test cancelled may still reach the shared one.
        try (PagedServer own = new PagedServer(); AsyncJamfProClient fresh = own.client(5)) {
            own.reset(100);
            Pages<ComputerInventory> pages = fresh.proApi().getComputersInventoryV1Pages(List.of(), PageQuery.defaults());
            assertEquals(0, own.requests());
            assertEquals(100, pages.all().join().size());
            assertEquals(100, pages.all().join().size(), "each terminal call is a fresh run");
            assertEquals(2, own.requests());
        }
    }

    @Test
    void noRecordsIsOneEmptyPage() {
        server.reset(0);
        List<Page<ComputerInventory>> pages = new ArrayList<>();
        api().getComputersInventoryV1Pages(List.of(), PageQuery.defaults()).forEachPage(pages::add).join();
        assertEquals(1, pages.size());
        assertEquals(0, pages.get(0).totalCount());
        assertTrue(pages.get(0).results().isEmpty());
        assertFalse(server.pageRequested(1));
    }
}
