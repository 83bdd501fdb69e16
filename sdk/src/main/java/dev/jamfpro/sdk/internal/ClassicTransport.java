package dev.jamfpro.sdk.internal;

import dev.jamfpro.sdk.JamfResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How {@code ClassicApi} reaches the network: one request under {@code /JSSResource/}, each path
 * segment given unencoded (a name holding {@code /} or {@code +} stays one segment). A non-2xx
 * answer completes the future with {@code ClassicApiException}.
 */
@FunctionalInterface
public interface ClassicTransport {
    CompletableFuture<JamfResponse> send(String method, List<String> pathSegments, String xmlBody);
}
