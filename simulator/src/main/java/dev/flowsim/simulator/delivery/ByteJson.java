package dev.flowsim.simulator.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte buffer for JSON written from UTF-8 bytes: copies runs that need no escaping whole and escapes
 * the rest as JSON requires (quote, backslash, control characters). Bytes of 0x80 and above are parts of
 * multi-byte UTF-8 characters and go through as they are.
 */
final class ByteJson {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** "00" to "99", two bytes each. */
    private static final byte[] PAIRS = new byte[200];
    /** 10^i for i = 0..18: every power of ten a long holds. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private static final long LOW_SPAN = 100_000;

    private byte[] out;
    private int length;
    private long lastValue = -1;
    /** lastValue / {@link #LOW_SPAN}: the digits a nearby timestamp shares. */
    private long lastHigh = -1;
    private final byte[] lastDigits = new byte[20];
    private int lastLength;

    ByteJson(int capacity) {
        out = new byte[Math.max(capacity, 16)];
    }

    void raw(byte b) {
        ensure(1);
        out[length++] = b;
    }

    void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, length, bytes.length);
        length += bytes.length;
    }

    /**
     * A non-negative number's decimal digits. The last number's digits are kept: a batch's timestamps are mostly the
     * same few seconds (a flow log record's start time), so most are copied, not computed, and a timestamp that
     * shares all but its last five digits with the last one rewrites only those five.
     */
    void digits(long value) {
        if (value != lastValue) {
            long high = value / LOW_SPAN;
            if (high != 0 && high == lastHigh) {
                writeLow((int) (value - high * LOW_SPAN), lastDigits);
            } else {
                lastLength = write(value, lastDigits);
                lastHigh = high;
            }
            lastValue = value;
        }
        ensure(lastLength);
        System.arraycopy(lastDigits, lastDigits.length - lastLength, out, length, lastLength);
        length += lastLength;
    }

    /** The last five digits (leading zeros included) at the end of {@code into}. */
    private static void writeLow(int low, byte[] into) {
        int end = into.length;
        int pair = (low % 100) * 2;
        into[end - 1] = PAIRS[pair + 1];
        into[end - 2] = PAIRS[pair];
        int rest = low / 100;
        pair = (rest % 100) * 2;
        into[end - 3] = PAIRS[pair + 1];
        into[end - 4] = PAIRS[pair];
        into[end - 5] = (byte) ('0' + rest / 100);
    }

    /** Writes the digits to the end of {@code into}, two at a time; returns how many. */
    private static int write(long value, byte[] into) {
        int at = into.length;
        long rest = value;
        while (rest >= 100) {
            int pair = (int) (rest % 100) * 2;
            rest /= 100;
            into[--at] = PAIRS[pair + 1];
            into[--at] = PAIRS[pair];
        }
        if (rest >= 10) {
            into[--at] = PAIRS[(int) rest * 2 + 1];
            into[--at] = PAIRS[(int) rest * 2];
        } else {
            into[--at] = (byte) ('0' + rest);
        }
        return into.length - at;
    }

    /** How many decimal digits a non-negative number has. */
    static int digitsOf(long value) {
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && value >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }

    /** Bytes that need no escaping (the caller knows), copied as they are. */
    void plain(byte[] bytes, int offset, int count) {
        copy(bytes, offset, count);
    }

    /** The bytes as the inside of a JSON string (without the quotes). */
    void escaped(byte[] bytes, int offset, int count) {
        ensure(count);
        int plainFrom = offset;
        int end = offset + count;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if ((b >= 0x20 || b < 0) && b != '"' && b != '\\') {
                continue;
            }
            copy(bytes, plainFrom, i - plainFrom);
            escape(b);
            plainFrom = i + 1;
        }
        copy(bytes, plainFrom, end - plainFrom);
    }

    byte[] finish() {
        return length == out.length ? out : Arrays.copyOf(out, length);
    }

    private void escape(byte b) {
        switch (b) {
            case '"' -> pair('"');
            case '\\' -> pair('\\');
            case '\n' -> pair('n');
            case '\r' -> pair('r');
            case '\t' -> pair('t');
            case '\b' -> pair('b');
            case '\f' -> pair('f');
            default -> {
                ensure(6);
                out[length++] = '\\';
                out[length++] = 'u';
                out[length++] = '0';
                out[length++] = '0';
                out[length++] = HEX[(b >> 4) & 0xF];
                out[length++] = HEX[b & 0xF];
            }
        }
    }

    private void pair(char c) {
        ensure(2);
        out[length++] = '\\';
        out[length++] = (byte) c;
    }

    private void copy(byte[] bytes, int from, int count) {
        ensure(count);
        System.arraycopy(bytes, from, out, length, count);
        length += count;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
