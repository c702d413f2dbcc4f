package dev.flowsim.emulator.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte-level helpers for the fast decode of the plainest JSON: whitespace, and strings made only of printable ASCII
 * without escapes. Each helper answers -1 where the text leaves that plain subset, and the caller then hands the
 * body to Jackson, so nothing the fast path accepts differs from what Jackson would have read.
 */
public final class RawJson {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;

    private RawJson() {
    }

    /** The index of the first byte at or after {@code i} that is not JSON whitespace. */
    public static int skipWhitespace(byte[] b, int i) {
        while (i < b.length) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * With {@code i} just after an opening quote: the index of the closing quote when every byte before it is
     * printable ASCII other than a backslash, else -1 (escapes, control characters, DEL, non-ASCII, no closing
     * quote). Eight bytes at a time: the lowest byte a word flags is the first special byte (the bit tricks can
     * flag bytes after a true one, never before), so that byte alone decides.
     */
    public static int endOfPlainString(byte[] b, int i) {
        int n = b.length;
        // Four words per step while they fit: one branch per 32 bytes for the long plain stretch of a message.
        while (i + 32 <= n) {
            long w0 = specialBytes((long) LONGS.get(b, i));
            long w1 = specialBytes((long) LONGS.get(b, i + 8));
            long w2 = specialBytes((long) LONGS.get(b, i + 16));
            long w3 = specialBytes((long) LONGS.get(b, i + 24));
            if ((w0 | w1 | w2 | w3) == 0) {
                i += 32;
                continue;
            }
            int at = w0 != 0 ? i + (Long.numberOfTrailingZeros(w0) >>> 3)
                    : w1 != 0 ? i + 8 + (Long.numberOfTrailingZeros(w1) >>> 3)
                    : w2 != 0 ? i + 16 + (Long.numberOfTrailingZeros(w2) >>> 3)
                    : i + 24 + (Long.numberOfTrailingZeros(w3) >>> 3);
            return b[at] == '"' ? at : -1;
        }
        while (i + 8 <= n) {
            long flags = specialBytes((long) LONGS.get(b, i));
            if (flags == 0) {
                i += 8;
                continue;
            }
            int at = i + (Long.numberOfTrailingZeros(flags) >>> 3);
            return b[at] == '"' ? at : -1;
        }
        for (; i < n; i++) {
            int c = b[i];
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c == '\\' || c == 0x7F) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The top bit of each byte that may be a quote, a backslash, below 0x20 or above 0x7E; exact for the lowest.
     * Flipping bit 1 turns the quote (0x22) into 0x20 and leaves every other byte at or above 0x20 there, so
     * "below 0x21 after the flip" is "a control byte or a quote" in one test.
     */
    private static long specialBytes(long word) {
        long flipped = word ^ (ONES * 0x02);
        long backslash = word ^ (ONES * '\\');
        return (((flipped - ONES * 0x21) & ~flipped)  // a byte below 0x20, or a quote
                | hasZeroByte(backslash)
                | ((word + ONES) | word))             // a byte above 0x7E
                & HIGHS;
    }

    private static long hasZeroByte(long v) {
        return (v - ONES) & ~v;
    }
}
