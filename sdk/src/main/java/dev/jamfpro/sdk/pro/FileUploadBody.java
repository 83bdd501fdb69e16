package dev.jamfpro.sdk.pro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file sent as a request body straight from disk, 64 KiB at a time: never more of it in memory than
 * that and OkHttp's segment buffers, whatever its size. While it is written, its digests are computed
 * (the same pass, so a multi-GB file is read once) and progress is reported every
 * {@link #PROGRESS_STEP} bytes and at the end. It can be written again (a retry before anything was
 * sent, a 401 replay): each write starts over, progress from 0 and digests afresh.
 */
final class FileUploadBody extends RequestBody {
    /** Progress is reported after each this many bytes, and once more at the end. */
    static final long PROGRESS_STEP = 1024 * 1024;
    /** Digests computed while writing, by {@link MessageDigest} name. */
    static final List<String> ALGORITHMS = List.of("MD5", "SHA-256", "SHA-512", "SHA3-512");
    private static final Logger LOG = LoggerFactory.getLogger(PackageUpload.class);
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final Path file;
    private final long size;
    private final PackageUpload.Progress progress;
    private volatile Map<String, String> digests;
    private volatile boolean progressFailed;

    FileUploadBody(Path file, long size, PackageUpload.Progress progress) {
        this.file = file;
        this.size = size;
        this.progress = progress;
    }

    @Override
    public MediaType contentType() {
        return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        digests = null;
        MessageDigest[] digesters = digesters();
        byte[] buffer = new byte[64 * 1024];
        long sent = 0;
        long reported = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (sent + n > size) {
                    throw new IOException(file + " grew while it was being uploaded (more than " + size + " bytes)");
                }
                for (MessageDigest digester : digesters) {
                    digester.update(buffer, 0, n);
                }
                sink.write(buffer, 0, n);
                sent += n;
                if (sent - reported >= PROGRESS_STEP || sent == size) {
                    report(sent);
                    reported = sent;
                }
            }
        }
        if (sent != size) {
            throw new IOException(file + " shrank while it was being uploaded: " + sent + " bytes read of " + size);
        }
        Map<String, String> hex = new LinkedHashMap<>();
        for (MessageDigest digester : digesters) {
            hex.put(digester.getAlgorithm(), HexFormat.of().formatHex(digester.digest()));
        }
        digests = Map.copyOf(hex);
    }

    /** The file's digests (hex, lower case) by algorithm, from the last complete write; null before one. */
    Map<String, String> digests() {
        return digests;
    }

    private void report(long sent) {
        if (progress == null || progressFailed) {
            return;
        }
        try {
            progress.onProgress(sent, size);
        } catch (RuntimeException e) {
            progressFailed = true; // the upload goes on; the callback is not called again
            LOG.warn("The progress callback of the upload of {} threw; it is not called again: {}", file, e.toString());
        }
    }

    private static MessageDigest[] digesters() {
        MessageDigest[] digesters = new MessageDigest[ALGORITHMS.size()];
        for (int i = 0; i < digesters.length; i++) {
            try {
                digesters[i] = MessageDigest.getInstance(ALGORITHMS.get(i));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(ALGORITHMS.get(i) + " is missing from this Java runtime", e);
            }
        }
        return digesters;
    }
}
