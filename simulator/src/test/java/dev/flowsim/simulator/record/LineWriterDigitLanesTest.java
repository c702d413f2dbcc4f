package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link LineWriter}'s numbers are written eight digits at a time (all eight worked out in one long, leading zeros
 * shifted out, one store): every power-of-ten boundary, the 10^8 and 10^16 splits, the extremes of int and long, and
 * a seeded spread of values of every length must read exactly as {@link Long#toString}, whichever of the two
 * overloads writes them and whatever bytes the buffer held before.
 */
class LineWriterDigitLanesTest {

    @Test
    void everyPowerOfTenBoundaryReadsAsItsDecimalText() {
        LineWriter line = new LineWriter();
        long power = 1;
        for (int k = 0; k <= 18; k++) {
            for (long value : new long[] {power - 1, power, power + 1, 2 * power - 1, 9 * power, -power,
                -(power - 1), -(power + 1)}) {
                assertWritten(line, value);
            }
            power *= 10;
        }
        for (long value : new long[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 65_535, 65_536, 255, 256, 100_000_000L * 100_000_000L
            - 1, 100_000_000L * 100_000_000L, 9_999_999_999_999_999L, 10_000_000_000_000_000L}) {
            assertWritten(line, value);
        }
    }

    @Test
    void seededValuesOfEveryLengthReadAsTheirDecimalText() {
        LineWriter line = new LineWriter();
        SplittableRandom random = new SplittableRandom(20_261_127);
        for (int i = 0; i < 200_000; i++) {
            long value = switch (i % 5) {
                case 0 -> random.nextInt(100_000_000);
                case 1 -> random.nextLong();
                case 2 -> random.nextInt();
                case 3 -> random.nextInt(65_536);
                default -> random.nextLong(1L << random.nextInt(1, 63));
            };
            assertWritten(line, value);
        }
    }

    @Test
    void everyValueBelowTenThousandHasTheRightDigitsInEveryLane() {
        for (int value = 0; value < 10_000; value++) {
            for (int scale : new int[] {1, 10_000}) {
                long lanes = Digits.digitLanes(value * scale);
                String expected = String.format("%08d", value * scale);
                for (int digit = 0; digit < 8; digit++) {
                    assertEquals(expected.charAt(digit) - '0', (int) (lanes >>> (8 * digit) & 0xFF),
                            "digit " + digit + " of " + expected);
                }
            }
        }
    }

    @Test
    void numbersEndWhereTheirDigitsEndThoughWholeLongsAreStored() {
        LineWriter line = new LineWriter();
        line.reset();
        StringBuilder expected = new StringBuilder();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 2_000; i++) {
            long value = random.nextLong(1L << random.nextInt(1, 63));
            line.reserve(LineWriter.MAX_FIELD_BYTES + 1);
            if ((i & 1) == 0) {
                line.putNumber(value);
            } else {
                line.putNumber((int) value);
                value = (int) value;
            }
            line.putDash();
            expected.append(value).append('-');
        }
        assertEquals(expected.toString(), new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void fieldsFollowedByASpaceReadAsTheFieldThenOneSpace() {
        LineWriter line = new LineWriter();
        line.reset();
        StringBuilder expected = new StringBuilder();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            long number = switch (i % 4) {
                case 0 -> random.nextInt(65_536);
                case 1 -> random.nextLong(20_000_000);
                case 2 -> random.nextLong();
                default -> i < 8 ? new long[] {0, 9, 10, 9_999_999, 10_000_000, -1, Long.MIN_VALUE, 99_999_999}[i]
                        : random.nextLong(1L << random.nextInt(1, 63));
            };
            long seconds = i % 50 == 0 ? random.nextLong() : 1_767_225_000L + random.nextInt(100_000);
            int address = random.nextInt();
            line.reserve(3 * (LineWriter.MAX_FIELD_BYTES + 1));
            line.putNumberSpace(number);
            line.putSecondsSpace(seconds, i & 1);
            line.putIpv4Space(address);
            expected.append(number).append(' ').append(seconds).append(' ').append(Ipv4.text(address)).append(' ');
        }
        assertEquals(expected.toString(), new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void rawTextOfEveryShortLengthIsCopiedWhole() {
        LineWriter line = new LineWriter();
        line.reset();
        StringBuilder expected = new StringBuilder();
        for (int n = 0; n <= 40; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append((char) ('a' + (n + i) % 26));
            }
            line.reserve(n + 1);
            line.putRaw(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            line.putSpace();
            expected.append(text).append(' ');
        }
        assertEquals(expected.toString(), new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1));
    }

    private static void assertWritten(LineWriter line, long value) {
        line.reset();
        // Dirty the buffer first: the digits must not depend on what the spare bytes held.
        line.reserve(64);
        for (int i = 0; i < 64; i++) {
            line.putDash();
        }
        line.reset();
        line.number(value);
        line.space();
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            line.number((int) value);
        } else {
            line.number(value);
        }
        line.space();
        assertEquals(value + " " + value + " ", line.finish(), "value " + value);
    }
}
