package dev.flowsim.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of this process, split by thread name: the emulator's threads ({@code flowsim-*}: accept, I/O event
 * loops, operation workers) versus everything else (the load client, GC, JIT). GC and JIT threads are not Java
 * threads, so they show only in the process total.
 */
public final class CpuMeter {

    /** CPU nanoseconds at one instant. */
    public record Snapshot(long serverThreads, long process, long wallNanos) {
        public Snapshot minus(Snapshot earlier) {
            return new Snapshot(serverThreads - earlier.serverThreads, process - earlier.process,
                    wallNanos - earlier.wallNanos);
        }
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public Snapshot snapshot() {
        long server = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("flowsim-")) {
                long cpu = threads.getThreadCpuTime(t.getId());
                server += Math.max(0, cpu);
            }
        }
        return new Snapshot(server, processCpuNanos(), System.nanoTime());
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
