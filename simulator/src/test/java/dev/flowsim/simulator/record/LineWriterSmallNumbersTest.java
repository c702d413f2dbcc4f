package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every value below 10^5 written with its space by {@link LineWriter#putNumberSpace} (the port table below 65,536, the
 * short digit chain above), and every port (0..65535) and protocol (0..255) through the chain itself, reads as the
 * JDK's text; the chain's four-digit lanes are exact.
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
    void everyPortAndProtocolThroughTheIntEntryPoint() {
        LineWriter line = new LineWriter();
        line.reset();
        StringBuilder expected = new StringBuilder();
        for (int port = 0; port < 65_536; port++) {
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
    void fourDigitLanesHoldEachDigitMostSignificantFirst() {
        for (int value = 0; value < 10_000; value++) {
            int lanes = Digits.fourDigitLanes(value);
            String digits = String.format("%04d", value);
            for (int k = 0; k < 4; k++) {
                assertEquals(digits.charAt(k) - '0', lanes >>> (8 * k) & 0xFF, "digit " + k + " of " + value);
            }
        }
    }

    private static String text(LineWriter line) {
        return new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1);
    }
}
