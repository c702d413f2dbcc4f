package dev.flowsim.simulator.delivery;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Looks at a run of bytes eight at a time (one {@code long}) to tell whether any is beyond ASCII and whether any is
 * one JSON must escape (a control character, a quote, a backslash). Flow log lines are plain ASCII with neither, so
 * the answer lets them be copied whole instead of byte by byte.
 *
 * <p>The word tests are the classic "does a byte of x equal / fall below n" bit tricks: a borrow can only mark a
 * byte above one that truly matched, so "is there any" is exact.
 */
final class ByteScan {

    /** Some byte is 0x80 or above. */
    static final int NON_ASCII = 1;
    /** Some byte is below 0x20, a quote or a backslash. */
    static final int ESCAPES = 2;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long SPACES = 0x20 * ONES;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;

    private ByteScan() {
    }

    /** @return {@link #NON_ASCII} and {@link #ESCAPES} or-ed together for what the bytes hold; 0 for neither */
    static int of(byte[] bytes, int offset, int count) {
        long high = 0;
        long escapes = 0;
        int i = offset;
        int end = offset + count;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            high |= word;
            escapes |= below(word, SPACES) | zeroByte(word ^ QUOTES) | zeroByte(word ^ BACKSLASHES);
        }
        int flags = ((high & HIGHS) != 0 ? NON_ASCII : 0) | ((escapes & HIGHS) != 0 ? ESCAPES : 0);
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b < 0) {
                flags |= NON_ASCII;
            } else if (b < 0x20 || b == '"' || b == '\\') {
                flags |= ESCAPES;
            }
        }
        return flags;
    }

    /** Marks (0x80) a byte that is zero; any marked byte means some byte is. */
    private static long zeroByte(long word) {
        return (word - ONES) & ~word & HIGHS;
    }

    /** Marks a byte below the one repeated in {@code limits} (at most 0x80); any marked means some byte is. */
    private static long below(long word, long limits) {
        return (word - limits) & ~word & HIGHS;
    }
}
