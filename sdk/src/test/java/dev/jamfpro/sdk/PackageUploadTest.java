package dev.jamfpro.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jamfpro.sdk.auth.ApiClientCredentialsProvider;
import dev.jamfpro.sdk.pro.PackageUpload;
import dev.jamfpro.sdk.pro.UploadedPackage;
import dev.jamfpro.sdk.pro.model.ModelPackage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PackageUpload} over real HTTP against Jamf Pro's package routes ({@link PackageServer}): the
 * file streamed (a file larger than the heap of the JVM uploading it), progress reported, the checksum
 * Jamf Pro reports compared with the file's, and no half-created record left behind on failure unless
 * the caller asks to keep it.
 */
class PackageUploadTest {
    /** The forked client's heap, and a file twice its size. */
    private static final int HEAP_MB = 32;
    private static final int FILE_MB = 64;

    @TempDir
    Path dir;
    private PackageServer server;
    private AsyncJamfProClient client;

    @BeforeEach
    void start() throws IOException {
        server = new PackageServer();
        client = Stubs.client(server.port(), SessionConfig.builder(), new ApiClientCredentialsProvider("id", "secret"))
                .build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.close();
    }

    private Path file(String name, int bytes) throws IOException {
        Path file = dir.resolve(name);
        byte[] chunk = new byte[64 * 1024];
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < bytes; written += chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, Math.min(chunk.length, bytes - written));
            }
        }
        return file;
    }

    private static String sha512(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-512");
        digest.update(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void aFileLargerThanTheHeapOfTheJvmUploadingItIsStreamedVerifiedAndReported() throws Exception {
        Path big = file("Big-App.pkg", FILE_MB * 1024 * 1024);
        SmallHeapJvm.Result probe = probe("stream", big);
        assertEquals(0, probe.exit(), probe.output());
        assertTrue(probe.line().contains("size=" + Files.size(big)), probe.output());
        assertTrue(probe.line().contains("verified=SHA-512"), "Jamf's SHA_512 compared: " + probe.output());
        assertTrue(probe.line().contains("lastProgress=" + Files.size(big)), probe.output());
        assertTrue(probe.line().contains("progressOutOfOrder=0"), probe.output());
        assertTrue(probe.line().contains("progressCalls=" + FILE_MB), "one report per MiB: " + probe.output());
        assertTrue(probe.line().contains("xmxMb=") && probe.figures().get("xmxMb") <= HEAP_MB, probe.output());
        assertEquals(List.of(Files.size(big)), server.received, "every byte reached the server, once");
        assertTrue(server.partHeaders.get(0).contains("name=\"file\"; filename=\"Big-App.pkg\""), server.partHeaders.get(0));
        assertEquals(sha512(big), server.records.get("1").get("hashValue").getAsString());
    }

    @Test
    void theSameFileReadIntoMemoryDoesNotFitInThatHeap() throws Exception {
        Path big = file("Big-App.pkg", FILE_MB * 1024 * 1024);
        SmallHeapJvm.Result probe = probe("buffered", big);
        assertEquals(3, probe.exit(), "the control was expected to run out of heap (exit 3): " + probe.output());
        assertTrue(probe.output().contains("OutOfMemoryError"), probe.output());
    }

    @Test
    void progressIsReportedAsTheFileIsSentAndTheRecordCarriesTheCallersFields() throws Exception {
        Path pkg = file("Tool.pkg", 2 * 1024 * 1024 + 123);
        List<long[]> progress = new CopyOnWriteArrayList<>();
        UploadedPackage uploaded = PackageUpload.builder(pkg)
                .record(new ModelPackage().packageName("Tool 1.0").categoryId("3").notes("from CI"))
                .progress((sent, total) -> progress.add(new long[] {sent, total}))
                .build().upload(client).join();

        assertEquals(List.of(1048576L, 2097152L, 2097275L), progress.stream().map(p -> p[0]).toList());
        assertTrue(progress.stream().allMatch(p -> p[1] == 2097275L));
        assertEquals(List.of("SHA-512"), uploaded.verified());
        assertEquals(sha512(pkg), uploaded.checksums().get("SHA-512"));
        ModelPackage created = uploaded.record();
        assertEquals("Tool 1.0", created.getPackageName());
        assertEquals("Tool.pkg", created.getFileName());
        assertEquals("3", created.getCategoryId());
        assertEquals("from CI", created.getNotes());
        assertEquals(10, created.getPriority(), "Jamf's default priority filled in");
        assertFalse(created.getRebootRequired());
        assertEquals(1, server.count("POST", "/api/v1/packages"));
        assertEquals(1, server.count("POST", "/api/v1/packages/1/upload"));
    }

    @Test
    void everyChecksumTheRecordCarriesIsCompared() throws Exception {
        server.report = PackageServer.Report.FIELDS;
        UploadedPackage uploaded = PackageUpload.builder(file("a.pkg", 5000)).build().upload(client).join();
        assertEquals(List.of("MD5", "SHA-256", "SHA3-512"), uploaded.verified());

        server.report = PackageServer.Report.NONE;
        assertEquals(List.of(), PackageUpload.builder(file("b.pkg", 5000)).build().upload(client).join().verified(),
                "no checksum reported: nothing verified, and the result says so");
    }

    @Test
    void aChecksumMismatchFailsTheUploadAndDeletesTheRecord() throws Exception {
        server.report = PackageServer.Report.WRONG;
        CompletionException failure = assertThrows(CompletionException.class,
                () -> PackageUpload.builder(file("c.pkg", 5000)).build().upload(client).join());
        PackageUploadException error = assertInstanceOf(PackageUploadException.class, failure.getCause());
        assertTrue(error.getMessage().contains("checksum mismatch: package record 1 reports hashValue (SHA_512) 00"),
                error.getMessage());
        assertTrue(error.getMessage().contains("package record 1 was deleted"), error.getMessage());
        assertEquals("1", error.packageId().orElseThrow());
        assertFalse(error.recordLeft());
        assertNull(error.getCause());
        assertEquals(List.of("1"), server.deleted);
        assertTrue(server.records.isEmpty(), "no half-created package left behind");
    }

    @Test
    void aFailedUploadDeletesTheRecordOrKeepsItWhenAsked() throws Exception {
        server.uploadStatus = 500;
        CompletionException failure = assertThrows(CompletionException.class,
                () -> PackageUpload.builder(file("d.pkg", 5000)).build().upload(client).join());
        PackageUploadException error = assertInstanceOf(PackageUploadException.class, failure.getCause());
        assertEquals(500, assertInstanceOf(JamfProApiException.class, error.getCause()).statusCode());
        assertTrue(error.getMessage().contains("UPLOAD_FAILED"), error.getMessage());
        assertFalse(error.recordLeft());
        assertTrue(server.records.isEmpty());

        failure = assertThrows(CompletionException.class, () -> PackageUpload.builder(file("e.pkg", 5000))
                .keepRecordOnFailure(true).build().upload(client).join());
        error = assertInstanceOf(PackageUploadException.class, failure.getCause());
        assertTrue(error.recordLeft());
        assertTrue(error.getMessage().contains("package record 2 was kept, as asked"), error.getMessage());
        assertEquals(List.of("2"), new ArrayList<>(server.records.keySet()));
        assertEquals(List.of("1"), server.deleted);
    }

    @Test
    void aRecordThatCannotBeDeletedIsNamedInTheError() throws Exception {
        server.uploadStatus = 500;
        server.deleteStatus = 403;
        CompletionException failure = assertThrows(CompletionException.class,
                () -> PackageUpload.builder(file("f.pkg", 5000)).build().upload(client).join());
        PackageUploadException error = assertInstanceOf(PackageUploadException.class, failure.getCause());
        assertTrue(error.recordLeft());
        assertTrue(error.getMessage().contains("package record 1 could NOT be deleted"), error.getMessage());
        assertEquals(1, error.getSuppressed().length);
    }

    @Test
    void badFilesAreRefusedBeforeAnythingIsSent() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pkg"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PackageUpload.builder(empty).build().upload(client));
        assertTrue(error.getMessage().contains("package file is empty"), error.getMessage());
        error = assertThrows(IllegalArgumentException.class,
                () -> PackageUpload.builder(dir.resolve("missing.pkg")).build().upload(client));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> PackageUpload.builder(dir).build().upload(client));
        assertTrue(error.getMessage().contains("not a regular file"), error.getMessage());
        assertEquals(0, server.count("POST", "/api/v1/packages"));
    }

    @Test
    void theUploadTimeoutGrowsWithTheFile() {
        Duration base = Duration.ofSeconds(120);
        assertEquals(Duration.ofSeconds(121), PackageUpload.timeoutFor(1, base));
        assertEquals(Duration.ofSeconds(120 + 64), PackageUpload.timeoutFor(64L * 1024 * 1024, base));
        assertEquals(Duration.ofSeconds(120 + 5 * 1024), PackageUpload.timeoutFor(5L * 1024 * 1024 * 1024, base),
                "a 5 GiB package gets 87 minutes");
    }

    private SmallHeapJvm.Result probe(String mode, Path file) throws IOException, InterruptedException {
        return SmallHeapJvm.run(HEAP_MB, PackageUploadProbeMain.class, "UPLOAD-FIGURES ", mode,
                Integer.toString(server.port()), file.toString());
    }
}
