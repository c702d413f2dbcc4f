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

    /** The most bytes a number, an IPv4 address or an epoch second takes (and {@link #putIpv4} may touch). */
    static final int MAX_FIELD_BYTES = 20;
    /** "00", "01", ... "99" as little-endian shorts: the last two digits of an epoch second ({@link #putSeconds}). */
    private static final short[] DIGIT_PAIRS = new short[100];
    /** Each octet's text followed by a dot, as the little-endian int of those bytes, and that text's length. */
    private static final int[] OCTET_DOT = new int[256];
    private static final int[] OCTET_DOT_LENGTH = new int[256];
    private static final long HUNDRED_MILLION = 100_000_000L;
    private static final long TEN_MILLION = 10_000_000L;
    private static final long HUNDRED_THOUSAND = 100_000L;
    /** The byte '0' in each of a long's eight lanes: added to {@link #digitLanes} it makes their text. */
    private static final long ASCII_ZEROS = 0x3030_3030_3030_3030L;
    /** '0' in the five low lanes only, for {@link #putBelowHundredThousandSpace}: the bytes above stay free. */
    private static final long FIVE_ASCII_ZEROS = 0x30_3030_3030L;
    private static final VarHandle SHORT_WRITER = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_WRITER = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_WRITER = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    /** Values below this (every port and protocol) come whole from {@link #PORT_SPACE}. */
    private static final int PORT_LIMIT = 65_536;
    /**
     * Per value below {@link #PORT_LIMIT}: its digits and a space as little-endian bytes, and in the top byte their
     * count (at most six, so the top byte is never text).
     */
    private static final long[] PORT_SPACE = new long[PORT_LIMIT];

    static {
        for (int value = 0; value < PORT_LIMIT; value++) {
            byte[] text = (value + " ").getBytes(StandardCharsets.ISO_8859_1);
            long packed = (long) text.length << 56;
            for (int i = 0; i < text.length; i++) {
                packed |= (long) (text[i] & 0xFF) << (8 * i);
            }
            PORT_SPACE[value] = packed;
        }
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[i] = (short) (('0' + i % 10) << 8 | ('0' + i / 10));
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
    /** {@link #putSeconds}' memory per slot: the value divided by 100 and its eight digits. */
    private final long[] cachedHundreds = {-1, -1};
    private final long[] cachedHighDigits = new long[2];

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
        ensure(MAX_FIELD_BYTES);
        putIpv4(address);
    }

    void number(long value) {
        ensure(MAX_FIELD_BYTES);
        putNumber(value);
    }

    void number(int value) {
        ensure(MAX_FIELD_BYTES);
        putNumber(value);
    }

    /** An epoch second (start or end); {@code slot} 0 for start, 1 for end ({@link #putSeconds}). */
    void seconds(long value, int slot) {
        ensure(MAX_FIELD_BYTES);
        putSeconds(value, slot);
    }

    /** A single {@code -}, what AWS writes for a field that does not apply. */
    void dash() {
        ensure(1);
        bytes[length++] = '-';
    }

    /**
     * Makes room for {@code more} bytes, so that the {@code put} writes that follow, up to that many bytes in all,
     * need no check of their own. A number, address or epoch second takes at most {@link #MAX_FIELD_BYTES}.
     */
    void reserve(int more) {
        ensure(more);
    }

    /** Takes back the line's last byte (the space after its last field). */
    void dropLastByte() {
        length--;
    }

    void putSpace() {
        bytes[length++] = ' ';
    }

    void putDash() {
        bytes[length++] = '-';
    }

    /**
     * Short text (a constant part, an action) is copied eight bytes at a time, the last eight overlapping the ones
     * before, rather than through {@link System#arraycopy}'s call; text shorter than eight bytes byte by byte.
     */
    void putRaw(byte[] text) {
        int n = text.length;
        byte[] out = bytes;
        int at = length;
        if (n >= 8) {
            for (int i = 0; i < n - 8; i += 8) {
                LONG_WRITER.set(out, at + i, (long) LONG_WRITER.get(text, i));
            }
            LONG_WRITER.set(out, at + n - 8, (long) LONG_WRITER.get(text, n - 8));
        } else {
            for (int i = 0; i < n; i++) {
                out[at + i] = text[i];
            }
        }
        length = at + n;
    }

    /** An IPv4 address and a space: the dot the last octet's store wrote becomes the space. */
    void putIpv4Space(int address) {
        byte[] out = bytes;
        int at = length;
        at = octet(out, at, address >>> 24);
        at = octet(out, at, address >>> 16 & 0xFF);
        at = octet(out, at, address >>> 8 & 0xFF);
        at = octet(out, at, address & 0xFF);
        out[at - 1] = ' ';
        length = at;
    }

    /**
     * A number and a space. Below 10^7 (ports, protocols, most counters) the space goes into the free high bytes of
     * the digits' one store ({@link #putUpToEight}), so number and space cost one write.
     */
    void putNumberSpace(long value) {
        if (value >= 0 && value < PORT_LIMIT) {
            long text = PORT_SPACE[(int) value];
            int at = length;
            LONG_WRITER.set(bytes, at, text);
            length = at + (int) (text >>> 56);
        } else if (value >= 0 && value < HUNDRED_THOUSAND) {
            putBelowHundredThousandSpace((int) value);
        } else if (value >= 0 && value < TEN_MILLION) {
            long lanes = digitLanes((int) value);
            int zeroBytes = Long.numberOfTrailingZeros(lanes | 1L << 56) >>> 3;
            int at = length;
            int digits = 8 - zeroBytes;
            LONG_WRITER.set(bytes, at, (lanes + ASCII_ZEROS) >>> (zeroBytes << 3) | (long) ' ' << (digits << 3));
            length = at + digits + 1;
        } else {
            putNumber(value);
            bytes[length++] = ' ';
        }
    }

    /**
     * A port (or any value {@code 0 <= value < 10^5}, most protocols and packet counts) and a space, by a shorter
     * chain than {@link #digitLanes}: the ten-thousands digit by one multiply, the other four in one int
     * ({@link #fourDigitLanes}); then, as in {@link #putNumberSpace}, leading zeros shifted out and one store.
     */
    void putBelowHundredThousandSpace(int value) {
        int top = (int) (value * 107_375L >>> 30); // value / 10^4, exact below 10^5
        long lanes = top | (long) fourDigitLanes(value - top * 10_000) << 8;
        // The highest of the five bytes holds the ones digit, so at least one digit is always kept.
        int zeroBytes = Long.numberOfTrailingZeros(lanes | 1L << 32) >>> 3;
        int at = length;
        int digits = 5 - zeroBytes;
        LONG_WRITER.set(bytes, at, (lanes + FIVE_ASCII_ZEROS) >>> (zeroBytes << 3) | (long) ' ' << (digits << 3));
        length = at + digits + 1;
    }

    /**
     * The four digits of {@code value} ({@code 0 <= value < 10^4}) one per byte of an int, most significant in the
     * lowest byte: {@link #digitLanes}' last two splits, in 32 bits.
     */
    static int fourDigitLanes(int value) {
        int hundreds = value * 5243 >>> 19;
        int quarters = hundreds | (value - hundreds * 100) << 16;
        int tens = (quarters * 103 >>> 10) & 0x000F_000F;
        return tens | (quarters - tens * 10) << 8;
    }

    /** {@link #putSeconds} and a space: the last two digits and the space are one store. */
    void putSecondsSpace(long value, int slot) {
        if (value < 1_000_000_000L || value > 9_999_999_999L) {
            putNumber(value);
            bytes[length++] = ' ';
            return;
        }
        long hundreds = value / 100;
        if (hundreds != cachedHundreds[slot]) {
            cachedHundreds[slot] = hundreds;
            cachedHighDigits[slot] = digitLanes((int) hundreds) + ASCII_ZEROS;
        }
        int at = length;
        LONG_WRITER.set(bytes, at, cachedHighDigits[slot]);
        INT_WRITER.set(bytes, at + 8, DIGIT_PAIRS[(int) (value - hundreds * 100)] & 0xFFFF | ' ' << 16);
        length = at + 11;
    }

    void putIpv4(int address) {
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

    void putNumber(long value) {
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                putAscii(Long.toString(value));
                return;
            }
            bytes[length++] = '-';
            value = -value;
        }
        if (value < HUNDRED_MILLION) {
            putUpToEight((int) value);
        } else if (value < HUNDRED_MILLION * HUNDRED_MILLION) {
            long high = value / HUNDRED_MILLION;
            putUpToEight((int) high);
            putEight((int) (value - high * HUNDRED_MILLION));
        } else {
            long high = value / (HUNDRED_MILLION * HUNDRED_MILLION);
            long rest = value - high * (HUNDRED_MILLION * HUNDRED_MILLION);
            long middle = rest / HUNDRED_MILLION;
            putUpToEight((int) high);
            putEight((int) middle);
            putEight((int) (rest - middle * HUNDRED_MILLION));
        }
    }

    void putNumber(int value) {
        if (value < 0) {
            if (value == Integer.MIN_VALUE) {
                putAscii(Integer.toString(value));
                return;
            }
            bytes[length++] = '-';
            value = -value;
        }
        if (value < HUNDRED_MILLION) {
            putUpToEight(value);
        } else {
            int high = value / (int) HUNDRED_MILLION;
            putUpToEight(high);
            putEight(value - high * (int) HUNDRED_MILLION);
        }
    }

    /**
     * {@code value} ({@code 0 <= value < 10^8}) without leading zeros: its eight digits are worked out at once in
     * one long ({@link #digitLanes}), the leading zero digits (the low bytes) counted and shifted out, and the rest
     * stored with one write; the up to seven bytes written past the number's end are overwritten by what follows,
     * which is why every caller reserves {@link #MAX_FIELD_BYTES} per number.
     */
    private void putUpToEight(int value) {
        long lanes = digitLanes(value);
        // The highest byte holds the ones digit, so at least one digit is always kept (zero is written "0").
        int zeroBytes = Long.numberOfTrailingZeros(lanes | 1L << 56) >>> 3;
        int at = length;
        LONG_WRITER.set(bytes, at, (lanes + ASCII_ZEROS) >>> (zeroBytes << 3));
        length = at + 8 - zeroBytes;
    }

    /** {@code value} ({@code 0 <= value < 10^8}) as exactly eight digits, zero-padded, with one store. */
    private void putEight(int value) {
        int at = length;
        LONG_WRITER.set(bytes, at, digitLanes(value) + ASCII_ZEROS);
        length = at + 8;
    }

    /**
     * The eight decimal digits of {@code value} ({@code 0 <= value < 10^8}), one per byte, most significant digit in
     * the lowest byte (the order of text stored little-endian), as numbers 0-9. The value is split into two 4-digit
     * halves (32-bit lanes), each half into two 2-digit quarters (16-bit lanes), each quarter into two digits (byte
     * lanes); each split divides every lane at once by a multiply and shift that is exact for the lane's range
     * ({@code n / 100 == n * 5243 >>> 19} for {@code n < 10^4}, {@code n / 10 == n * 103 >>> 10} for
     * {@code n < 100}), with no lane's product reaching the next lane.
     */
    static long digitLanes(int value) {
        int highHalf = value / 10_000;
        long halves = highHalf | (long) (value - highHalf * 10_000) << 32;
        long hundreds = (halves * 5243 >>> 19) & 0x0000_007F_0000_007FL;
        long quarters = hundreds | (halves - hundreds * 100) << 16;
        long tens = (quarters * 103 >>> 10) & 0x000F_000F_000F_000FL;
        return tens | (quarters - tens * 10) << 8;
    }

    private void putAscii(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            bytes[length++] = (byte) digits.charAt(i);
        }
    }

    /**
     * An epoch second of ten digits (2001 to 2286): the lines of a window share all but the last two digits, so
     * the first eight are kept per {@code slot} (0 start, 1 end) as one little-endian long, written with one store
     * while they stay the same; the last two come from the digit-pair table. Any other value is written as a number.
     */
    void putSeconds(long value, int slot) {
        if (value < 1_000_000_000L || value > 9_999_999_999L) {
            putNumber(value);
            return;
        }
        long hundreds = value / 100;
        if (hundreds != cachedHundreds[slot]) {
            cachedHundreds[slot] = hundreds;
            cachedHighDigits[slot] = digitLanes((int) hundreds) + ASCII_ZEROS;
        }
        int at = length;
        LONG_WRITER.set(bytes, at, cachedHighDigits[slot]);
        SHORT_WRITER.set(bytes, at + 8, DIGIT_PAIRS[(int) (value - hundreds * 100)]);
        length = at + 10;
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

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
