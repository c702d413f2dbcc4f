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
     * printable ASCII other than a backslash, else -1 (escapes, control characters, non-ASCII, no closing quote).
     * Eight bytes are checked at a time.
     */
    public static int endOfPlainString(byte[] b, int i) {
        int n = b.length;
        while (i + 8 <= n) {
            long word = (long) LONGS.get(b, i);
            if (!hasSpecialByte(word)) {
                i += 8;
                continue;
            }
            for (int end = i + 8; i < end; i++) {
                int c = b[i];
                if (c == '"') {
                    return i;
                }
                if (c < 0x20 || c == '\\' || c == 0x7F) {
                    return -1;
                }
            }
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

    /** Whether a word has a quote, a backslash, a control byte, DEL or a byte of 0x80 and above. */
    private static boolean hasSpecialByte(long word) {
        long quote = word ^ (ONES * '"');
        long backslash = word ^ (ONES * '\\');
        long del = word ^ (ONES * 0x7F);
        long special = hasZeroByte(quote) | hasZeroByte(backslash) | hasZeroByte(del)
                | ((word - ONES * 0x20) & ~word) // a byte below 0x20 (or the top bit of one at 0x80+)
                | word;                          // any byte of 0x80 and above
        return (special & HIGHS) != 0;
    }

    private static long hasZeroByte(long v) {
        return (v - ONES) & ~v;
    }
}
