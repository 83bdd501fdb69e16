package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.VersionLockedUpdate;
import dev.jamfpro.sdk.pro.model.PrestageScopeResponseV2;
import dev.jamfpro.sdk.pro.model.PrestageScopeUpdate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link VersionLockedUpdate} over real HTTP against a prestage scope that checks its {@code versionLock}
 * the way Jamf Pro does: a write carrying an outdated lock gets 409 {@code OPTIMISTIC_LOCK_FAILED}. Another
 * admin changes the scope between our read and our write; the update must read again and apply our change
 * to the new version, so the other admin's change survives and our first write is never sent again.
 */
class VersionLockedUpdateTest {
    private static final String SCOPE = "/api/v2/computer-prestages/7/scope";

    /** The prestage scope as the server holds it, and what it saw. */
    private final List<String> serials = new CopyOnWriteArrayList<>();
    private final AtomicInteger versionLock = new AtomicInteger();
    private final List<JsonObject> writes = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile Consumer<Integer> beforeWrite = n -> { };
    private volatile String conflictCode = VersionLockedUpdate.OPTIMISTIC_LOCK_FAILED;
    private volatile boolean silentReads;
    private RawHttpServer server;
    private AsyncJamfProClient client;

    @BeforeEach
    void start() throws IOException {
        serials.add("C02AAA");
        server = new RawHttpServer((RawHttpServer.Handler) request -> {
            if (!request.path().equals(SCOPE)) {
                return null;
            }
            if (request.method().equals("GET")) {
                reads.incrementAndGet();
                return silentReads ? RawHttpServer.Answer.never() : RawHttpServer.Answer.json(200, scopeJson());
            }
            JsonObject body = JsonParser.parseString(request.bodyText()).getAsJsonObject();
            writes.add(body);
            beforeWrite.accept(writes.size());
            synchronized (this) {
                if (body.get("versionLock") == null || body.get("versionLock").getAsInt() != versionLock.get()) {
                    return RawHttpServer.Answer.json(409, "{\"httpStatus\":409,\"errors\":[{\"code\":\"" + conflictCode
                            + "\",\"field\":null,\"description\":\"Optimistic lock failed\",\"id\":\"0\"}]}");
                }
                List<String> next = new ArrayList<>();
                body.getAsJsonArray("serialNumbers").forEach(s -> next.add(s.getAsString()));
                serials.clear();
                serials.addAll(next);
                versionLock.incrementAndGet();
                return RawHttpServer.Answer.json(200, scopeJson());
            }
        });
        client = Stubs.client(server.port(), SessionConfig.builder(), new ApiClientCredentialsProvider("id", "secret"))
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.close();
    }

    private synchronized String scopeJson() {
        JsonObject scope = new JsonObject();
        scope.addProperty("prestageId", "7");
        JsonArray assignments = new JsonArray();
        for (String serial : serials) {
            JsonObject assignment = new JsonObject();
            assignment.addProperty("serialNumber", serial);
            assignment.addProperty("assignmentDate", "2024-05-06T07:08:09Z");
            assignment.addProperty("userAssigned", "admin");
            assignments.add(assignment);
        }
        scope.add("assignments", assignments);
        scope.addProperty("versionLock", versionLock.get());
        return scope.toString();
    }

    /** Another admin adds {@code serial} (and so moves the lock on) just before our write lands. */
    private synchronized void otherAdminAdds(String serial) {
        serials.add(serial);
        versionLock.incrementAndGet();
    }

    /** Our change: the scope read, plus {@code serial}, with the lock read. */
    private static PrestageScopeUpdate adding(PrestageScopeResponseV2 current, String serial) {
        PrestageScopeUpdate body = new PrestageScopeUpdate().versionLock(current.getVersionLock());
        current.getAssignments().forEach(a -> body.addSerialNumbersItem(a.getSerialNumber()));
        body.addSerialNumbersItem(serial);
        return body;
    }

    private VersionLockedUpdate<PrestageScopeResponseV2, PrestageScopeUpdate, PrestageScopeResponseV2> addingOurs() {
        return VersionLockedUpdate.of(() -> client.proApi().getComputerPrestagesByIdScopeV2("7"),
                current -> adding(current, "C02OURS"),
                body -> client.proApi().putComputerPrestagesByIdScopeV2("7", body));
    }

