package dev.flowsim.emulator.logs.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Scans partitions (log streams) on the calling thread and up to {@code helperCount} helpers at once. Every scanner
 * takes partitions one at a time from a shared counter. A helper that has not started when the partitions run out
 * is told not to (an atomic flag both sides race for), so a busy executor, or one that never runs tasks, costs only
 * parallelism, and the caller never waits for a queued task: no deadlock even when the caller runs on that executor.
 * One scanner failing makes the others stop at their next check of {@code abandoned}.
 */
public final class ParallelScan {

    /** One scanner's work; {@link #scan} is called for each partition it takes, in increasing index order. */
    public interface Scanner {
        /**
         * @param abandoned true once another scanner failed; poll it now and then and stop (throw) when it is
         */
        void scan(int partition, BooleanSupplier abandoned);
    }

    private ParallelScan() {
    }

    /**
     * Runs {@code scanners.get(i)} on scanner thread {@code i} (0 is the caller), which together cover partitions
     * {@code [0, partitions)}; returns when all started scanners are done, rethrowing the first failure.
     *
     * @param scanners one per thread that may scan (at least one: the caller's); a scanner that never runs is
     *                 left untouched
     */
    public static void run(int partitions, List<? extends Scanner> scanners, Executor helpers) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier abandoned = stop::get;
        Runnable[] work = new Runnable[scanners.size()];
        for (int s = 0; s < work.length; s++) {
            Scanner scanner = scanners.get(s);
            work[s] = () -> {
                for (int p = next.getAndIncrement(); p < partitions && !stop.get(); p = next.getAndIncrement()) {
                    scanner.scan(p, abandoned);
                }
            };
        }
        List<Helper> started = new ArrayList<>();
        for (int s = 1; s < work.length && s < partitions; s++) {
            Helper helper = new Helper(work[s]);
            try {
                helpers.execute(helper.task);
            } catch (RejectedExecutionException e) {
                break; // a pool shutting down: the caller scans alone
            }
            started.add(helper);
        }
        RuntimeException failure = null;
        try {
            work[0].run();
        } catch (RuntimeException e) {
            stop.set(true);
            failure = e;
        }
        for (Helper helper : started) {
            if (helper.begun.compareAndSet(false, true)) {
                continue; // never started, and now never will: the caller did its share
            }
            try {
                helper.task.get();
            } catch (ExecutionException e) {
                stop.set(true);
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.set(true);
                throw new CancellationException("scan interrupted");
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * A scanner on the helper executor. Whoever sets {@code begun} first decides: the helper (it scans) or the
     * caller once it has run out of partitions (the helper will then do nothing). {@link FutureTask#cancel} cannot
     * tell the two apart: a task counts as cancellable while it runs.
     */
    private static final class Helper {
        private final AtomicBoolean begun = new AtomicBoolean();
        private final FutureTask<Void> task;

        Helper(Runnable work) {
            this.task = new FutureTask<>(() -> {
                if (begun.compareAndSet(false, true)) {
                    work.run();
                }
            }, null);
        }
    }
}
