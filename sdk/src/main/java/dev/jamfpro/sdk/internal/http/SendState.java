package dev.jamfpro.sdk.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Whether an attempt reached the network. A network interceptor runs only once a connection exists,
 * just before the request is written; a failure before that point (DNS, connect, TLS) left the
 * server untouched, so even a write may be retried.
 */
final class SendState {
    volatile boolean sent;

    /** Marks the attempt's {@link SendState} tag as sent. */
    static final Interceptor MARK_SENT = chain -> {
        SendState state = chain.request().tag(SendState.class);
        if (state != null) {
            state.sent = true;
        }
        return proceed(chain);
    };

    private static Response proceed(Interceptor.Chain chain) throws IOException {
        return chain.proceed(chain.request());
    }
}
