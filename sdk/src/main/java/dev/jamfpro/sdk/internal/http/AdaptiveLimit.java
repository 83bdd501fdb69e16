package dev.jamfpro.sdk.internal.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;

/**
 * The concurrency limit of a client whose server slows down under load, always between 1 and
 * {@code maxConcurrency}: lowered as latency rises above its baseline, raised again as it falls back.
 * Jamf asks clients to keep to 5 connections and to slow down when responses slow down; this is that,
 * measured rather than guessed.
 *
 * <ul>
 *   <li><b>Baseline.</b> Each kind of request (method and path, ids left out, and the page size) has its
 *       own: the fastest answer of the last 30 to 60 seconds. Mixing a 20 ms lookup with a 2 s page of
 *       inventory therefore compares each with its own kind.</li>
 *   <li><b>Rounds.</b> A change of the limit starts a round; only answers to requests sent in the current
 *       round count (older ones still describe the old limit). A round decides on its first
 *       {@code min(limit, 4)} answers, by their median, so one slow answer (a pause, a cold cache) moves
 *       nothing.</li>
 *   <li><b>Slow</b> is a median at least twice its baseline and at least 50 ms above it: what the client
 *       itself causes (a garbage-collection pause, a busy CPU) delays every request in flight at once, by
 *       tens of milliseconds, and must not count as the server slowing down; Jamf Pro's own answers take
 *       tens to hundreds of milliseconds, so a slowdown that matters is larger than that. The limit then drops in proportion,
 *       {@code limit x 2 / median ratio}, by at least one and at most half; a 503, 504, 429 or a timeout
 *       halves it at once.</li>
 *   <li><b>Recovery.</b> A round whose median is at most 1.5 times its baseline is fast. When the limit
 *       was reached (requests were waiting for it), it rises by one after one fast round, or after
 *       {@link #PROBE_ROUNDS} fast rounds in a row once the server has been seen to slow down, so that a
 *       server at its capacity is not pushed past it every other round.</li>
 *   <li><b>Start.</b> A client starts at 1 and doubles each fast round (a few round trips to reach the
 *       maximum), so the first answers show the server's unloaded latency; starting at the maximum would
 *       take the latency under a full load as the baseline.</li>
 * </ul>
 *
 * Not thread-safe: {@link ConcurrencyLimiter} calls it under its lock.
 */
final class AdaptiveLimit {
    static final double SLOW_RATIO = 2.0;
    static final long SLOW_EXCESS_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    static final double FAST_RATIO = 1.5;
    static final int ROUND_SAMPLES = 4;
    static final int PROBE_ROUNDS = 3;
    static final long BASELINE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(30);
    static final int MAX_KINDS = 256;
    private static final String OTHER_KIND = "*";

    private final int max;
    private int limit = 1;
    private boolean slowStart = true;
    private boolean slowedDown;
    private int fastRounds;
    private long round;
    private int samples;
    private final double[] ratios = new double[ROUND_SAMPLES];
    private final long[] excesses = new long[ROUND_SAMPLES];
    private boolean reached;
    private final Map<String, Baseline> baselines = new HashMap<>();

    /** The fastest answer of the current window and of the one before it, per kind. */
    private static final class Baseline {
        long windowStart;
        long current;
        long previous = Long.MAX_VALUE;

        Baseline(long now, long latency) {
            windowStart = now;
            current = latency;
        }

        long update(long now, long latency) {
            long age = now - windowStart;
            if (age >= BASELINE_WINDOW_NANOS) {
                previous = age >= 2 * BASELINE_WINDOW_NANOS ? Long.MAX_VALUE : current;
                current = latency;
                windowStart = now;
            } else {
                current = Math.min(current, latency);
            }
            return Math.max(1, Math.min(current, previous));
        }
    }

    AdaptiveLimit(int max) {
        this.max = max;
    }

    int limit() {
        return limit;
    }

    /** The current round; a request remembers it when sent. */
    long round() {
        return round;
    }

