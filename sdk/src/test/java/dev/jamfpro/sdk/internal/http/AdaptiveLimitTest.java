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
        assertEquals(List.of(2, 4, 5, 5), rounds(4, 50));
    }

    @Test
    void theLimitDropsAsLatencyRisesAboveItsBaselineAndRecoversAsItFalls() {
        rounds(3, 50); // at 5, baseline 50 ms
        assertEquals(List.of(3, 2, 1), rounds(3, 312.5), "6.25 x its baseline: halved each round, down to 1");
        assertEquals(List.of(1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5), rounds(12, 50),
                "back up by one after three fast rounds in a row, once the server has been seen to slow down");
    }

    @Test
    void oneSlowAnswerInARoundMovesNothing() {
        rounds(3, 50);
        long round = limit.round();
        for (long millis : new long[] {50, 900, 50, 50}) { // a pause, a cold cache
            now += millis * MS;
            limit.onAnswer(KIND, millis * MS, now, round, true);
        }
        assertEquals(5, limit.limit());
        assertEquals(List.of(4), rounds(1, 112.5), "while a round that is slow throughout does");
    }

    @Test
    void aMildSlowdownLowersTheLimitByOne() {
        rounds(3, 50);
        assertEquals(List.of(4), rounds(1, 112.5), "2.25 x: 5 x 2 / 2.25 = 4.4");
        assertEquals(List.of(4, 4, 5, 5), rounds(4, 50), "up by one after three fast rounds");
    }

    @Test
    void latencyBetweenFastAndSlowHoldsTheLimit() {
        rounds(3, 50);
        assertEquals(List.of(5, 5, 5), rounds(3, 87.5), "1.75 x its baseline: neither slow nor fast");
    }

    @Test
    void pausesOfTheClientItselfNeverLowerTheLimit() {
        rounds(3, 0.3); // a fast server: 0.3 ms
        Random random = new Random(7);
        for (int r = 0; r < 2_000; r++) {
            // A garbage-collection pause or a busy CPU delays every request in flight alike, here a whole round
            // in twenty by 45 ms: 150 times the baseline, but never 50 ms above it.
            boolean pause = r % 20 == 0;
            long round = limit.round();
            for (int i = 0; i < AdaptiveLimit.ROUND_SAMPLES; i++) {
                long latency = (long) ((0.3 + (pause ? 45 : random.nextDouble() * 5)) * MS);
                now += latency;
                limit.onAnswer(KIND, latency, now, round, true);
            }
            assertEquals(5, limit.limit(), "round " + r);
        }
        assertEquals(List.of(3), rounds(1, 60), "while 60 ms more on every answer is a slowdown");
    }

    @Test
    void overloadAnswersHalveTheLimitOncePerRound() {
        rounds(3, 50);
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
        rounds(3, 50);
        long before = limit.round();
        rounds(1, 312.5); // down
        int lowered = limit.limit();
        for (int i = 0; i < 20; i++) {
            now += 312 * MS;
            limit.onAnswer(KIND, 312 * MS, now, before, true); // stragglers of the old round
        }
        assertEquals(lowered, limit.limit());
    }

    @Test
    void theLimitRisesOnlyWhenItWasReached() {
        for (int i = 0; i < 10; i++) {
            now += 50 * MS;
            limit.onAnswer(KIND, 50 * MS, now, limit.round(), false); // one request at a time: the limit never bites
        }
        assertEquals(1, limit.limit());
    }

    @Test
    void eachKindOfRequestHasItsOwnBaseline() {
        rounds(3, 50);
        for (int i = 0; i < 4; i++) { // a page of 2000 takes 2 s; so it always has: not a slowdown
            now += 2000 * MS;
            limit.onAnswer("GET /api/v1/computers-inventory?page-size=2000", 2000 * MS, now, limit.round(), true);
        }
        assertEquals(5, limit.limit());
    }

    @Test
    void aBaselineFollowsAServerThatStaysSlowerAfterAMinute() {
        rounds(3, 50);
        rounds(3, 312.5);
        assertEquals(1, limit.limit());
        now += TimeUnit.SECONDS.toNanos(61); // the fast answers are out of both windows now
        List<Integer> later = rounds(12, 312.5);
        assertEquals(5, later.get(later.size() - 1), "312 ms is the new normal: back to 5 " + later);
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
