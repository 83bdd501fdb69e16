package dev.jamfpro.sdk.internal;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the blocking handlers of {@code JamfProClient.concurrentApiRequests}: a virtual thread
 * per call on Java 21 and later (found once, by name, so that the SDK still runs on Java 17), else up to
 * {@code maxThreads} daemon platform threads that end after a few idle seconds. Either way nothing
 * needs closing.
 */
public final class HandlerThreads {
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** {@code Thread.ofVirtual().name(prefix, 0).factory()} as a function of the prefix, or null before Java 21. */
    private static final Method OF_VIRTUAL = method(Thread.class, "ofVirtual");

    private HandlerThreads() {
    }

    /**
     * An executor for blocking handlers.
     *
     * @param maxThreads the most handlers that can run at once (the caller never submits more)
     * @return a thread per call (virtual) or a bounded pool (platform)
     */
    public static Executor create(int maxThreads) {
        String prefix = "jamf-pro-sdk-handler-" + POOLS.incrementAndGet() + "-";
        ThreadFactory virtual = virtualThreads(prefix);
        if (virtual != null) {
            return task -> virtual.newThread(task).start();
        }
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxThreads, maxThreads, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, prefix + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Whether {@link #create} gives virtual threads (Java 21 and later). */
    public static boolean virtual() {
        return OF_VIRTUAL != null;
    }

    private static ThreadFactory virtualThreads(String prefix) {
        if (OF_VIRTUAL == null) {
            return null;
        }
        try {
            Object builder = OF_VIRTUAL.invoke(null);
            Class<?> type = Class.forName("java.lang.Thread$Builder");
            builder = type.getMethod("name", String.class, long.class).invoke(builder, prefix, 1L);
            return (ThreadFactory) type.getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