    /**
     * Learns from one answer.
     *
     * @param kind what {@link #kind} made of the request
     * @param latencyNanos from sending the request to its answer's headers
     * @param nowNanos the ticker's time now
     * @param roundAtSend {@link #round()} when it was sent
     * @param limitReachedAtSend whether all permits were out when it was sent
     * @return true when the limit changed
     */
    boolean onAnswer(String kind, long latencyNanos, long nowNanos, long roundAtSend, boolean limitReachedAtSend) {
        long baseline = baseline(kind, latencyNanos, nowNanos);
        if (roundAtSend != round) {
            return false;
        }
        ratios[samples] = (double) latencyNanos / baseline;
        excesses[samples] = latencyNanos - baseline;
        samples++;
        reached |= limitReachedAtSend;
        if (samples < Math.min(limit, ROUND_SAMPLES)) {
            return false;
        }
        double ratio = median(ratios, samples);
        double excess = median(excesses, samples);
        samples = 0;
        if (ratio >= SLOW_RATIO && excess >= SLOW_EXCESS_NANOS) {
            return lower((int) Math.floor(limit * SLOW_RATIO / ratio));
        }
        if (ratio > FAST_RATIO) {
            fastRounds = 0;
            slowStart = false; // between fast and slow: hold here, and grow one at a time from now on
            reached = false;
            return false;
        }
        fastRounds++;
        if (reached && limit < max && fastRounds >= (slowedDown ? PROBE_ROUNDS : 1)) {
            limit = slowStart ? Math.min(max, 2 * limit) : limit + 1;
            fastRounds = 0;
            nextRound();
            return true;
        }
        reached = false;
        return false;
    }

    private static double median(double[] values, int count) {
        double[] sorted = java.util.Arrays.copyOf(values, count);
        java.util.Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
    }

    private static double median(long[] values, int count) {
        long[] sorted = java.util.Arrays.copyOf(values, count);
        java.util.Arrays.sort(sorted);
        return count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2.0;
    }

    /** A 503, 504, 429 or a timeout to a request sent in this round: halves the limit. */
    boolean onOverload(long roundAtSend) {
        if (roundAtSend != round) {
            return false;
        }
        return lower(0); // at most half
    }

    private boolean lower(int target) {
        slowStart = false;
        slowedDown = true;
        fastRounds = 0;
        int next = Math.max(1, Math.min(limit - 1, Math.max((limit + 1) / 2, target)));
        nextRound();
        if (next == limit) {
            return false;
        }
        limit = next;
        return true;
    }

    private void nextRound() {
        round++;
        samples = 0;
        reached = false;
    }

    private long baseline(String kind, long latency, long now) {
        Baseline baseline = baselines.get(kind);
        if (baseline == null) {
            if (baselines.size() >= MAX_KINDS) {
                kind = OTHER_KIND; // a client touching more kinds than this shares one baseline for the rest
                baseline = baselines.get(kind);
            }
            if (baseline == null) {
                baselines.put(kind, new Baseline(now, latency));
                return Math.max(1, latency);
            }
        }
        return baseline.update(now, latency);
    }

    /**
     * The kind of a request, for its baseline: the method, the path with every segment that is not a
     * plain word or an API version replaced by {@code *} (ids, names, serial numbers), and the page size.
     */
    static String kind(String method, HttpUrl url) {
        StringBuilder kind = new StringBuilder(64).append(method).append(' ');
        List<String> segments = url.encodedPathSegments();
        for (String segment : segments) {
            kind.append('/').append(isWord(segment) ? segment : "*");
        }
        String pageSize = url.queryParameter("page-size");
        if (pageSize != null) {
            kind.append("?page-size=").append(pageSize);
        }
        return kind.toString();
    }

    private static boolean isWord(String segment) {
        if (segment.isEmpty()) {
            return true;
        }
        if (segment.length() <= 3 && segment.charAt(0) == 'v') { // v1 ... v99
            boolean digits = segment.length() > 1;
            for (int i = 1; i < segment.length(); i++) {
                digits &= Character.isDigit(segment.charAt(i));
            }
            if (digits) {
                return true;
            }
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return segment.length() <= 40;
    }
}
