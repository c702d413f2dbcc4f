package dev.flowsim.simulator.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryingCallerTest {

    private final List<String> retried = new ArrayList<>();
    private final RetryingCaller caller = new RetryingCaller(3, new Backoff(Duration.ZERO, Duration.ZERO),
            (operation, failure) -> retried.add(operation + " " + failure.call().errorCode()));

    @Test
    void succeedsAfterRetryableFailuresCountingEveryAttempt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CallResult<String> result = caller.call("PutLogEvents", () -> calls.incrementAndGet() <= 2
                ? CompletableFuture.failedFuture(AwsErrors.throttled())
                : CompletableFuture.completedFuture("ok")).get(5, TimeUnit.SECONDS);
        assertEquals(new CallResult.Succeeded<>("ok", 3), result);
        assertEquals(List.of("PutLogEvents ThrottlingException", "PutLogEvents ThrottlingException"), retried);
    }

    @Test
    void givesUpAfterOnePlusMaxRetriesAttempts() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CallResult<String> result = caller.<String>call("PutLogEvents", () -> {
            calls.incrementAndGet();
            return CompletableFuture.failedFuture(AwsErrors.throttled());
        }).get(5, TimeUnit.SECONDS);
        assertEquals(4, calls.get());
        assertInstanceOf(CallResult.Failed.class, result);
        CallResult.Failed<String> failed = (CallResult.Failed<String>) result;
        assertEquals(4, failed.attempts());
        assertEquals(FailureKind.THROTTLED, failed.failure().kind());
    }

    @Test
    void doesNotRetryWhatRetryingCannotFix() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CallResult<String> result = caller.<String>call("CreateLogStream", () -> {
            calls.incrementAndGet();
            return CompletableFuture.failedFuture(AwsErrors.logs(400, "AccessDeniedException", "no"));
        }).get(5, TimeUnit.SECONDS);
        assertEquals(1, calls.get());
        assertEquals(1, result.attempts());
        assertEquals(List.of(), retried);
    }

    @Test
    void aCallThatThrowsInsteadOfFailingItsFutureIsStillAFailure() throws Exception {
        CallResult<String> result = caller.<String>call("AssumeRole", () -> {
            throw new IllegalStateException("no credentials");
        }).get(5, TimeUnit.SECONDS);
        assertEquals("IllegalStateException", ((CallResult.Failed<String>) result).failure().call().errorCode());
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(350));
        assertEquals(Duration.ofMillis(100), backoff.delayBeforeRetry(1));
        assertEquals(Duration.ofMillis(200), backoff.delayBeforeRetry(2));
        assertEquals(Duration.ofMillis(350), backoff.delayBeforeRetry(3));
        assertEquals(Duration.ofMillis(350), backoff.delayBeforeRetry(60));
        assertThrows(IllegalArgumentException.class, () -> backoff.delayBeforeRetry(0));
    }
}
