package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.*;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.PageQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} ends what is in flight: every future completes at once with {@link ClientClosedException}
 * (before: 100 requests to a silent server stayed pending until their own timeout), and after it Pro,
 * Classic and raw calls all fail the same way, as futures (before: Classic and raw calls threw).
 */
class ClientCloseTest {

    private static RawHttpServer silentServer() throws Exception {
        return new RawHttpServer((method, path, n) -> path.endsWith("/oauth/token") ? null : RawHttpServer.Answer.never());
    }

    private static AsyncJamfProClient client(int port) {
        return Stubs.client(port, SessionConfig.builder().maxConcurrency(5).timeout(Duration.ofSeconds(120)),
                new ApiClientCredentialsProvider("id", "secret")).build();
    }

    @Test
    @SuppressWarnings("deprecation")
    void closeFailsEveryCallInFlightOrQueuedAtOnce() throws Exception {
        try (RawHttpServer server = silentServer()) {
            AsyncJamfProClient client = client(server.port());
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(client.proApi().getDepartmentsByIdV1(Integer.toString(i)));
                calls.add(client.classicApi().getComputerById(i));
                calls.add(client.proApiRequest("GET", "v1/departments/" + i, null, null));
            }
            calls.add(client.proApi().getComputersInventoryV1Pages(List.of(), PageQuery.defaults()).all());
            calls.add(client.concurrentApiRequests(client.classicApi()::getCategoryById, List.of(1, 2, 3)).all());
            while (client.inFlightRequests() < 5) {
                Thread.onSpinWait(); // five at the silent server, the rest queued for a permit
            }
            long closing = System.nanoTime();
            client.close();
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).handle((v, e) -> null)
                    .get(2, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - closing) / 1_000_000;
            for (CompletableFuture<?> call : calls) {
                Throwable cause = assertThrows(CompletionException.class, call::join).getCause();
                assertInstanceOf(ClientClosedException.class, cause, String.valueOf(cause));
                assertTrue(cause.getMessage().endsWith(": the client is closed"), cause.getMessage());
            }
            System.out.printf("ClientCloseTest: %d futures (5 in flight at a silent server, the rest queued) completed"
                    + " %d ms after close()%n", calls.size(), millis);
            assertTrue(millis < 2000, "all " + calls.size() + " futures completed " + millis + " ms after close()");
            // OkHttp reports the cancelled calls' end on its own threads
            Await.until("every permit came back", () -> client.inFlightRequests() == 0);
        }
    }

    @Test
    void afterCloseProClassicAndRawCallsAllFailAsFutures() throws Exception {
        try (RawHttpServer server = silentServer()) {
            AsyncJamfProClient client = client(server.port());
            client.close();
            client.close(); // idempotent
            List<CompletableFuture<?>> calls = List.of(
                    client.proApi().getDepartmentsByIdV1("1"),
                    client.classicApi().getComputerById(1),
                    client.classicApi().deleteCategoryById(1),
                    client.proApiRequest("GET", "v1/departments/1", null, null),
                    client.classicApiRequest("GET", "computers/id/1", null),
                    client.getAccessToken(),
                    client.concurrentApiRequests(client.classicApi()::getCategoryById, List.of(1, 2)).all());
            for (CompletableFuture<?> call : calls) {
                ExecutionExceptionCheck.assertCause(ClientClosedException.class, call);
            }
            assertTrue(client.isClosed());
            assertEquals(0, server.count("GET", "/api/v1/departments/1"));
        }
    }

    @Test
    void closeFailsCallersWaitingForAToken() throws Exception {
        try (RawHttpServer server = new RawHttpServer((method, path, n) -> RawHttpServer.Answer.never())) {
            AsyncJamfProClient client = client(server.port());
            List<CompletableFuture<JamfResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(client.proApiRequest("GET", "v1/departments/" + i, null, null));
            }
            while (server.count("POST", "/api/v1/oauth/token") == 0) {
                Thread.onSpinWait();
            }
            client.close();
            for (CompletableFuture<JamfResponse> call : calls) {
                ExecutionExceptionCheck.assertCause(ClientClosedException.class, call);
            }
        }
    }

    /** Waits at most 2 s for a future and checks the type of its failure. */
    static final class ExecutionExceptionCheck {
        static void assertCause(Class<? extends Throwable> type, CompletableFuture<?> future) {
            try {
                future.get(2, TimeUnit.SECONDS);
                fail("expected " + type.getSimpleName());
            } catch (java.util.concurrent.ExecutionException e) {
                assertInstanceOf(type, e.getCause());
            } catch (Exception e) {
                fail("did not complete within 2 s of close(): " + e);
            }
        }
    }
}
