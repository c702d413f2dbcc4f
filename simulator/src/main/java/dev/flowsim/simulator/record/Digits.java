package dev.flowsim.simulator.record;

import java.nio.charset.StandardCharsets;

/**
 * The digit tables and digit arithmetic {@link LineWriter} writes numbers and addresses with: two-digit and octet
 * tables, every value below 65,536 with its space, and the multiply-and-shift splitting of a number into one digit per
 * byte lane. Pure functions of their arguments, built once per JVM.
 */
final class Digits {

    /** "00", "01", ... "99" as little-endian shorts: an epoch second's last two digits. */
    static final short[] DIGIT_PAIRS = new short[100];
    /** Each octet's text followed by a dot, as the little-endian int of those bytes, and that text's length. */
    static final int[] OCTET_DOT = new int[256];
    static final int[] OCTET_DOT_LENGTH = new int[256];

    /** The byte '0' in each of a long's eight lanes: added to {@link #digitLanes} it makes their text. */
    static final long ASCII_ZEROS = 0x3030_3030_3030_3030L;
    /** '0' in the five low lanes only ({@link LineWriter#putBelowHundredThousandSpace}): the bytes above stay free. */
    static final long FIVE_ASCII_ZEROS = 0x30_3030_3030L;

    /** Values below this (every port and protocol) come whole from {@link #PORT_SPACE}. */
    static final int PORT_LIMIT = 65_536;
    /**
     * Per value below {@link #PORT_LIMIT}: its digits and a space as little-endian bytes, and in the top byte their
     * count (at most six, so the top byte is never text).
     */
    static final long[] PORT_SPACE = new long[PORT_LIMIT];

    static {
        for (int value = 0; value < PORT_LIMIT; value++) {
            byte[] text = (value + " ").getBytes(StandardCharsets.ISO_8859_1);
            long packed = (long) text.length << 56;
            for (int i = 0; i < text.length; i++) {
                packed |= (long) (text[i] & 0xFF) << (8 * i);
            }
            PORT_SPACE[value] = packed;
        }
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[i] = (short) (('0' + i % 10) << 8 | ('0' + i / 10));
        }
        for (int octet = 0; octet < 256; octet++) {
            byte[] text = (octet + ".").getBytes(StandardCharsets.ISO_8859_1);
            int packed = 0;
            for (int i = text.length - 1; i >= 0; i--) {
                packed = packed << 8 | text[i];
            }
            OCTET_DOT[octet] = packed;
            OCTET_DOT_LENGTH[octet] = text.length;
        }
    }

    /**
     * The four digits of {@code value} ({@code 0 <= value < 10^4}) one per byte of an int, most significant in the
     * lowest byte: {@link #digitLanes}' last two splits, in 32 bits.
     */
    static int fourDigitLanes(int value) {
        int hundreds = value * 5243 >>> 19;
        int quarters = hundreds | (value - hundreds * 100) << 16;
        int tens = (quarters * 103 >>> 10) & 0x000F_000F;
        return tens | (quarters - tens * 10) << 8;
    }

    /**
     * The eight decimal digits of {@code value} ({@code 0 <= value < 10^8}), one per byte, most significant digit in
     * the lowest byte (the order of text stored little-endian), as numbers 0-9. The value is split into two 4-digit
     * halves (32-bit lanes), each half into two 2-digit quarters (16-bit lanes), each quarter into two digits (byte
     * lanes); each split divides every lane at once by a multiply and shift that is exact for the lane's range
     * ({@code n / 100 == n * 5243 >>> 19} for {@code n < 10^4}, {@code n / 10 == n * 103 >>> 10} for
     * {@code n < 100}), with no lane's product reaching the next lane.
     */
    static long digitLanes(int value) {
        int highHalf = value / 10_000;
        long halves = highHalf | (long) (value - highHalf * 10_000) << 32;
        long hundreds = (halves * 5243 >>> 19) & 0x0000_007F_0000_007FL;
        long quarters = hundreds | (halves - hundreds * 100) << 16;
        long tens = (quarters * 103 >>> 10) & 0x000F_000F_000F_000FL;
        return tens | (quarters - tens * 10) << 8;
    }

    private Digits() {
    }
}
