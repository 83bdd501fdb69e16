package dev.jamfpro.sdk.internal.http;

import dev.jamfpro.sdk.JamfProSdkException;
import dev.jamfpro.sdk.internal.ConcurrencyHint;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
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
 * other status with {@link dev.jamfpro.sdk.JamfProApiException}, an unreadable body with a
 * {@link JamfProSdkException} naming method and path. Cancelling the future cancels the request.
 */
public final class ProApiCallAdapterFactory extends CallAdapter.Factory {
    private final int maxConcurrency;

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
        return new CallAdapter<Object, CompletableFuture<Object>>() {
            @Override
            public Type responseType() {
                return bodyType;
            }

            @Override
            public CompletableFuture<Object> adapt(Call<Object> call) {
                return ProApiCallAdapterFactory.adapt(call, maxConcurrency);
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

    static CompletableFuture<Object> adapt(Call<Object> call, int maxConcurrency) {
        CompletableFuture<Object> future = new CallFuture(call, maxConcurrency);
        Request request = call.request();
        String method = request.method();
        String path = request.url().encodedPath();
        call.enqueue(new Callback<>() {
            @Override
            public void onResponse(Call<Object> c, Response<Object> response) {
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
                future.completeExceptionally(ErrorBodies.proApi(method, path, response.code(), body));
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
