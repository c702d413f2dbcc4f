package dev.flowsim.simulator.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(2);

    @Test
    void jitteredPausesStayBetweenHalfAndAllOfTheirStep() {
        Backoff backoff = Backoff.jittered(BASE, MAX, 7L);
        for (long call = 1; call <= 500; call++) {
            for (int retry = 1; retry <= 6; retry++) {
                Duration step = backoff.delayBeforeRetry(retry);
                Duration pause = backoff.pauseBeforeRetry(retry, call);
                assertTrue(pause.compareTo(step.dividedBy(2)) >= 0 && pause.compareTo(step) <= 0,
                        "call " + call + " retry " + retry + ": " + pause + " outside [" + step.dividedBy(2) + ", "
                                + step + "]");
            }
        }
    }

    @Test
    void theSameSeedCallAndRetryPauseTheSameAndCallsDoNotRetryInLockstep() {
        Backoff one = Backoff.jittered(BASE, MAX, 7L);
        Backoff again = Backoff.jittered(BASE, MAX, 7L);
        Set<Duration> firstPauses = new HashSet<>();
        for (long call = 1; call <= 100; call++) {
            assertEquals(one.pauseBeforeRetry(1, call), again.pauseBeforeRetry(1, call));
            firstPauses.add(one.pauseBeforeRetry(1, call));
        }
        assertTrue(firstPauses.size() > 90, "100 calls' first pauses should spread out, got " + firstPauses.size());
        Backoff otherSeed = Backoff.jittered(BASE, MAX, 8L);
        long differing = java.util.stream.LongStream.rangeClosed(1, 100)
                .filter(call -> !otherSeed.pauseBeforeRetry(1, call).equals(one.pauseBeforeRetry(1, call))).count();
        assertTrue(differing > 90, "another seed should give other pauses, " + differing + " of 100 differ");
    }

    @Test
    void withoutJitterEveryPauseIsTheWholeStep() {
        Backoff exact = new Backoff(BASE, MAX);
        assertEquals(Duration.ofMillis(400), exact.pauseBeforeRetry(3, 42));
        assertEquals(MAX, exact.pauseBeforeRetry(30, 42));
    }
}
