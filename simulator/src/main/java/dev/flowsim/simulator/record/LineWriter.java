package dev.flowsim.simulator.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reused Latin-1 line buffer for rendering records: text is copied a character at a time and numbers are written
 * as digits in place, so building a line allocates nothing and the finished {@link String} is one copy of the
 * bytes. Flow-log text is ASCII in practice (ids, addresses, names); a character beyond Latin-1 marks the line as
 * not representable here and the caller renders it the general way instead.
 */
public final class LineWriter {

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

    /** An IPv4 address as its dotted quad, octet by octet from a table of their digits. */
    void ipv4(int address) {
        ensure(15);
        int at = length;
        at = octet(at, address >>> 24);
        bytes[at++] = '.';
        at = octet(at, address >>> 16 & 0xFF);
        bytes[at++] = '.';
        at = octet(at, address >>> 8 & 0xFF);
        bytes[at++] = '.';
        length = octet(at, address & 0xFF);
    }

    private int octet(int at, int value) {
        byte[] digits = Ipv4.octetText(value);
        byte[] out = bytes;
        out[at] = digits[0];
        if (digits.length > 1) {
            out[at + 1] = digits[1];
            if (digits.length > 2) {
                out[at + 2] = digits[2];
            }
        }
        return at + digits.length;
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
        int rest = value;
        while (rest >= 10) {
            int quotient = rest / 10;
            bytes[--at] = (byte) ('0' + (rest - quotient * 10));
            rest = quotient;
        }
        bytes[--at] = (byte) ('0' + rest);
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
        int digits = 1;
        for (int bound = 10; digits < 10 && value >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
