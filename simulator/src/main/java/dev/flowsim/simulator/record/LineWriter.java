package dev.flowsim.simulator.record;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reused Latin-1 line buffer for rendering records: text is copied a character at a time and numbers are written
 * as digits in place, so building a line allocates nothing and the finished {@link String} is one copy of the
 * bytes. Flow-log text is ASCII in practice (ids, addresses, names); a character beyond Latin-1 marks the line as
 * not representable here and the caller renders it the general way instead.
 */
public final class LineWriter {

    /** "00", "01", ... "99": numbers are written two digits per division. */
    private static final byte[] DIGIT_PAIRS = new byte[200];
    /** Each octet's text followed by a dot, as the little-endian int of those bytes, and that text's length. */
    private static final int[] OCTET_DOT = new int[256];
    private static final int[] OCTET_DOT_LENGTH = new int[256];
    private static final VarHandle INT_WRITER = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        for (int octet = 0; octet < 256; octet++) {
            byte[] text = (octet + ".").getBytes(StandardCharsets.ISO_8859_1);
            int packed = 0;
            for (int i = text.length - 1; i >= 0; i--) {
                packed = packed << 8 | text[i];
            }
            OCTET_DOT[octet] = packed;
            OCTET_DOT_LENGTH[octet] = text.length;
        }
    }

    private byte[] bytes = new byte[512];
    private int length;
    private boolean latin1 = true;
    /**
     * The per-interface constant parts of the last format and interface written ({@link RecordFormat#write}): an
     * interface's records come one after another, so they are rendered once per interface, not once per record.
     */
    private RecordFormat segmentsFormat;
    private InterfaceMetadata segmentsEni;
    private byte[][] segments;

    private LineWriter scratch;
    /** {@link #seconds}' memory per slot: the value divided by 100 and its digits. */
    private final long[] cachedHundreds = {-1, -1};
    private final byte[][] cachedDigits = new byte[2][];

    /** A second writer for rendering the constant parts, kept so that a new interface allocates only its parts. */
    LineWriter scratch() {
        if (scratch == null) {
            scratch = new LineWriter();
        }
        return scratch;
    }

    /** The constant parts stored for this format and interface (by identity), or null. */
    byte[][] segmentsFor(RecordFormat format, InterfaceMetadata eni) {
        return format == segmentsFormat && eni == segmentsEni ? segments : null;
    }

    byte[][] keepSegments(RecordFormat format, InterfaceMetadata eni, byte[][] parts) {
        segmentsFormat = format;
        segmentsEni = eni;
        segments = parts;
        return parts;
    }

    /** Bytes already known to be Latin-1 text. */
    void raw(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
    }

    public void reset() {
        length = 0;
        latin1 = true;
    }

    /** False once some text had a character beyond Latin-1: the line must be rendered another way. */
    public boolean representable() {
        return latin1;
    }

    void space() {
        ensure(1);
        bytes[length++] = ' ';
    }

    void text(String value) {
        int n = value.length();
        ensure(n);
        byte[] out = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                latin1 = false;
                return;
            }
            out[at + i] = (byte) c;
        }
        length = at + n;
    }

    /**
     * An IPv4 address as its dotted quad: each octet's text and the dot after it are one little-endian int of a
     * table, stored with one write (the spare bytes past the line's end are overwritten by what follows).
     */
    void ipv4(int address) {
        ensure(16);
        byte[] out = bytes;
        int at = length;
        at = octet(out, at, address >>> 24);
        at = octet(out, at, address >>> 16 & 0xFF);
        at = octet(out, at, address >>> 8 & 0xFF);
        length = octet(out, at, address & 0xFF) - 1;
    }

    /** Writes the octet's text and a dot; returns the position after the dot. */
    private static int octet(byte[] out, int at, int value) {
        INT_WRITER.set(out, at, OCTET_DOT[value]);
        return at + OCTET_DOT_LENGTH[value];
    }

    void number(long value) {
        if (value >= 0 && value <= Integer.MAX_VALUE) {
            number((int) value);
            return;
        }
        if (value < 0) {
            text(Long.toString(value));
            return;
        }
        int digits = 10;
        for (long bound = 10_000_000_000L; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        ensure(digits);
        int at = length + digits;
        length = at;
        long rest = value;
        while (rest >= 10) {
            long quotient = rest / 10;
            bytes[--at] = (byte) ('0' + (int) (rest - quotient * 10));
            rest = quotient;
        }
        bytes[--at] = (byte) ('0' + (int) rest);
    }

    void number(int value) {
        if (value < 0) {
            text(Integer.toString(value));
            return;
        }
        int digits = digitsOf(value);
        ensure(digits);
        int at = length + digits;
        length = at;
        byte[] out = bytes;
        int rest = value;
        while (rest >= 100) {
            int quotient = rest / 100;
            int pair = (rest - quotient * 100) << 1;
            out[--at] = DIGIT_PAIRS[pair + 1];
            out[--at] = DIGIT_PAIRS[pair];
            rest = quotient;
        }
        if (rest >= 10) {
            out[--at] = DIGIT_PAIRS[(rest << 1) + 1];
            out[--at] = DIGIT_PAIRS[rest << 1];
        } else {
            out[--at] = (byte) ('0' + rest);
        }
    }

    /**
     * An epoch second (start or end): the lines of a window share all but the last two digits, so the digits above
     * the last two are kept per {@code slot} (0 start, 1 end) and copied while they stay the same.
     */
    void seconds(long value, int slot) {
        if (value < 100) {
            number(value);
            return;
        }
        long hundreds = value / 100;
        if (hundreds != cachedHundreds[slot]) {
            cachedHundreds[slot] = hundreds;
            cachedDigits[slot] = digitsOf(hundreds);
        }
        byte[] high = cachedDigits[slot];
        int n = high.length;
        ensure(n + 2);
        byte[] out = bytes;
        int at = length;
        System.arraycopy(high, 0, out, at, n);
        int pair = (int) (value - hundreds * 100) << 1;
        out[at + n] = DIGIT_PAIRS[pair];
        out[at + n + 1] = DIGIT_PAIRS[pair + 1];
        length = at + n + 2;
    }

    /** A single {@code -}, what AWS writes for a field that does not apply. */
    void dash() {
        ensure(1);
        bytes[length++] = '-';
    }

    /** The line's bytes so far: {@link #array()} from 0 to here. */
    public int length() {
        return length;
    }

    /** The buffer itself (valid up to {@link #length()}), for writing the line somewhere without a copy. */
    public byte[] array() {
        return bytes;
    }

    /** The line so far as bytes of its own. */
    byte[] copy() {
        return Arrays.copyOf(bytes, length);
    }

    public String finish() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    private static int digitsOf(int value) {
        if (value < 100_000) {
            return value < 100 ? (value < 10 ? 1 : 2) : value < 1_000 ? 3 : value < 10_000 ? 4 : 5;
        }
        return value < 10_000_000 ? (value < 1_000_000 ? 6 : 7)
                : value < 100_000_000 ? 8 : value < 1_000_000_000 ? 9 : 10;
    }

    private static byte[] digitsOf(long value) {
        return Long.toString(value).getBytes(StandardCharsets.ISO_8859_1);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
