package dev.jamfpro.sdk.internal.http;

import java.io.IOException;

/** Carries an SDK exception through Retrofit's {@code onFailure(Call, IOException)}. */
public final class TransportException extends IOException {
    private static final long serialVersionUID = 1L;

    private TransportException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    static IOException wrap(Throwable error) {
        return error instanceof IOException io ? io : new TransportException(error);
    }
}
