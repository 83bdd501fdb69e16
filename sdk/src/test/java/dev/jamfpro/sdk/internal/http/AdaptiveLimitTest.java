package dev.jamfpro.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link AdaptiveLimit}, fed with answers whose latency the test chooses (time is a number
 * here, never waited for). {@code AdaptiveConcurrencyTest} shows the same over real HTTP.
 */
class AdaptiveLimitTest {
    private static final String KIND = "GET /api/v1/buildings/*";
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private final AdaptiveLimit limit = new AdaptiveLimit(5);
    private long now;

    /** One round's worth of answers, all {@code millis} long, sent in the current round with the limit reached. */
    private List<Integer> rounds(int count, double millis) {
        List<Integer> limits = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            long round = limit.round();
            int answers = Math.min(limit.limit(), AdaptiveLimit.ROUND_SAMPLES);
            for (int i = 0; i < answers; i++) {
                now += (long) (millis * MS);
                limit.onAnswer(KIND, (long) (millis * MS), now, round, true);
            }
            limits.add(limit.limit());
        }
        return limits;
    }

    @Test
    void aNewClientStartsAtOneAndDoublesWhileAnswersStayFast() {
        assertEquals(1, limit.limit());
        assertEquals(List.of(2, 4, 5, 5), rounds(4, 20));
    }

    @Test
    void theLimitDropsAsLatencyRisesAboveItsBaselineAndRecoversAsItFalls() {
        rounds(3, 20); // at 5, baseline 20 ms
        assertEquals(List.of(3, 2, 1), rounds(3, 125), "6.25 x its baseline: halved each round, down to 1");
        assertEquals(List.of(1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5), rounds(12, 20),
                "back up by one after three fast rounds in a row, once the server has been seen to slow down");
    }

    @Test
    void oneSlowAnswerInARoundMovesNothing() {
        rounds(3, 20);
        long round = limit.round();
        for (long millis : new long[] {20, 400, 20, 20}) { // a pause, a cold cache
            now += millis * MS;
            limit.onAnswer(KIND, millis * MS, now, round, true);
        }
        assertEquals(5, limit.limit());
        assertEquals(List.of(4), rounds(1, 45), "while a round that is slow throughout does");
    }

    @Test
    void aMildSlowdownLowersTheLimitByOne() {
        rounds(3, 20);
        assertEquals(List.of(4), rounds(1, 45), "2.25 x: 5 x 2 / 2.25 = 4.4");
        assertEquals(List.of(4, 4, 5, 5), rounds(4, 20), "up by one after three fast rounds");
    }

    @Test
    void latencyBetweenFastAndSlowHoldsTheLimit() {
        rounds(3, 20);
        assertEquals(List.of(5, 5, 5), rounds(3, 35), "1.75 x its baseline: neither slow nor fast");
    }

    @Test
    void subMillisecondNoiseOnAFastServerNeverLowersTheLimit() {
        rounds(3, 0.3);
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) { // up to 30 x the baseline, but never 10 ms above it
            long latency = (long) ((0.3 + random.nextDouble() * 9) * MS);
            now += latency;
            limit.onAnswer(KIND, latency, now, limit.round(), true);
            assertEquals(5, limit.limit(), "answer " + i);
        }
    }

    @Test
    void overloadAnswersHalveTheLimitOncePerRound() {
        rounds(3, 20);
        long round = limit.round();
        assertTrue(limit.onOverload(round));
        assertEquals(3, limit.limit());
        assertFalse(limit.onOverload(round), "a second 503 of requests sent before the change changes nothing");
        assertEquals(3, limit.limit());
        assertTrue(limit.onOverload(limit.round()));
        assertEquals(2, limit.limit());
    }

    @Test
    void answersToRequestsSentBeforeAChangeDoNotCount() {
        rounds(3, 20);
        long before = limit.round();
        rounds(1, 125); // down
        int lowered = limit.limit();
        for (int i = 0; i < 20; i++) {
            now += 125 * MS;
            limit.onAnswer(KIND, 125 * MS, now, before, true); // stragglers of the old round
        }
        assertEquals(lowered, limit.limit());
    }

    @Test
    void theLimitRisesOnlyWhenItWasReached() {
        for (int i = 0; i < 10; i++) {
            now += 20 * MS;
            limit.onAnswer(KIND, 20 * MS, now, limit.round(), false); // one request at a time: the limit never bites
        }
        assertEquals(1, limit.limit());
    }

    @Test
    void eachKindOfRequestHasItsOwnBaseline() {
        rounds(3, 20);
        for (int i = 0; i < 4; i++) { // a page of 2000 takes 2 s; so it always has: not a slowdown
            now += 2000 * MS;
            limit.onAnswer("GET /api/v1/computers-inventory?page-size=2000", 2000 * MS, now, limit.round(), true);
        }
        assertEquals(5, limit.limit());
    }

    @Test
    void aBaselineFollowsAServerThatStaysSlowerAfterAMinute() {
        rounds(3, 20);
        rounds(3, 125);
        assertEquals(1, limit.limit());
        now += TimeUnit.SECONDS.toNanos(61); // the fast answers are out of both windows now
        List<Integer> later = rounds(12, 125);
        assertEquals(5, later.get(later.size() - 1), "125 ms is the new normal: back to 5 " + later);
    }

    @Test
    void aKindLeavesOutIdsAndNamesButKeepsVersionsAndPageSize() {
        assertEquals("GET /api/v1/buildings/*", AdaptiveLimit.kind("GET", HttpUrl.get("http://h/api/v1/buildings/17")));
        assertEquals("GET /api/v3/computers-inventory?page-size=100", AdaptiveLimit.kind("GET",
                HttpUrl.get("http://h/api/v3/computers-inventory?page=4&page-size=100&section=GENERAL")));
        assertEquals("GET /JSSResource/computers/serialnumber/*", AdaptiveLimit.kind("GET",
                HttpUrl.get("http://h/JSSResource/computers/serialnumber/C02X1234")));
        assertEquals("GET /JSSResource/computers/name/*", AdaptiveLimit.kind("GET",
                HttpUrl.get("http://h/JSSResource/computers/name/Oscar%27s%20Mac")));
        assertEquals("PUT /api/v2/computer-prestages/*/scope", AdaptiveLimit.kind("PUT",
                HttpUrl.get("http://h/api/v2/computer-prestages/7/scope")));
    }
}
