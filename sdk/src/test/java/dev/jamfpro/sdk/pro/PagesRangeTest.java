package dev.jamfpro.sdk.pro;

import static dev.jamfpro.sdk.pro.PagesAllTest.assertIds;
import static dev.jamfpro.sdk.pro.PagesAllTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clamping servers, {@code startPage}/{@code endPage} windows, servers that ignore page-size:
 * whatever the server does with the page size, the records returned are exactly those at offsets
 * {@code [startPage * pageSize, (endPage + 1) * pageSize)} of the requested size, once each, in order.
 */
@SuppressWarnings("deprecation")
class PagesRangeTest {
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

    /** records, server clamp, requested size, startPage, endPage. */
    static Stream<Arguments> ranges() {
        List<Arguments> cases = new ArrayList<>();
        for (long n : new long[] {0, 1, 999, 1000, 1001, 1999, 2000, 2001, 2500, 4500, 7001}) {
            for (int clamp : new int[] {2000, 1000, 333}) {
                for (int size : new int[] {2000, 1500, 100}) {
                    for (int start : new int[] {0, 1, 2, 3}) {
                        for (Integer end : Arrays.asList(null, start, start + 1, start + 3)) {
                            cases.add(Arguments.of(n, clamp, size, start, end));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} records, clamp {1}, page size {2}, pages {3}..{4}")
    @MethodSource("ranges")
    void exactlyTheRecordsOfTheRequestedPages(long records, int clamp, int size, int start, Integer end) {
        server.reset(records).clamp(clamp);
        PageQuery query = PageQuery.builder().pageSize(size).startPage(start).endPage(end).build();

        List<ComputerInventory> all = pages().getComputersInventoryV1Pages(List.of("GENERAL"), query).all().join();

        assertIds(expected(records, size, start, end), ids(all));
        server.seen().forEach(s -> assertTrue(s.served() <= clamp));
    }

    @Test
    void endPageZeroIsPageZeroOnly() {
        server.reset(20_000);
        AsyncJamfProClient own = server.client(5); // counted on its own: no other test's straggler
        List<ComputerInventory> all = own.proApi()
                .getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(100).endPage(0).build()).all().join();
        assertIds(ids(1, 100), ids(all));
        assertEquals(1, server.requests(own));
    }

    @Test
    void endPageZeroWithAClampedSizeStillCoversTheWholeRequestedPage() {
        server.reset(20_000).clamp(1000);
        AsyncJamfProClient own = server.client(5); // counted on its own: no other test's straggler
        List<ComputerInventory> all = own.proApi()
                .getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(2000).endPage(0).build()).all().join();
        assertIds(ids(1, 2000), ids(all));
        assertEquals(2, server.requests(own));
    }

    static Stream<Arguments> fixedSizes() {
        return Stream.of(Arguments.of(250L, 100, 50, 0), Arguments.of(250L, 100, 50, 1), Arguments.of(1000L, 100, 30, 2),
                Arguments.of(1000L, 100, 300, 0), Arguments.of(1000L, 100, 300, 3), Arguments.of(99L, 100, 10, 0),
                Arguments.of(100L, 100, 10, 0), Arguments.of(57L, 7, 3, 2));
    }

    /** A server that ignores page-size and serves its own size, larger or smaller than asked. */
    @ParameterizedTest(name = "{0} records served {1} per page whatever is asked; asked {2}, from page {3}")
    @MethodSource("fixedSizes")
    void serverIgnoringPageSizeLosesNothing(long records, int served, int asked, int start) {
        server.reset(records).fixedPageSize(served);
        PageQuery query = PageQuery.builder().pageSize(asked).startPage(start).build();
        List<ComputerInventory> all = pages().getComputersInventoryV1Pages(List.of(), query).all().join();
        assertIds(expected(records, asked, start, null), ids(all));
    }

    private static dev.jamfpro.sdk.pro.api.ComputerInventoryApi pages() {
        return client.proApi();
    }

    /** Ids of the records at offsets [start * size, (end + 1) * size) of a server holding {@code records}. */
    static List<Long> expected(long records, int size, int start, Integer end) {
        long from = Math.min(records, (long) start * size);
        long to = end == null ? records : Math.min(records, (end + 1L) * size);
        return ids(from + 1, Math.max(0, to - from));
    }
}
