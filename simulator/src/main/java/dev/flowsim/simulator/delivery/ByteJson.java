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

    private byte[] out;
    private int length;

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

    /** A non-negative number's decimal digits. */
    void digits(long value) {
        int digits = digitsOf(value);
        ensure(digits);
        int at = length + digits;
        long rest = value;
        do {
            out[--at] = (byte) ('0' + (rest % 10));
            rest /= 10;
        } while (rest > 0);
        length += digits;
    }

    static int digitsOf(long value) {
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        return digits;
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
