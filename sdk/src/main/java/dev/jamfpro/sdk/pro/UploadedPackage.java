package dev.jamfpro.sdk.pro;

import dev.jamfpro.sdk.pro.model.ModelPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A package uploaded by {@link PackageUpload}: its record as Jamf Pro reads it back after the upload,
 * the file's checksums, and which of them Jamf Pro reported and matched.
 */
public final class UploadedPackage {
    private final String id;
    private final ModelPackage record;
    private final Path file;
    private final long size;
    private final Map<String, String> checksums;
    private final List<String> verified;

    UploadedPackage(String id, ModelPackage record, Path file, long size, Map<String, String> checksums,
                    List<String> verified) {
        this.id = id;
        this.record = record;
        this.file = file;
        this.size = size;
        this.checksums = Map.copyOf(checksums);
        this.verified = List.copyOf(verified);
    }

    /** {@return the package record's id} */
    public String id() {
        return id;
    }

    /** {@return the package record as read after the upload} */
    public ModelPackage record() {
        return record;
    }

    /** {@return the file uploaded} */
    public Path file() {
        return file;
    }

    /** {@return the bytes uploaded} */
    public long size() {
        return size;
    }

    /**
     * The file's checksums as sent, hex in lower case, by {@link java.security.MessageDigest} name:
     * {@code MD5}, {@code SHA-256}, {@code SHA-512}, {@code SHA3-512}.
     *
     * @return the checksums by algorithm
     */
    public Map<String, String> checksums() {
        return checksums;
    }

    /**
     * The algorithms whose checksum Jamf Pro reported in the record and that matched the file's (for
     * example {@code [SHA-512]}); empty when the record carried none (logged at WARN), never a mismatch,
     * which fails the upload.
     *
     * @return the algorithms compared
     */
    public List<String> verified() {
        return verified;
    }

    @Override
    public String toString() {
        return "UploadedPackage{id=" + id + ", file=" + file + ", size=" + size + ", verified=" + verified + '}';
    }
}
