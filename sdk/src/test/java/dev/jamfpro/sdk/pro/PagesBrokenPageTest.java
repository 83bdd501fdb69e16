package dev.jamfpro.sdk.pro;

import static dev.jamfpro.sdk.pro.PagesAllTest.assertIds;
import static dev.jamfpro.sdk.pro.PagesAllTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.pro.model.ComputerInventory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page whose envelope is broken ({@code results} missing or null, or {@code {}}) fails the run in its
 * place: before the fix such a page read as an empty one and {@code all()} returned 40 of 100 records.
 */
@SuppressWarnings("deprecation")
class PagesBrokenPageTest {
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

    @ParameterizedTest(name = "page {0} answers {1}")
    @CsvSource(delimiter = '|', value = {
            "4|{}",
            "4|{\"totalCount\":100}",
            "4|{\"totalCount\":100,\"results\":null}",
            "0|{}",
            "0|{\"totalCount\":100,\"results\":null}",
            "9|{\"totalCount\":100}"})
    void aPageWithoutResultsFailsTheRunInItsPlace(int broken, String body) {
        server.reset(100).brokenPage(broken, body);
        PageQuery query = PageQuery.builder().pageSize(10).build();

        CompletionException all = assertThrows(CompletionException.class,
                () -> client.proApi().getComputersInventoryV1Pages(List.of(), query).all().join());
        JamfProSdkException error = assertInstanceOf(JamfProSdkException.class, all.getCause());
        assertTrue(error.getMessage().contains("page " + broken + " answered without a \"results\" array"),
                error.getMessage());
        assertTrue(error.getMessage().contains("GET /api/v1/computers-inventory"), error.getMessage());

        List<ComputerInventory> delivered = new ArrayList<>();
        assertThrows(CompletionException.class, () -> client.proApi().getComputersInventoryV1Pages(List.of(), query)
                .forEachPage(page -> delivered.addAll(page.results())).join());
        assertIds(ids(1, 10L * broken), ids(delivered)); // the pages before the broken one, nothing after
    }

    @ParameterizedTest(name = "totalCount {0}, records {1}")
    @CsvSource({"100,40", "100,0", "101,100"})
    void aRunShorterThanTotalCountFails(long reported, long records) {
        server.reset(records).reportTotal(n -> reported);
        CompletionException e = assertThrows(CompletionException.class, () -> client.proApi()
                .getComputersInventoryV1Pages(List.of(), PageQuery.builder().pageSize(10).build()).all().join());
        assertTrue(e.getCause().getMessage().contains("after " + records + " records but totalCount promised "
                + reported), e.getCause().getMessage());
    }

    @ParameterizedTest(name = "records {0}")
    @CsvSource({"100", "0", "95"})
    void aRunThatDeliversWhatTotalCountPromisedSucceeds(long records) {
        server.reset(records);
        assertEquals(records, client.proApi().getComputersInventoryV1Pages(List.of(),
                PageQuery.builder().pageSize(10).build()).all().join().size());
    }
}