    @Test
    void aLockConflictIsResolvedByReadingAgainNotByReplayingTheWrite() {
        beforeWrite = n -> {
            if (n == 1) {
                otherAdminAdds("C02OTHER");
            }
        };
        PrestageScopeResponseV2 saved = addingOurs().run().join();

        assertEquals(List.of("C02AAA", "C02OTHER", "C02OURS"), serials, "both admins' changes survive");
        assertEquals(2, saved.getVersionLock());
        assertEquals(3, saved.getAssignments().size());
        assertEquals(2, reads.get(), "read, conflict, read again");
        assertEquals(2, writes.size());
        JsonObject first = writes.get(0);
        JsonObject second = writes.get(1);
        assertEquals(0, first.get("versionLock").getAsInt());
        assertEquals("[\"C02AAA\",\"C02OURS\"]", first.get("serialNumbers").toString());
        assertEquals(1, second.get("versionLock").getAsInt(), "the second write carries the lock read again");
        assertEquals("[\"C02AAA\",\"C02OTHER\",\"C02OURS\"]", second.get("serialNumbers").toString(),
                "the change applied to the new version, the other admin's serial kept");
        assertNotEquals(first, second, "the first write was not replayed");
    }

    @Test
    void afterMaxAttemptsConflictsTheUpdateFailsSayingSoAndWritesNothing() {
        beforeWrite = n -> otherAdminAdds("C02OTHER" + n); // someone else always gets there first
        CompletionException failure = assertThrows(CompletionException.class,
                () -> addingOurs().maxAttempts(3).run().join());

        JamfProSdkException error = assertInstanceOf(JamfProSdkException.class, failure.getCause());
        assertTrue(error.getMessage().contains("409 OPTIMISTIC_LOCK_FAILED on each of 3 attempts"), error.getMessage());
        JamfProApiException conflict = assertInstanceOf(JamfProApiException.class, error.getCause());
        assertEquals(409, conflict.statusCode());
        assertEquals(3, reads.get());
        assertEquals(3, writes.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, writes.get(i).get("versionLock").getAsInt(), "each write carries the lock just read");
        }
        assertEquals(List.of("C02AAA", "C02OTHER1", "C02OTHER2", "C02OTHER3"), serials, "ours never written");
    }

    @Test
    void anotherConflictIsNotRetried() {
        beforeWrite = n -> otherAdminAdds("C02OTHER");
        conflictCode = "DUPLICATE_FIELD";
        CompletionException failure = assertThrows(CompletionException.class, () -> addingOurs().run().join());
        JamfProApiException error = assertInstanceOf(JamfProApiException.class, failure.getCause());
        assertTrue(error.hasErrorCode("DUPLICATE_FIELD"));
        assertEquals(1, reads.get());
        assertEquals(1, writes.size());
    }

    /** Cancelling the update cancels its request in flight (a read the server never answers), not only what follows. */
    @Test
    void cancellingTheUpdateCancelsTheRequestInFlight() {
        silentReads = true;
        CompletableFuture<PrestageScopeResponseV2> update = addingOurs().run();
        Await.until("the read is in flight", () -> client.inFlightRequests() == 1);
        assertTrue(update.cancel(false));
        Await.until("the read is cancelled, not left to its timeout", () -> client.inFlightRequests() == 0);
        assertEquals(0, writes.size());
    }

    @Test
    void aBodyWithoutTheVersionLockReadIsRefusedBeforeAnythingIsWritten() {
        VersionLockedUpdate<PrestageScopeResponseV2, PrestageScopeUpdate, PrestageScopeResponseV2> blind =
                VersionLockedUpdate.of(() -> client.proApi().getComputerPrestagesByIdScopeV2("7"),
                        current -> new PrestageScopeUpdate().addSerialNumbersItem("C02OURS"),
                        body -> client.proApi().putComputerPrestagesByIdScopeV2("7", body));
        CompletionException failure = assertThrows(CompletionException.class, () -> blind.run().join());
        IllegalArgumentException error = assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertTrue(error.getMessage().contains("has no versionLock although the record read has one (0)"),
                error.getMessage());
        assertEquals(0, writes.size());
        assertThrows(IllegalArgumentException.class, () -> blind.maxAttempts(0));
    }
}
