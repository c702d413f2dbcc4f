package dev.flowsim.simulator.record;

import java.nio.charset.StandardCharsets;

/**
 * The digit tables and digit arithmetic {@link LineWriter} writes numbers and addresses with: two-digit and octet
 * tables, every value below 1,000 with its space, and the multiply-and-shift splitting of a number into one digit per
 * byte lane. Pure functions of their arguments, built once per JVM.
 */
final class Digits {

    /** "00", "01", ... "99" as little-endian shorts: an epoch second's last two digits. */
    static final short[] DIGIT_PAIRS = new short[100];
    /**
     * Each octet's text followed by a dot as little-endian bytes in the low 32 bits, and in the high 32 bits that
     * text's length in bits (its length times 8, the shift that puts the next text after it).
     */
    static final long[] OCTET_DOT = new long[256];
    /** The same with a space instead of the dot: an address's last octet and the space after the field. */
    static final long[] OCTET_SPACE = new long[256];
    /** The low 32 bits of an {@link #OCTET_DOT} entry, its text. */
    static final long OCTET_TEXT = 0xFFFF_FFFFL;

    /** The byte '0' in each of a long's eight lanes: added to {@link #digitLanes} it makes their text. */
    static final long ASCII_ZEROS = 0x3030_3030_3030_3030L;

    /** Values below this (protocols, well-known ports, small counts) come whole from {@link #SMALL_SPACE}. */
    static final int SMALL_LIMIT = 1_000;
    /**
     * Per value below {@link #SMALL_LIMIT}: its digits and a space as little-endian bytes, and in the top byte their
     * count (at most four, so the top byte is never text). 8 KiB, small enough to stay in the L1 cache next to the
     * rest of the line's work (a table of every value below 65,536 was 512 KiB, and ephemeral ports and byte counts
     * hit it at random, mostly outside the L1 cache).
     */
    static final long[] SMALL_SPACE = new long[SMALL_LIMIT];
    /** Per value 1..999: its digits as a little-endian int, their count in the top byte. */
    static final int[] HUNDREDS_TEXT = new int[SMALL_LIMIT];

    static {
        for (int value = 0; value < SMALL_LIMIT; value++) {
            byte[] text = (value + " ").getBytes(StandardCharsets.ISO_8859_1);
            long packed = (long) text.length << 56;
            for (int i = 0; i < text.length; i++) {
                packed |= (long) (text[i] & 0xFF) << (8 * i);
            }
            SMALL_SPACE[value] = packed;
            int digits = text.length - 1;
            HUNDREDS_TEXT[value] = (int) (packed & 0xFF_FFFF & ~(-1L << (8 * digits))) | digits << 24;
        }
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[i] = (short) (('0' + i % 10) << 8 | ('0' + i / 10));
        }
        for (int octet = 0; octet < 256; octet++) {
            OCTET_DOT[octet] = octetText(octet + ".");
            OCTET_SPACE[octet] = octetText(octet + " ");
        }
    }

    private static long octetText(String text) {
        long packed = (long) (8 * text.length()) << 32;
        for (int i = 0; i < text.length(); i++) {
            packed |= (long) text.charAt(i) << (8 * i);
        }
        return packed;
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
