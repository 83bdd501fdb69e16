package dev.jamfpro.sdk.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The {@code ProApi} users hold: abstract methods go to Retrofit's implementation; default methods
 * (the generated {@code ...Pages} companions) run against this proxy, through which the pagination
 * engine learns the client's concurrency limit.
 */
public final class ProApiProxy implements InvocationHandler {
    /** Pages buffered ahead when the API object is not a client's (a default of Jamf's guidance). */
    public static final int DEFAULT_MAX_CONCURRENCY = 5;

    private final Object retrofitService;
    private final int maxConcurrency;

    private ProApiProxy(Object retrofitService, int maxConcurrency) {
        this.retrofitService = retrofitService;
        this.maxConcurrency = maxConcurrency;
    }

    public static <T> T wrap(Class<T> api, T retrofitService, int maxConcurrency) {
        Object proxy = Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                new ProApiProxy(retrofitService, maxConcurrency));
        return api.cast(proxy);
    }

    /** The concurrency limit of the client behind {@code api}, or the default. */
    public static int maxConcurrencyOf(Object api) {
        if (api != null && Proxy.isProxyClass(api.getClass())
                && Proxy.getInvocationHandler(api) instanceof ProApiProxy handler) {
            return handler.maxConcurrency;
        }
        return DEFAULT_MAX_CONCURRENCY;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "ProApi";
                default -> method.invoke(this, args);
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        try {
            return method.invoke(retrofitService, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
