package dev.jamfpro.sdk.internal;

import dev.jamfpro.sdk.JamfResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * How {@code ClassicApi} reaches the network: one request under {@code /JSSResource/}, each path
 * segment given unencoded (a name holding {@code /} or {@code +} stays one segment). A non-2xx
 * answer completes the future with {@code ClassicApiException}.
 */
public interface ClassicTransport {
    /** The content type of Classic request bodies ({@code 415} otherwise). */
    MediaType XML = MediaType.get("application/xml");

    /** Sends the request and completes with the whole answer. */
    CompletableFuture<JamfResponse> send(String method, List<String> pathSegments, String xmlBody);

    /**
     * Sends the request with any body (an XML document, a multipart upload, or null) and hands a 2xx
     * answer's body to {@code reader}, which parses it from its stream (no copy of the body is made);
     * the body is closed afterwards.
     */
    <T> CompletableFuture<T> exchange(String method, List<String> pathSegments, RequestBody body, BodyReader<T> reader);

    /** {@link #exchange(String, List, RequestBody, BodyReader)} with an XML document (or null) as the body. */
    default <T> CompletableFuture<T> exchangeXml(String method, List<String> pathSegments, String xmlBody,
                                                 BodyReader<T> reader) {
        return exchange(method, pathSegments, xmlBody(xmlBody), reader);
    }

    /** {@code xml} as a Classic request body (UTF-8, {@link #XML}); null for null. */
    static RequestBody xmlBody(String xml) {
        return xml == null ? null : RequestBody.create(xml.getBytes(StandardCharsets.UTF_8), XML);
    }

    /** Reads an answer's body; runs on the client's I/O thread. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(ResponseBody body) throws IOException;
    }
}
