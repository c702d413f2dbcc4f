package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every value below 10^5 written with its space by {@link LineWriter#putNumberSpace} (the small table below 1,000, the
 * hundreds-and-pair way above), every value 100..99,999 through the hundreds-and-pair way itself, and every protocol
 * (0..255), reads as the JDK's text; so do the small tables themselves.
 */
class LineWriterSmallNumbersTest {

    @Test
    void everyValueBelowHundredThousandReadsAsItsDecimalTextAndASpace() {
        LineWriter line = new LineWriter();
        for (int block = 0; block < 100_000; block += 1_000) {
            line.reset();
            StringBuilder expected = new StringBuilder();
            for (int value = block; value < block + 1_000; value++) {
                line.reserve(LineWriter.MAX_FIELD_BYTES + 1);
                line.putNumberSpace(value);
                expected.append(Long.toString(value)).append(' ');
            }
            assertEquals(expected.toString(), text(line), "values from " + block);
        }
    }

    @Test
    void everyValueFromHundredThroughTheHundredsWayAndEveryProtocol() {
        LineWriter line = new LineWriter();
        line.reset();
        StringBuilder expected = new StringBuilder();
        for (int port = 100; port < 100_000; port++) {
            line.reserve(LineWriter.MAX_FIELD_BYTES + 1);
            line.putBelowHundredThousandSpace(port);
            expected.append(Long.toString(port)).append(' ');
        }
        for (int protocol = 0; protocol < 256; protocol++) {
            line.reserve(LineWriter.MAX_FIELD_BYTES + 1);
            line.putNumberSpace(protocol);
            expected.append(Long.toString(protocol)).append(' ');
        }
        assertEquals(expected.toString(), text(line));
    }

    @Test
    void smallTablesHoldTheDigitsAndTheirCount() {
        for (int value = 0; value < Digits.SMALL_LIMIT; value++) {
            String digits = Integer.toString(value);
            long small = Digits.SMALL_SPACE[value];
            assertEquals(digits.length() + 1, (int) (small >>> 56), "count of " + value);
            int hundreds = Digits.HUNDREDS_TEXT[value];
            assertEquals(digits.length(), hundreds >>> 24, "digits of " + value);
            for (int k = 0; k < digits.length(); k++) {
                assertEquals(digits.charAt(k), small >>> (8 * k) & 0xFF, "small byte " + k + " of " + value);
                assertEquals(digits.charAt(k), hundreds >>> (8 * k) & 0xFF, "hundreds byte " + k + " of " + value);
            }
            assertEquals(' ', small >>> (8 * digits.length()) & 0xFF, "space after " + value);
            if (digits.length() < 3) {
                assertEquals(0, hundreds >>> (8 * digits.length()) & 0xFF, "nothing after " + value);
            }
        }
    }

    private static String text(LineWriter line) {
        return new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1);
    }
}
