package dev.flowsim.emulator.logs.insights;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Interned field values read as the decoded text would, reuse one String per value, and stop growing at a bound. */
class ValueInternerTest {

    @Test
    void sameTextSameStringUntilTheBoundThenStillEqualText() {
        ValueInterner interner = new ValueInterner();
        byte[] line = "xx REJECT yy ACCEPT REJECT".getBytes(StandardCharsets.US_ASCII);
        String reject = interner.intern(line, 3, 6);
        assertEquals("REJECT", reject);
        assertSame(reject, interner.intern(line, 20, 6));
        assertEquals("ACCEPT", interner.intern(line, 13, 6));
        assertEquals("", interner.intern(line, 0, 0));
        for (int i = 0; i < 10_000; i++) {
            byte[] value = ("10.0." + i / 256 + "." + i % 256).getBytes(StandardCharsets.US_ASCII);
            assertEquals(new String(value, StandardCharsets.US_ASCII), interner.intern(value, 0, value.length));
        }
        assertSame(reject, interner.intern(line, 20, 6), "values kept before the bound stay shared");
        byte[] late = "10.0.39.15".getBytes(StandardCharsets.US_ASCII);
        String first = interner.intern(late, 0, late.length);
        assertEquals("10.0.39.15", first);
        assertNotSame(first, interner.intern(late, 0, late.length), "past the bound new values are not kept");
    }
}
