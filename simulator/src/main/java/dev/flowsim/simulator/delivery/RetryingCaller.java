package dev.flowsim.simulator.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Runs an AWS call with the simulator's own retry policy (the SDK's is switched off): retryable failures are
 * repeated up to {@code maxRetries} times after a (jittered) backoff pause, so one call makes at most 1 + maxRetries
 * requests.
 * Pauses are scheduled, never slept, so no thread is held while waiting.
 */
public final class RetryingCaller {

    private final int maxRetries;
    private final Backoff backoff;
    private final BiConsumer<String, ClassifiedFailure> onRetry;
    private final AtomicLong calls = new AtomicLong();

    /**
     * @param onRetry told about each failure that is about to be retried (for metrics)
     */
    public RetryingCaller(int maxRetries, Backoff backoff, BiConsumer<String, ClassifiedFailure> onRetry) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries is never negative: " + maxRetries);
        }
        this.maxRetries = maxRetries;
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.onRetry = Objects.requireNonNull(onRetry, "onRetry");
    }

    public int maxRetries() {
        return maxRetries;
    }

    /**
     * @param operation the AWS operation name, used in failures
     * @param call      starts one attempt; called again for each retry
     * @return never completes exceptionally: failures come back as {@link CallResult.Failed}
     */
    public <T> CompletableFuture<CallResult<T>> call(String operation, Supplier<CompletableFuture<T>> call) {
        return attempt(operation, call, calls.incrementAndGet(), 1);
    }

    private <T> CompletableFuture<CallResult<T>> attempt(String operation, Supplier<CompletableFuture<T>> call,
                                                        long callNumber, int attempt) {
        CompletableFuture<T> pending;
        try {
            pending = call.get();
        } catch (RuntimeException synchronousFailure) {
            pending = CompletableFuture.failedFuture(synchronousFailure);
        }
        return pending.handle((value, error) -> {
            if (error == null) {
                return CompletableFuture.<CallResult<T>>completedFuture(new CallResult.Succeeded<>(value, attempt));
            }
            ClassifiedFailure failure = AwsErrorClassifier.classify(operation, error);
            if (!failure.kind().retryable() || attempt > maxRetries) {
                return CompletableFuture.<CallResult<T>>completedFuture(new CallResult.Failed<>(failure, attempt));
            }
            onRetry.accept(operation, failure);
            return CompletableFuture.runAsync(() -> { }, after(backoff.pauseBeforeRetry(attempt, callNumber)))
                    .thenCompose(ignored -> attempt(operation, call, callNumber, attempt + 1));
        }).thenCompose(result -> result);
    }

    /**
     * Runs after the pause on {@link #TIMER}. Not {@code CompletableFuture.delayedExecutor(delay)}: that hands the
     * task to the default async executor, which on a two-core machine starts a new thread per task.
     */
    private static Executor after(Duration delay) {
        return task -> TIMER.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** One daemon thread for every pause of every caller: it only starts the next attempt. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "flowsim-retry-timer");
        thread.setDaemon(true);
        return thread;
    });
}
