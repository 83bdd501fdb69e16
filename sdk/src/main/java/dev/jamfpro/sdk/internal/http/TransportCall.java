package dev.jamfpro.sdk.internal.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * The {@link Call} Retrofit gets from {@link HttpTransport#callFactory()}: enqueuing it runs the
 * request through the transport (limit, token, retries). SDK exceptions travel to Retrofit's callback
 * wrapped in {@link TransportException}, since Retrofit's failure path carries an {@link IOException}.
 */
final class TransportCall implements Call {
    private final Request request;
    private final HttpTransport transport;
    private final AtomicBoolean executed = new AtomicBoolean();
    private volatile boolean canceled;
    private volatile CompletableFuture<Response> inFlight;

    TransportCall(Request request, HttpTransport transport) {
        this.request = request;
        this.transport = transport;
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public Response execute() throws IOException {
        start();
        try {
            return inFlight.get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw TransportException.wrap(e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            throw new IOException("Canceled", e);
        }
    }

    @Override
    public void enqueue(Callback callback) {
        start();
        inFlight.whenComplete((response, error) -> {
            if (error == null) {
                try {
                    callback.onResponse(this, response);
                } catch (IOException e) {
                    callback.onFailure(this, e);
                } catch (RuntimeException | VirtualMachineError e) {
                    // Retrofit rethrows fatal errors (an OutOfMemoryError while parsing a large page): the
                    // caller's future must still complete, with that error, rather than hang.
                    response.close();
                    callback.onFailure(this, TransportException.wrap(e));
                }
            } else {
                callback.onFailure(this, TransportException.wrap(HttpTransport.unwrap(error)));
            }
        });
    }

    private void start() {
        if (!executed.compareAndSet(false, true)) {
            throw new IllegalStateException("Already Executed");
        }
        inFlight = transport.execute(request);
        if (canceled) {
            inFlight.cancel(false);
        }
    }

    @Override
    public void cancel() {
        canceled = true;
        CompletableFuture<Response> current = inFlight;
        if (current != null) {
            current.cancel(false);
        }
    }

    @Override
    public boolean isExecuted() {
        return executed.get();
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public Timeout timeout() {
        return Timeout.NONE; // each attempt has its own OkHttp call timeout
    }

    @Override
    public Call clone() {
        return new TransportCall(request, transport);
    }
}
