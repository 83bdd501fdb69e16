package dev.jamfpro.sdk.pro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code all()} returns every record exactly once, in server order, with the fewest requests. */
@SuppressWarnings("deprecation") // getComputersInventoryV1 is deprecated by Jamf but still served
class PagesAllTest {
    private static PagedServer server;
    private static AsyncJamfProClient client;

    @BeforeAll
    static void start() {
        server = new PagedServer();
        client = server.client(16);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> sizes() {
        return Stream.of(0L, 1L, 99L, 100L, 101L, 250L, 20_000L)
                .flatMap(n -> Stream.of(1, 100, 2000).map(size -> Arguments.of(n, size)));
    }

    @ParameterizedTest(name = "{0} records, page size {1}")
    @MethodSource("sizes")
    void everyRecordOnceInOrder(long records, int pageSize) {
        server.reset(records);
        if (records * 1L / pageSize > 1000) {
            server.noLog();
        }
        long started = System.nanoTime();
        List<ComputerInventory> all = client.proApi()
                .getComputersInventoryV1Pages(List.of("GENERAL"), PageQuery.builder().pageSize(pageSize).build())
                .all().join();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertIds(ids(1, records), ids(all));
        long pages = records == 0 ? 1 : (records + pageSize - 1) / pageSize;
        assertEquals(pages, server.requests(), "one request per page, no extra one past totalCount");
        assertTrue(server.peakInFlight() <= 16, "peak in flight " + server.peakInFlight());
        if (pages > 1000) {
            System.out.printf("[paging figures] all(): %d records, page size %d: %d requests, peak in flight %d"
                    + " (limit 16), %d ms%n", records, pageSize, server.requests(), server.peakInFlight(), millis);
        }
        server.seen().forEach(seen -> assertEquals(pageSize, seen.pageSize(), "page-size sent"));
    }

    /** Equal lists of ids, or a failure that says where they part without printing thousands of ids. */
    static void assertIds(List<Long> expected, List<Long> actual) {
        if (expected.equals(actual)) {
            return;
        }
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        org.junit.jupiter.api.Assertions.fail("expected " + summary(expected) + ", got " + summary(actual)
                + "; first difference at index " + i + ": expected "
                + (i < expected.size() ? expected.get(i) : "the end") + ", got " + (i < actual.size() ? actual.get(i) : "the end"));
    }

    private static String summary(List<Long> ids) {
        return ids.isEmpty() ? "no ids" : ids.size() + " ids " + ids.get(0) + ".." + ids.get(ids.size() - 1);
    }

    static List<Long> ids(long first, long count) {
        return LongStream.range(first, first + count).boxed().toList();
    }

    static List<Long> ids(List<ComputerInventory> records) {
        return records.stream().map(r -> Long.parseLong(r.getId())).toList();
    }
}
