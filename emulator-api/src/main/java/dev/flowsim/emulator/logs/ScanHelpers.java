package dev.flowsim.emulator.logs;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that help an operation worker scan a FilterLogEvents request's streams in parallel: one fewer than the
 * machine's cores (at least one), shared by every request, idle threads ending after 30 s. A request never waits
 * for a helper to start ({@code ParallelScan}), so when every helper is busy a request scans alone, as before.
 */
final class ScanHelpers {

    /** How many helpers one request asks for. */
    static final int COUNT = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);

    private ScanHelpers() {
    }

    static Executor shared() {
        return Holder.POOL;
    }

    /** Created on first use, so an emulator that never filters starts no thread. */
    private static final class Holder {
        private static final Executor POOL = pool();

        private static Executor pool() {
            AtomicInteger n = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(COUNT, COUNT, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "flowsim-filter-scan-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            pool.allowCoreThreadTimeOut(true);
            return pool;
        }
    }
}
