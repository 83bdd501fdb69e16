package dev.jamfpro.sdk;

import java.util.Optional;

/**
 * A package upload ({@code dev.jamfpro.sdk.pro.PackageUpload}) failed after its package record may have
 * been created: the upload failed or timed out, the checksum Jamf Pro reports differs from the file's,
 * or the record could not be read back. The cause is the failure itself (a {@link JamfProApiException},
 * a {@link JamfProTimeoutException} ...; none for a checksum mismatch). The message says what became of
 * the record: deleted, kept because the caller asked, or left because deleting it failed too.
 */
public final class PackageUploadException extends JamfProSdkException {
    private static final long serialVersionUID = 1L;

    /** The id of the package record created, or null when none was. */
    private final String packageId;
    /** Whether that record is still on the server. */
    private final boolean recordLeft;

    /**
     * A failed upload, saying what became of its package record.
     *
     * @param message what failed and what became of the record
     * @param packageId the id of the package record created, or null when none was
     * @param recordLeft whether that record still exists (kept on request, or its deletion failed)
     * @param cause the failure, or null for a checksum mismatch
     */
    public PackageUploadException(String message, String packageId, boolean recordLeft, Throwable cause) {
        super(message, cause);
        this.packageId = packageId;
        this.recordLeft = recordLeft && packageId != null;
    }

    /** {@return the id of the package record the upload created, if it got that far} */
    public Optional<String> packageId() {
        return Optional.ofNullable(packageId);
    }

    /**
     * True when the package record is still on the server: kept because the upload asked to keep it, or
     * because deleting it failed too; false when it was deleted or never created.
     *
     * @return whether the record is still on the server
     */
    public boolean recordLeft() {
        return recordLeft;
    }
}
