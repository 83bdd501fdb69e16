package dev.jamfpro.sdk;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Jamf Pro's package routes over real HTTP, for upload tests: {@code POST /api/v1/packages} (the record),
 * {@code POST /api/v1/packages/{id}/upload} (multipart, part {@code file}, read from the connection and
 * hashed as it arrives, so a file of any size costs this JVM no heap), {@code GET} and {@code DELETE}
 * of the record. After an upload the record reports the checksums Jamf Pro would, in the way
 * {@link #report} says.
 */
final class PackageServer implements AutoCloseable {
    /** What the record reports after an upload. */
    enum Report {
        /** {@code hashType} SHA_512 and {@code hashValue}, as Jamf Pro does for uploads. */
        SHA_512,
        /** {@code md5}, {@code sha256}, {@code sha3512}. */
        FIELDS,
        /** Nothing. */
        NONE,
        /** {@code hashType} SHA_512 with a value that is not the file's (a corrupted upload). */
        WRONG
    }

    private final RawHttpServer server;
    private final AtomicInteger ids = new AtomicInteger();
    final Map<String, JsonObject> records = new ConcurrentHashMap<>();
    /** Bytes of the file part received, per upload. */
    final List<Long> received = new CopyOnWriteArrayList<>();
    /** The multipart part headers seen, per upload. */
    final List<String> partHeaders = new CopyOnWriteArrayList<>();
    final List<String> deleted = new CopyOnWriteArrayList<>();
    volatile Report report = Report.SHA_512;
    /** Non-zero: the upload answers this status (after reading the body). */
    volatile int uploadStatus;
    /** Non-zero: the delete answers this status. */
    volatile int deleteStatus;

    PackageServer() throws IOException {
        server = new RawHttpServer((RawHttpServer.Handler) this::answer);
    }

    int port() {
        return server.port();
    }

    int count(String method, String path) {
        return server.count(method, path);
    }

    private RawHttpServer.Answer answer(RawHttpServer.Request request) throws IOException {
        String path = request.path();
        String method = request.method();
        if (method.equals("POST") && path.equals("/api/v1/packages")) {
            JsonObject record = JsonParser.parseString(request.bodyText()).getAsJsonObject();
            String id = Integer.toString(ids.incrementAndGet());
            record.addProperty("id", id);
            records.put(id, record);
            return RawHttpServer.Answer.json(201, "{\"id\":\"" + id + "\",\"href\":\"/api/v1/packages/" + id + "\"}");
        }
        if (!path.startsWith("/api/v1/packages/")) {
            return null;
        }
        String rest = path.substring("/api/v1/packages/".length());
        if (method.equals("POST") && rest.endsWith("/upload")) {
            JsonObject record = records.get(rest.substring(0, rest.length() - "/upload".length()));
            if (record == null) {
                return RawHttpServer.Answer.json(404, "{\"httpStatus\":404,\"errors\":[{\"code\":\"NOT_FOUND\"}]}");
            }
            Map<String, String> digests = readUpload(request);
            if (uploadStatus != 0) {
                return RawHttpServer.Answer.json(uploadStatus, "{\"httpStatus\":" + uploadStatus
                        + ",\"errors\":[{\"code\":\"UPLOAD_FAILED\",\"description\":\"storage unavailable\"}]}");
            }
            switch (report) {
                case SHA_512 -> {
                    record.addProperty("hashType", "SHA_512");
                    record.addProperty("hashValue", digests.get("SHA-512"));
                }
                case FIELDS -> {
                    record.addProperty("md5", digests.get("MD5"));
                    record.addProperty("sha256", digests.get("SHA-256").toUpperCase(java.util.Locale.ROOT));
                    record.addProperty("sha3512", digests.get("SHA3-512"));
                }
                case WRONG -> {
                    record.addProperty("hashType", "SHA_512");
                    record.addProperty("hashValue", "00" + digests.get("SHA-512").substring(2));
                }
                case NONE -> {
                }
            }
            return RawHttpServer.Answer.json(201, "{\"id\":\"" + record.get("id").getAsString() + "\",\"href\":\"x\"}");
        }
        JsonObject record = records.get(rest);
        if (record == null) {
            return RawHttpServer.Answer.json(404, "{\"httpStatus\":404,\"errors\":[{\"code\":\"NOT_FOUND\"}]}");
        }
        if (method.equals("GET")) {
            return RawHttpServer.Answer.json(200, record.toString());
        }
        if (method.equals("DELETE")) {
            if (deleteStatus != 0) {
                return RawHttpServer.Answer.json(deleteStatus, "{\"httpStatus\":" + deleteStatus + ",\"errors\":[]}");
            }
            records.remove(rest);
            deleted.add(rest);
            return RawHttpServer.Answer.of("HTTP/1.1 204 X\r\nContent-Length: 0\r\n\r\n");
        }
        return null;
    }

    /**
     * Reads a multipart body with one part from the connection, hashing the part's content as it comes
     * (only the digest the record reports is computed for large files, so a big upload stays quick).
     */
    private Map<String, String> readUpload(RawHttpServer.Request request) throws IOException {
        String type = request.headers().getOrDefault("content-type", "");
        int at = type.indexOf("boundary=");
        if (!type.startsWith("multipart/form-data") || at < 0) {
            throw new IOException("not multipart: " + type);
        }
        String boundary = type.substring(at + "boundary=".length()).trim();
        long length = Long.parseLong(request.headers().get("content-length"));
        InputStream in = request.body();
        String head = RawHttpServer.readHead(in); // the part's headers end in a blank line, like a request's
        if (head == null || !head.startsWith("--" + boundary + "\r\n")) {
            throw new IOException("the body does not start with the boundary: " + head);
        }
        partHeaders.add(head);
        byte[] trailer = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
        long content = length - head.getBytes(StandardCharsets.ISO_8859_1).length - trailer.length;
        List<String> algorithms = content > 8 * 1024 * 1024 ? List.of("SHA-512")
                : List.of("MD5", "SHA-256", "SHA-512", "SHA3-512");
        MessageDigest[] digests = new MessageDigest[algorithms.size()];
        for (int i = 0; i < digests.length; i++) {
            try {
                digests[i] = MessageDigest.getInstance(algorithms.get(i));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        byte[] buffer = new byte[64 * 1024];
        long left = content;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the upload ended " + left + " bytes early");
            }
            for (MessageDigest digest : digests) {
                digest.update(buffer, 0, n);
            }
            left -= n;
        }
        byte[] end = in.readNBytes(trailer.length);
        if (!java.util.Arrays.equals(end, trailer)) {
            throw new IOException("the multipart body does not end with its boundary");
        }
        received.add(content);
        Map<String, String> hex = new LinkedHashMap<>();
        for (int i = 0; i < digests.length; i++) {
            hex.put(algorithms.get(i), HexFormat.of().formatHex(digests[i].digest()));
        }
        return hex;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
