package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.JamfProApiException;
import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.internal.ConcurrencyHint;
import dev.jamfpro.sdk.internal.ProOperation;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Callback;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Adapts the generated methods' {@code CompletableFuture<T>}: a 2xx completes with the body, any
 * other status with {@link JamfProApiException} (carrying the privileges the method's
 * {@link ProOperation} lists), an unreadable body with a {@link JamfProSdkException} naming method and
 * path. Cancelling the future cancels the request. Deprecations are reported through
 * {@link DeprecationLog}, once per operation for this factory, which a client makes for itself.
 */
public final class ProApiCallAdapterFactory extends CallAdapter.Factory {
    private final int maxConcurrency;
    private final DeprecationLog deprecations = new DeprecationLog();

    /** @param maxConcurrency the client's limit, carried by every future for the pagination engine */
    public ProApiCallAdapterFactory(int maxConcurrency) {
        this.maxConcurrency = maxConcurrency;
    }

    @Override
    public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
        if (getRawType(returnType) != CompletableFuture.class) {
            return null;
        }
        if (!(returnType instanceof ParameterizedType parameterized)) {
            throw new IllegalStateException("CompletableFuture return type must be parameterized");
        }
        Type bodyType = getParameterUpperBound(0, parameterized);
        ProOperation operation = null;
        for (Annotation annotation : annotations) {
            if (annotation instanceof ProOperation found) {
                operation = found;
            }
        }
        List<String> privileges = operation == null ? List.of() : List.of(operation.privileges());
        OperationCall call = new OperationCall(operation, privileges, maxConcurrency, deprecations);
        return new CallAdapter<Object, CompletableFuture<Object>>() {
            @Override
            public Type responseType() {
                return bodyType;
            }

            @Override
            public CompletableFuture<Object> adapt(Call<Object> c) {
                return call.adapt(c);
            }
        };
    }

    /** A call's future: cancelling it cancels the call; it carries the client's concurrency limit. */
    private static final class CallFuture extends CompletableFuture<Object> implements ConcurrencyHint {
        private final Call<Object> call;
        private final int maxConcurrency;

        CallFuture(Call<Object> call, int maxConcurrency) {
            this.call = call;
            this.maxConcurrency = maxConcurrency;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            call.cancel();
            return super.cancel(mayInterruptIfRunning);
        }

        @Override
        public int maxConcurrency() {
            return maxConcurrency;
        }
    }

    /**
     * The calls of one generated method; {@code operation} is null for a method without {@link ProOperation}.
     * The privileges it lists are read from the annotation once per method, not on every call.
     */
    private record OperationCall(ProOperation operation, List<String> privileges, int maxConcurrency,
                                 DeprecationLog deprecations) {
        CompletableFuture<Object> adapt(Call<Object> call) {
            CompletableFuture<Object> future = new CallFuture(call, maxConcurrency);
            Request request = call.request();
            String method = request.method();
            String path = request.url().encodedPath();
            if (operation != null) {
                deprecations.called(operation);
            }
            call.enqueue(new Callback<>() {
                @Override
                public void onResponse(Call<Object> c, Response<Object> response) {
                    if (operation != null) {
                        deprecations.answered(operation, response.headers());
                    }
                    if (response.isSuccessful()) {
                        future.complete(response.body());
                        return;
                    }
                    String body;
                    try (ResponseBody errorBody = response.errorBody()) {
                        body = errorBody == null ? "" : errorBody.string();
                    } catch (IOException e) {
                        body = "";
                    }
                    future.completeExceptionally(new JamfProApiException(method, path, response.code(),
                            ErrorBodies.proApiErrors(body), body, privileges));
                }

                @Override
                public void onFailure(Call<Object> c, Throwable failure) {
                    Throwable cause = failure instanceof TransportException ? failure.getCause() : failure;
                    if (cause instanceof JamfProSdkException) {
                        future.completeExceptionally(cause);
                    } else if (cause instanceof MalformedBodyException) {
                        future.completeExceptionally(new JamfProSdkException(method + " " + path
                                + ": unreadable answer: " + cause.getMessage(), cause));
                    } else {
                        future.completeExceptionally(new JamfProSdkException(method + " " + path + " failed: " + cause, cause));
                    }
                }
            });
            return future;
        }
    }
}
