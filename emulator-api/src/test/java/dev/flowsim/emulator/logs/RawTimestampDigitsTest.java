package dev.flowsim.emulator.logs;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The eight-digits-at-a-time helpers of {@link RawLogEvents}'s timestamp parse, against Java's own parsing. */
class RawTimestampDigitsTest {

    private static long word(String eightBytes) {
        return ByteBuffer.wrap(eightBytes.getBytes(StandardCharsets.ISO_8859_1)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    @Test
    void eightDigitsReadAsTheirDecimalValue() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 10_000; round++) {
            String digits = String.format("%08d", random.nextInt(100_000_000));
            long w = word(digits);
            assertEquals(0L, RawLogEvents.nonDigitBytes(w), digits);
            assertEquals(Long.parseLong(digits), RawLogEvents.eightDigits(w), digits);
        }
        assertEquals(99_999_999L, RawLogEvents.eightDigits(word("99999999")));
        assertEquals(0L, RawLogEvents.eightDigits(word("00000000")));
    }

    @Test
    void theFirstNonDigitByteIsFoundInAnyPositionWhateverFollows() {
        SplittableRandom random = new SplittableRandom(5);
        for (int position = 0; position < 8; position++) {
            for (int b = 0; b < 256; b++) {
                char[] chars = "12345678".toCharArray();
                chars[position] = (char) b;
                for (int k = position + 1; k < 8; k++) {
                    chars[k] = (char) random.nextInt(256); // anything after it, carries included
                }
                long flags = RawLogEvents.nonDigitBytes(word(new String(chars)));
                boolean digit = b >= '0' && b <= '9';
                if (digit) {
                    assertTrue(flags == 0 || Long.numberOfTrailingZeros(flags) >>> 3 > position, position + ": " + b);
                } else {
                    assertEquals(position, Long.numberOfTrailingZeros(flags) >>> 3, position + ": " + b);
                }
            }
        }
    }

    @Test
    void leadingDigitsOfAWordReadAsTheirValue() {
        assertEquals(12_345L, RawLogEvents.eightDigits(RawLogEvents.leadingDigits(word("12345,\"m"), 5)));
        assertEquals(7L, RawLogEvents.eightDigits(RawLogEvents.leadingDigits(word("7}]xxxxx"), 1)));
        assertEquals(1_234_567L, RawLogEvents.eightDigits(RawLogEvents.leadingDigits(word("1234567."), 7)));
        assertEquals(0L, RawLogEvents.eightDigits(RawLogEvents.leadingDigits(word("00,00000"), 2)));
    }
}
