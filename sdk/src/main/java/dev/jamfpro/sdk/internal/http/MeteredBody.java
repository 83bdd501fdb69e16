package dev.jamfpro.sdk.internal.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * An answer body read straight from the connection, never past {@code limit} bytes, that remembers why
 * reading it failed: the connection (a reset or timeout mid-body, which the retry policy may retry) or
 * the size limit. A parser on top may wrap either failure in its own exception; the transport asks this
 * body, not the exception, what happened.
 */
final class MeteredBody extends ResponseBody {
    /** Thrown by the source past the limit; an IOException so every parser lets it through. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the answer is larger than " + limit + " bytes");
        }
    }

    private final ResponseBody delegate;
    private final long limit;
    private final BufferedSource source;
    private long read;
    private volatile boolean tooLarge;
    private volatile IOException connectionFailure;

    MeteredBody(ResponseBody delegate, long limit) {
        this.delegate = delegate;
        this.limit = limit;
        this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long n;
                try {
                    n = super.read(sink, byteCount);
                } catch (IOException e) {
                    connectionFailure = e;
                    throw e;
                }
                if (n > 0) {
                    read += n;
                    if (read > limit) {
                        tooLarge = true;
                        throw new TooLarge(limit);
                    }
                }
                return n;
            }
        });
    }

    @Override
    public MediaType contentType() {
        return delegate.contentType();
    }

    @Override
    public long contentLength() {
        return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
        return source;
    }

    /** True once more than the limit arrived. */
    boolean tooLarge() {
        return tooLarge;
    }

    /** The connection's failure while the body was read, or null. */
    IOException connectionFailure() {
        return connectionFailure;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
