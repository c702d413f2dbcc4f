package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link LineWriter}'s digit writers (two digits per store, epoch seconds from cached leading digits, IPv4 octets one
 * store each) against the JDK's own text, on edge values and a seeded spread of random ones.
 */
class LineWriterNumbersTest {

    private static final long[] EDGES = {0, 1, 9, 10, 11, 99, 100, 101, 999, 1_000, 65_535, 99_999, 100_000,
        999_999_999, 1_000_000_000, Integer.MAX_VALUE, 2_147_483_648L, 9_999_999_999L, 10_000_000_000L,
        1_767_225_599, 1_767_225_600, 4_102_444_800L, Long.MAX_VALUE, -1, -9, -10, -100, Integer.MIN_VALUE,
        -2_147_483_649L, Long.MIN_VALUE + 1, Long.MIN_VALUE};

    @Test
    void numbersAndSecondsReadAsTheirDecimalText() {
        LineWriter line = new LineWriter();
        for (long value : EDGES) {
            assertWritten(line, value);
        }
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 20_000; i++) {
            long value = switch (i % 4) {
                case 0 -> random.nextInt(Integer.MAX_VALUE);
                case 1 -> random.nextLong();
                case 2 -> 1_700_000_000L + random.nextInt(10_000);
                default -> random.nextLong(1L << random.nextInt(1, 63));
            };
            assertWritten(line, value);
        }
    }

    @Test
    void secondsOfBothSlotsStayRightAcrossHundredsBoundaries() {
        LineWriter line = new LineWriter();
        for (long start = 1_767_225_590; start < 1_767_225_810; start += 7) {
            long end = start + 13;
            line.reset();
            line.seconds(start, 0);
            line.space();
            line.seconds(end, 1);
            assertEquals(start + " " + end, line.finish());
        }
    }

    @Test
    void everyOctetOfAnIpv4AddressIsWrittenAsItsDottedQuad() {
        LineWriter line = new LineWriter();
        for (int octet = 0; octet < 256; octet++) {
            int address = octet << 24 | (255 - octet) << 16 | (octet * 7 & 0xFF) << 8 | (octet ^ 0x5A);
            line.reset();
            line.ipv4(address);
            line.space();
            assertEquals(Ipv4.text(address) + " ", line.finish());
        }
    }

    /** Every octet value in every position, the other three of every text length (1, 2, 3 digits), back to back. */
    @Test
    void everyOctetInEveryPositionNextToOctetsOfEveryLength() {
        int[] others = {0, 7, 10, 99, 100, 255};
        LineWriter line = new LineWriter();
        for (int position = 0; position < 4; position++) {
            for (int octet = 0; octet < 256; octet++) {
                line.reset();
                StringBuilder expected = new StringBuilder();
                for (int a : others) {
                    for (int b : others) {
                        for (int c : others) {
                            int[] octets = {a, b, c};
                            int address = 0;
                            for (int k = 0, o = 0; k < 4; k++) {
                                address = address << 8 | (k == position ? octet : octets[o++]);
                            }
                            line.reserve(LineWriter.MAX_FIELD_BYTES + 1);
                            line.putIpv4Space(address);
                            expected.append(Ipv4.text(address)).append(' ');
                        }
                    }
                }
                assertEquals(expected.toString(), new String(line.array(), 0, line.length(),
                        StandardCharsets.ISO_8859_1), "octet " + octet + " at " + position);
            }
        }
    }

    @Test
    void uncheckedWritesStayInsideTheRoomReservedForThem() {
        LineWriter line = new LineWriter();
        line.reset();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            line.reserve(2 * (LineWriter.MAX_FIELD_BYTES + 1));
            line.putNumber(Long.MIN_VALUE + i);
            line.putSpace();
            line.putIpv4(0xFFFF_FFFF - i);
            line.putSpace();
            expected.append(Long.MIN_VALUE + i).append(' ').append(Ipv4.text(0xFFFF_FFFF - i)).append(' ');
        }
        assertEquals(expected.toString(), new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1));
    }

    private static void assertWritten(LineWriter line, long value) {
        line.reset();
        line.number(value);
        line.space();
        line.seconds(value, (int) (value & 1));
        line.space();
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            line.number((int) value);
        } else {
            line.number(value);
        }
        assertEquals(value + " " + value + " " + value, line.finish(), "value " + value);
    }
}
