package dev.jamfpro.sdk.internal;

import dev.jamfpro.sdk.JamfResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;

/**
 * How {@code ClassicApi} reaches the network: one request under {@code /JSSResource/}, each path
 * segment given unencoded (a name holding {@code /} or {@code +} stays one segment). A non-2xx
 * answer completes the future with {@code ClassicApiException}.
 */
public interface ClassicTransport {

    /** Sends the request and completes with the whole answer. */
    CompletableFuture<JamfResponse> send(String method, List<String> pathSegments, String xmlBody);

    /**
     * Sends the request and hands a 2xx answer's body to {@code reader}, which parses it from its
     * stream (no copy of the body is made); the body is closed afterwards.
     */
    <T> CompletableFuture<T> exchange(String method, List<String> pathSegments, String xmlBody, BodyReader<T> reader);

    /** Reads an answer's body; runs on the client's I/O thread. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(ResponseBody body) throws IOException;
    }
}
