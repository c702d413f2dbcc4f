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
}
