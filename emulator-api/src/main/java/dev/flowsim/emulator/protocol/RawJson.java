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
        // Two words per step while they fit: one branch per 16 bytes for the long plain stretch of a message.
        while (i + 16 <= n) {
            long first = specialBytes((long) LONGS.get(b, i));
            long second = specialBytes((long) LONGS.get(b, i + 8));
            if ((first | second) == 0) {
                i += 16;
                continue;
            }
            int at = first != 0 ? i + (Long.numberOfTrailingZeros(first) >>> 3)
                    : i + 8 + (Long.numberOfTrailingZeros(second) >>> 3);
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

    /** The top bit of each byte that may be a quote, a backslash, below 0x20 or above 0x7E; exact for the lowest. */
    private static long specialBytes(long word) {
        long quote = word ^ (ONES * '"');
        long backslash = word ^ (ONES * '\\');
        return (hasZeroByte(quote) | hasZeroByte(backslash)
                | ((word - ONES * 0x20) & ~word)  // a byte below 0x20
                | ((word + ONES) | word))         // a byte above 0x7E
                & HIGHS;
    }

    private static long hasZeroByte(long v) {
        return (v - ONES) & ~v;
    }
}
