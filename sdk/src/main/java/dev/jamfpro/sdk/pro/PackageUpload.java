package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.AsyncJamfProClient;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.PackageUploadException;
import dev.jamfpro.sdk.RequestOptions;
import dev.jamfpro.sdk.internal.Blocking;
import dev.jamfpro.sdk.internal.json.JamfGson;
import dev.jamfpro.sdk.pro.api.PackagesApi;
import dev.jamfpro.sdk.pro.model.HrefResponse;
import dev.jamfpro.sdk.pro.model.ModelPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.MultipartBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads a package on Jamf Pro's current route (the {@code /v1/jcds/*} operations are deprecated):
 * {@code POST /v1/packages} creates the record, {@code POST /v1/packages/{id}/upload} sends the file
 * (multipart, part {@code file}), then the record is read back and the checksum Jamf Pro reports is
 * compared with the file's.
 *
 * <pre>{@code
 * UploadedPackage uploaded = PackageUpload.builder(Path.of("Firefox-130.pkg"))
 *         .record(new ModelPackage().packageName("Firefox 130").categoryId("3"))   // optional
 *         .progress((sent, total) -> System.out.printf("%d of %d bytes%n", sent, total))
 *         .build()
 *         .upload(client)
 *         .join();
 * }</pre>
 *
 * <ul>
 *   <li><b>Streamed.</b> The file goes from disk to the connection 64 KiB at a time, its MD5, SHA-256,
 *       SHA-512 and SHA3-512 computed on the way: a multi-GB package never sits in memory.</li>
 *   <li><b>Progress</b> is reported on an I/O thread after each MiB sent and at the end; a callback that
 *       throws is logged and not called again (the upload goes on).</li>
 *   <li><b>Timeout.</b> The upload request gets the client's timeout plus one second per MiB
 *       ({@link #timeoutFor}), or what {@link Builder#timeout} says; the other requests keep the client's.
 *       The upload shares the client's token, connections and concurrency limit.</li>
 *   <li><b>Checksum.</b> Whichever of {@code md5}, {@code sha256}, {@code sha3512} and
 *       {@code hashType}/{@code hashValue} (MD5, SHA_256, SHA_512, SHA3_512) the record read back carries
 *       must match the file's; {@link UploadedPackage#verified()} lists those compared. A record carrying
 *       none passes, with a WARN.</li>
 *   <li><b>Failure.</b> If anything after the record's creation fails (upload, timeout, read-back, a
 *       checksum mismatch, cancelling the returned future), the record is deleted, so no half-created
 *       package is left, unless {@link Builder#keepRecordOnFailure(boolean)} asks to keep it. The future
 *       then fails with {@link PackageUploadException}, which names the record and what became of it. The
 *       upload itself is never sent twice once sent (a POST): a timed-out upload is not replayed.</li>
 * </ul>
 */
public final class PackageUpload {
    /** Called as the file is sent. */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param bytesSent bytes of the file sent so far (from 0 again if the request is sent again)
         * @param totalBytes the file's size
         */
        void onProgress(long bytesSent, long totalBytes);
    }

    /** The upload's timeout grows by one second for each this many bytes ({@link #timeoutFor}). */
    public static final long BYTES_PER_SECOND_OF_TIMEOUT = 1024 * 1024;
    /** Jamf Pro's default for a package's priority. */
    static final int DEFAULT_PRIORITY = 10;
    private static final Logger LOG = LoggerFactory.getLogger(PackageUpload.class);

    private final Path file;
    private final ModelPackage record;
    private final Progress progress;
    private final Duration timeout;
    private final boolean keepRecordOnFailure;

    private PackageUpload(Builder b) {
        this.file = b.file;
        this.record = b.record;
        this.progress = b.progress;
        this.timeout = b.timeout;
        this.keepRecordOnFailure = b.keepRecordOnFailure;
    }

    /**
     * A builder for uploading {@code file}.
     *
     * @param file the package file (checked when {@link #upload} runs)
     * @return the builder
     */
    public static Builder builder(Path file) {
        return new Builder(Objects.requireNonNull(file, "file == null"));
    }

    /** {@return the file to upload} */
    public Path file() {
        return file;
    }

    /** {@return whether the package record is kept when the upload fails (default false: it is deleted)} */
    public boolean keepRecordOnFailure() {
        return keepRecordOnFailure;
    }

    /**
     * The timeout of the upload request for a file of {@code size} bytes: {@code clientTimeout} plus one
     * second per MiB, rounded up (a 1 GiB package: 120 s + 1024 s). Sized for links of 1 MiB/s or better;
     * give {@link Builder#timeout} for slower ones.
     *
     * @param size the file's size in bytes
     * @param clientTimeout the client's {@link dev.jamfpro.sdk.SessionConfig#timeout()}
     * @return the upload request's timeout
     */
    public static Duration timeoutFor(long size, Duration clientTimeout) {
        long seconds = (size + BYTES_PER_SECOND_OF_TIMEOUT - 1) / BYTES_PER_SECOND_OF_TIMEOUT;
        return clientTimeout.plusSeconds(seconds);
    }

    /**
     * Creates the package record, uploads the file, reads the record back and checks its checksum.
     *
     * @param client the client to upload through (its token, connections and concurrency limit)
     * @return the uploaded package; failed with {@link PackageUploadException} once a record exists, or
     *         with the SDK exception of the creation when it fails (nothing was created then)
     * @throws IllegalArgumentException when the file is missing, not a regular file, unreadable or empty
     */
    public CompletableFuture<UploadedPackage> upload(AsyncJamfProClient client) {
        Objects.requireNonNull(client, "client == null");
        long size = checkFile();
        ModelPackage body = recordFor(size);
        String fileName = body.getFileName();
        Duration uploadTimeout = timeout != null ? timeout : timeoutFor(size, client.sessionConfig().timeout());
        PackagesApi packages = client.proApi();
        PackagesApi uploads = client.withOptions(RequestOptions.builder().timeout(uploadTimeout).build()).proApi();
        FileUploadBody fileBody = new FileUploadBody(file, size, progress);

        CompletableFuture<UploadedPackage> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> stage = new AtomicReference<>();
        result.whenComplete((value, failure) -> {
            CompletableFuture<?> current = stage.get();
            if (result.isCancelled() && current != null) {
                current.cancel(false); // ends the request in flight; the chain below deletes the record
            }
        });
        CompletableFuture<HrefResponse> created = packages.postPackagesV1(body);
        stage.set(created);
        created.whenComplete((href, creationFailure) -> {
            if (creationFailure != null) {
                result.completeExceptionally(Blocking.unwrap(creationFailure)); // nothing was created
                return;
            }
            String id = href == null ? null : href.getId();
            if (id == null || id.isBlank()) {
                result.completeExceptionally(new JamfProSdkException("POST /api/v1/packages answered without the new "
                        + "record's id: the package record for " + fileName + " may exist; nothing was uploaded"));
                return;
            }
            MultipartBody.Part part = MultipartBody.Part.createFormData("file", fileName, fileBody);
            CompletableFuture<UploadedPackage> rest = next(stage, uploads.postPackagesByIdUploadV1(id, part))
                    .thenCompose(uploaded -> next(stage, packages.getPackagesByIdV1(id)))
                    .thenApply(readBack -> verified(id, readBack, size, fileBody.digests()));
            rest.whenComplete((uploaded, failure) -> {
                if (failure == null) {
                    result.complete(uploaded);
                } else {
                    fail(packages, id, Blocking.unwrap(failure), result);
                }
            });
        });
        return result;
    }

    private static <T> CompletableFuture<T> next(AtomicReference<CompletableFuture<?>> stage, CompletableFuture<T> call) {
        stage.set(call);
        return call;
    }

    /** Deletes the record (unless asked to keep it) and fails {@code result} saying what became of it. */
    private void fail(PackagesApi packages, String id, Throwable failure, CompletableFuture<UploadedPackage> result) {
        String what = failure instanceof ChecksumMismatch mismatch ? mismatch.getMessage()
                : "the upload of " + file.getFileName() + " failed: " + failure.getMessage();
        Throwable cause = failure instanceof ChecksumMismatch ? null : failure;
        if (keepRecordOnFailure) {
            result.completeExceptionally(new PackageUploadException(what + "; package record " + id
                    + " was kept, as asked", id, true, cause));
            return;
        }
        packages.deletePackagesByIdV1(id).whenComplete((ignored, deleteFailure) -> {
            PackageUploadException error;
            if (deleteFailure == null) {
                error = new PackageUploadException(what + "; package record " + id + " was deleted", id, false, cause);
            } else {
                Throwable deleteCause = Blocking.unwrap(deleteFailure);
                error = new PackageUploadException(what + "; package record " + id + " could NOT be deleted ("
                        + deleteCause.getMessage() + "): delete it yourself", id, true, cause);
                error.addSuppressed(deleteCause);
            }
            if (!result.completeExceptionally(error)) { // cancelled by the caller: say what happened to the record
                LOG.warn("{}", error.getMessage());
            }
        });
    }

    /** The read-back record checked against the file's digests. */
    private UploadedPackage verified(String id, ModelPackage readBack, long size, Map<String, String> digests) {
        if (readBack == null) {
            throw new JamfProSdkException("GET /api/v1/packages/" + id + " answered without the record");
        }
        if (digests == null) {
            throw new JamfProSdkException("the upload of " + file + " ended before the whole file was sent");
        }
        List<String> verified = new ArrayList<>();
        check(id, "md5", readBack.getMd5(), "MD5", digests, verified);
        check(id, "sha256", readBack.getSha256(), "SHA-256", digests, verified);
        check(id, "sha3512", readBack.getSha3512(), "SHA3-512", digests, verified);
        String hashType = readBack.getHashType();
        String hashValue = readBack.getHashValue();
        if (hashType != null && !hashType.isBlank() && hashValue != null && !hashValue.isBlank()) {
            String algorithm = algorithm(hashType);
            if (algorithm == null) {
                LOG.warn("Package record {} reports a hash of type '{}', which this SDK cannot compute; not compared",
                        id, hashType);
            } else {
                check(id, "hashValue (" + hashType + ")", hashValue, algorithm, digests, verified);
            }
        }
        if (verified.isEmpty()) {
            LOG.warn("Package record {} reports no checksum (md5, sha256, sha3512, hashType/hashValue) after the "
                    + "upload of {}: the upload could not be verified", id, file.getFileName());
        }
        return new UploadedPackage(id, readBack, file, size, digests, verified.stream().distinct().toList());
    }

    private static void check(String id, String field, String reported, String algorithm, Map<String, String> digests,
                              List<String> verified) {
        if (reported == null || reported.isBlank()) {
            return;
        }
        String actual = digests.get(algorithm);
        if (!actual.equalsIgnoreCase(reported.trim())) {
            throw new ChecksumMismatch("checksum mismatch: package record " + id + " reports " + field + " "
                    + reported.trim() + " but the file's " + algorithm + " is " + actual);
        }
        verified.add(algorithm);
    }

    /** Jamf's {@code hashType} as a {@link java.security.MessageDigest} name, or null if unknown. */
    static String algorithm(String hashType) {
        String type = hashType.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (type) {
            case "MD5" -> "MD5";
            case "SHA_256", "SHA256" -> "SHA-256";
            case "SHA_512", "SHA512" -> "SHA-512";
            case "SHA3_512", "SHA3512" -> "SHA3-512";
            default -> null;
        };
    }

    private long checkFile() {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("package file does not exist: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("package file is not a regular file (zip a bundle package first): " + file);
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("package file is not readable: " + file);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new IllegalArgumentException("package file is empty: " + file);
            }
            return size;
        } catch (IOException e) {
            throw new IllegalArgumentException("package file cannot be read: " + file + ": " + e, e);
        }
    }

    /** The record to create: a copy of the caller's, with Jamf's required fields filled where unset. */
    private ModelPackage recordFor(long size) {
        ModelPackage body = record == null ? new ModelPackage()
                : JamfGson.gson().fromJson(JamfGson.gson().toJson(record), ModelPackage.class);
        String name = file.getFileName().toString();
        fill(body::getFileName, body::setFileName, name);
        fill(body::getPackageName, body::setPackageName, name);
        fill(body::getCategoryId, body::setCategoryId, "-1");
        fill(body::getPriority, body::setPriority, DEFAULT_PRIORITY);
        fill(body::getFillUserTemplate, body::setFillUserTemplate, false);
        fill(body::getOsInstall, body::setOsInstall, false);
        fill(body::getRebootRequired, body::setRebootRequired, false);
        fill(body::getSuppressEula, body::setSuppressEula, false);
        fill(body::getSuppressFromDock, body::setSuppressFromDock, false);
        fill(body::getSuppressRegistration, body::setSuppressRegistration, false);
        fill(body::getSuppressUpdates, body::setSuppressUpdates, false);
        return body;
    }

    /** Sets a field left unset (null, or blank text) to {@code value}. */
    private static <T> void fill(Supplier<T> get, Consumer<T> set, T value) {
        T current = get.get();
        if (current == null || current instanceof String text && text.isBlank()) {
            set.accept(value);
        }
    }

    /** The record's checksum differs from the file's. */
    private static final class ChecksumMismatch extends JamfProSdkException {
        private static final long serialVersionUID = 1L;

        ChecksumMismatch(String message) {
            super(message);
        }
    }

    /** Builder of {@link PackageUpload}. */
    public static final class Builder {
        private final Path file;
        private ModelPackage record;
        private Progress progress;
        private Duration timeout;
        private boolean keepRecordOnFailure;

        private Builder(Path file) {
            this.file = file;
        }

        /**
         * The package record to create (name, category, priority, notes ...); it is copied, not changed.
         * Unset required fields get Jamf's defaults: {@code packageName} and {@code fileName} the file's
         * name, {@code categoryId} -1 (none), {@code priority} 10, the flags false.
         *
         * @param record the record to create
         * @return this builder
         */
        public Builder record(ModelPackage record) {
            this.record = Objects.requireNonNull(record, "record == null");
            return this;
        }

        /**
         * Called as the file is sent (on an I/O thread: keep it short).
         *
         * @param progress told the bytes sent and the total
         * @return this builder
         */
        public Builder progress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress == null");
            return this;
        }

        /**
         * The upload request's timeout, instead of {@link PackageUpload#timeoutFor} the file's size.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout == null");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Keep the package record when the upload fails (default false: delete it).
         *
         * @param keepRecordOnFailure true to keep it
         * @return this builder
         */
        public Builder keepRecordOnFailure(boolean keepRecordOnFailure) {
            this.keepRecordOnFailure = keepRecordOnFailure;
            return this;
        }

        /** {@return the upload, ready to run with {@link PackageUpload#upload}; nothing is checked or sent yet} */
        public PackageUpload build() {
            return new PackageUpload(this);
        }
    }
}
