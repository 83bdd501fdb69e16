package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.internal.Blocking;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Converter;
import retrofit2.Invocation;

/**
 * The {@link Call} Retrofit gets from {@link HttpTransport#callFactory}: enqueuing it runs the request
 * through the transport (token, limit, retries). A 2xx answer of a typed operation is parsed from the
 * connection inside the exchange, so a body cut mid-read is retried like any connection failure and no
 * copy of the body is held; the value then reaches Retrofit through {@link ProApiConverterFactory#handOff}.
 * Other answers (errors, {@code ResponseBody}, {@code Void}) are read into memory within
 * {@code maxResponseSize}. SDK exceptions travel to Retrofit's callback wrapped in
 * {@link TransportException}, since Retrofit's failure path carries an {@link IOException}.
 */
final class TransportCall implements Call {
    /** Makes the calls of one transport; remembers per method how its answers are read. */
    static final class Factory implements Call.Factory {
        private final HttpTransport transport;
        private final ProApiConverterFactory converters;
        private final Map<Method, Converter<ResponseBody, ?>> readers = new ConcurrentHashMap<>();

        Factory(HttpTransport transport, ProApiConverterFactory converters) {
            this.transport = transport;
            this.converters = converters;
        }

        @Override
        public Call newCall(Request request) {
            return new TransportCall(SortParameter.joinRepeated(request), this);
        }

        /** How a 2xx answer of {@code request} is parsed, or null to read it into memory as it is. */
        Converter<ResponseBody, ?> reader(Request request) {
            Invocation invocation = request.tag(Invocation.class);
            if (invocation == null) {
                return null;
            }
            return readers.computeIfAbsent(invocation.method(), method -> {
                Type type = method.getGenericReturnType();
                if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == CompletableFuture.class) {
                    type = parameterized.getActualTypeArguments()[0];
                }
                return type == Void.class || type == ResponseBody.class || type == void.class ? BUFFER
                        : converters.reader(type);
            });
        }
    }

    /** Marks a method whose answers Retrofit's own converters take as a whole body. */
    private static final Converter<ResponseBody, ?> BUFFER = body -> null;

    /** What the exchange hands over: the answer (its body in memory or spent) and the value parsed from it. */
    private record Delivery(Response response, Object value, boolean parsed) {
    }

    private final Request request;
    private final Factory factory;
    private final AtomicBoolean executed = new AtomicBoolean();
    private volatile boolean canceled;
    private volatile CompletableFuture<Delivery> inFlight;

    TransportCall(Request request, Factory factory) {
        this.request = request;
        this.factory = factory;
    }

    @Override
    public Request request() {
        return request;
    }

    private Delivery read(Response response) throws IOException {
        Converter<ResponseBody, ?> reader = factory.reader(request);
        ResponseBody body = response.body();
        int code = response.code();
        if (reader == null || reader == BUFFER || body == null || code < 200 || code > 299 || code == 204 || code == 205) {
            return new Delivery(HttpTransport.buffered(response), null, false);
        }
        Object value = reader.convert(body);
        Response spent = response.newBuilder().body(ResponseBody.create(new byte[0], body.contentType())).build();
        return new Delivery(spent, value, true);
    }

    @Override
    public Response execute() throws IOException {
        start();
        Delivery delivery;
        try {
            delivery = inFlight.get();
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw TransportException.wrap(Blocking.unwrap(e));
        } catch (java.util.concurrent.CancellationException e) {
            throw new IOException("Canceled", e);
        }
        // Retrofit converts the answer right after this returns, on this thread.
        factory.converters.handOffNext(delivery.parsed() ? delivery.value() : null);
        return delivery.response();
    }

    @Override
    public void enqueue(Callback callback) {
        start();
        inFlight.whenComplete((delivery, error) -> {
            if (error != null) {
                callback.onFailure(this, TransportException.wrap(Blocking.unwrap(error)));
                return;
            }
            try {
                factory.converters.handOff(delivery.parsed() ? delivery.value() : null,
                        () -> callback.onResponse(this, delivery.response()));
            } catch (IOException e) {
                callback.onFailure(this, e);
            } catch (RuntimeException | Error e) {
                // The caller's future must still complete, with that error, rather than hang.
                delivery.response().close();
                callback.onFailure(this, TransportException.wrap(e));
            }
        });
    }

    private void start() {
        if (!executed.compareAndSet(false, true)) {
            throw new IllegalStateException("Already Executed");
        }
        inFlight = factory.transport.exchange(request, this::read);
        if (canceled) {
            inFlight.cancel(false);
        }
    }

    @Override
    public void cancel() {
        canceled = true;
        CompletableFuture<Delivery> current = inFlight;
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
        return new TransportCall(request, factory);
    }
}
