package dev.jamfpro.sdk.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records this client wrote within the last {@code window}, so that a read of one of them that
 * answers 404 can be told apart from a read of a record that does not exist: Jamf Cloud is a cluster
 * whose nodes sync about once a minute, and a read right after a write may land on a node that has not
 * seen it yet.
 *
 * <ul>
 *   <li>A successful PUT or PATCH marks its path ({@code /api/v1/buildings/7}).</li>
 *   <li>A successful POST marks its path and everything below it, since a create answers with a new
 *       record under the path posted to ({@code POST /api/v1/buildings} marks {@code /api/v1/buildings/*});
 *       a Classic create ({@code POST /JSSResource/computers/id/0}) marks the resource
 *       ({@code /JSSResource/computers/*}), whatever key the record is read back by.</li>
 *   <li>Deletes mark nothing: a 404 after them is the expected answer.</li>
 * </ul>
 *
 * Time comes from the client's {@link Clock}; entries older than the window are dropped as new ones come.
 */
final class RecentWrites {
    private static final int PURGE_ABOVE = 1024;

    private final Duration window;
    private final Clock clock;
    /** Path or path prefix (ending in {@code /}) to the instant of the last write. */
    private final Map<String, Instant> written = new ConcurrentHashMap<>();

    RecentWrites(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Notes a successful write of {@code path} (an encoded path). */
    void wrote(String method, String path) {
        Instant now = clock.instant();
        switch (method) {
            case "PUT", "PATCH" -> written.put(path, now);
            case "POST" -> {
                written.put(path, now);
                String classicCreate = "/id/0";
                String under = path.startsWith("/JSSResource/") && path.endsWith(classicCreate)
                        ? path.substring(0, path.length() - classicCreate.length()) : path;
                written.put(under.endsWith("/") ? under : under + "/", now);
            }
            default -> {
                return;
            }
        }
        if (written.size() > PURGE_ABOVE) {
            Instant oldest = now.minus(window);
            written.values().removeIf(at -> at.isBefore(oldest));
        }
    }

    /**
     * How much of the window is left for a read of {@code path} (an encoded path) after the latest
     * write that covers it, or null when this client wrote nothing there within the window.
     */
    Duration remaining(String path) {
        Instant latest = written.get(path);
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            Instant at = written.get(path.substring(0, slash + 1));
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }
        if (latest == null) {
            return null;
        }
        Duration left = window.minus(Duration.between(latest, clock.instant()));
        return left.isNegative() || left.isZero() ? null : left;
    }
}
