package dev.flowsim.emulator.protocol;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The word-at-a-time string scan finds exactly what a byte-by-byte scan finds. */
class RawJsonTest {

    private static int byteByByte(byte[] b, int i) {
        for (; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == '"') {
                return i;
            }
            if (c < 0x20 || c == '\\' || c >= 0x7F) {
                return -1;
            }
        }
        return -1;
    }

    @Test
    void findsTheClosingQuoteOrTheFirstSpecialByteAtEveryPosition() {
        SplittableRandom random = new SplittableRandom(3);
        byte[] specials = {'"', '\\', 0x00, 0x1F, 0x7F, (byte) 0x80, (byte) 0xFF, (byte) 0xC3, 0x20, 0x7E, 0x21, 0x5B};
        for (int round = 0; round < 20_000; round++) {
            // Every other round long and mostly plain, so that the scan's 16-byte steps run several times.
            boolean sparse = round % 2 == 1;
            byte[] b = new byte[1 + random.nextInt(sparse ? 90 : 40)];
            for (int k = 0; k < b.length; k++) {
                b[k] = random.nextInt(sparse ? 70 : 6) == 0 ? specials[random.nextInt(specials.length)]
                        : (byte) (0x20 + random.nextInt(0x5F));
            }
            int from = random.nextInt(b.length);
            assertEquals(byteByByte(b, from), RawJson.endOfPlainString(b, from), () -> java.util.Arrays.toString(b));
        }
    }

    @Test
    void everyPairOfByteValuesAtEveryOffsetOfAWordDecidesAsTheByteByByteScan() {
        // Any first special byte, followed by any byte, in each lane of the 32-, 8- and 1-byte steps: the bit
        // tricks' carries and borrows must never flag a byte before the first true one.
        for (int length : new int[] {40, 12, 3}) {
            byte[] b = new byte[length];
            for (int at = 0; at + 1 < length; at++) {
                for (int first = 0; first < 256; first++) {
                    for (int second = 0; second < 256; second += (first % 17 == 0 ? 1 : 51)) {
                        java.util.Arrays.fill(b, (byte) 'a');
                        b[at] = (byte) first;
                        b[at + 1] = (byte) second;
                        int expected = byteByByte(b, 0);
                        int actual = RawJson.endOfPlainString(b, 0);
                        if (expected != actual) {
                            assertEquals(expected, actual, "length " + length + ", byte " + first + " at " + at
                                    + " then " + second);
                        }
                    }
                }
            }
        }
    }
}
