package dev.flowsim.cli.bench;

import java.util.Arrays;
import java.util.List;

/** Request latencies of one load thread, in nanoseconds; merged and sorted once at the end. */
public final class LatencyRecorder {

    private long[] nanos = new long[1024];
    private int count;

    public void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    /** Percentiles over every thread's latencies (nearest rank). */
    public record Percentiles(long p50, long p90, long p99, long max, int samples) {
    }

    public static Percentiles percentiles(List<LatencyRecorder> recorders) {
        int total = recorders.stream().mapToInt(r -> r.count).sum();
        long[] all = new long[total];
        int at = 0;
        for (LatencyRecorder r : recorders) {
            System.arraycopy(r.nanos, 0, all, at, r.count);
            at += r.count;
        }
        Arrays.sort(all);
        return new Percentiles(rank(all, 0.50), rank(all, 0.90), rank(all, 0.99), total == 0 ? 0 : all[total - 1],
                total);
    }

    private static long rank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
