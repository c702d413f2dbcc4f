package dev.flowsim.emulator.logs.store;

import java.util.Arrays;

/**
 * The ingestion time and serial of every batch a stream has stored, numbered in arrival order. Events of one batch
 * share both, so each event keeps a 4-byte batch number instead of 16 bytes of id parts. Not thread-safe: the owning
 * stream's lock guards it.
 */
final class BatchTable {

    private long[] ingestionTimes = new long[4];
    private long[] serials = new long[4];
    private int count;

    int add(long ingestionTime, long serial) {
        if (count == ingestionTimes.length) {
            int grown = count + (count >> 1) + 1;
            ingestionTimes = Arrays.copyOf(ingestionTimes, grown);
            serials = Arrays.copyOf(serials, grown);
        }
        ingestionTimes[count] = ingestionTime;
        serials[count] = serial;
        return count++;
    }

    long ingestionTime(int batch) {
        return ingestionTimes[batch];
    }

    long serial(int batch) {
        return serials[batch];
    }
}
