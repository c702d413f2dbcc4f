package dev.flowsim.simulator.record;

import static dev.flowsim.simulator.record.Digits.ASCII_ZEROS;
import static dev.flowsim.simulator.record.Digits.DIGIT_PAIRS;
import static dev.flowsim.simulator.record.Digits.HUNDREDS_TEXT;
import static dev.flowsim.simulator.record.Digits.OCTET_DOT;
import static dev.flowsim.simulator.record.Digits.OCTET_SPACE;
import static dev.flowsim.simulator.record.Digits.OCTET_TEXT;
import static dev.flowsim.simulator.record.Digits.SMALL_LIMIT;
import static dev.flowsim.simulator.record.Digits.SMALL_SPACE;
import static dev.flowsim.simulator.record.Digits.digitLanes;

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
    private static final long HUNDRED_MILLION = 100_000_000L;
    private static final long TEN_MILLION = 10_000_000L;
    private static final long HUNDRED_THOUSAND = 100_000L;
    private static final VarHandle SHORT_WRITER = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_WRITER = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_WRITER = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes = new byte[512];
    private int length;
    private boolean latin1 = true;
    /**
     * The per-interface constant parts of the last format and interface written ({@link RecordFormat#write}): an
     * interface's records come one after another, so they are rendered once per interface, not once per record.
     */
    private RecordFormat segmentsFormat;
    private InterfaceMetadata segmentsEni;
    private InterfaceParts segments;
    /** The lead the buffer begins with since the last {@link #startLine}; any {@link #reset} forgets it. */
    private byte[] leadInPlace;

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
    InterfaceParts segmentsFor(RecordFormat format, InterfaceMetadata eni) {
        return format == segmentsFormat && eni == segmentsEni ? segments : null;
    }

    InterfaceParts keepSegments(RecordFormat format, InterfaceMetadata eni, InterfaceParts parts) {
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
        leadInPlace = null;
    }

    /**
     * Starts a line with {@code lead} and makes room for {@code room} bytes from the line's start: the lead is copied
     * only when the buffer does not begin with it already (the previous line started with the same array).
     */
    void startLine(byte[] lead, int room) {
        latin1 = true;
        length = 0;
        ensure(room);
        if (leadInPlace != lead) {
            putRaw(lead);
            leadInPlace = lead;
        }
        length = lead.length;
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

    /** An IPv4 address as its dotted quad ({@link #putIpv4}; bytes past its end are overwritten by what follows). */
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

    /**
     * An IPv4 address and a space in two 8-byte stores: the first two octets' texts, each with its dot, fit one long
     * ("255.255." at most), the last two with the space the other. Each octet's text and its length come from one
     * table entry ({@link Digits#OCTET_DOT}), and the four loads do not wait for each other.
     */
    void putIpv4Space(int address) {
        long first = OCTET_DOT[address >>> 24];
        long second = OCTET_DOT[address >>> 16 & 0xFF];
        long third = OCTET_DOT[address >>> 8 & 0xFF];
        long fourth = OCTET_SPACE[address & 0xFF];
        int firstBits = (int) (first >>> 32);
        int thirdBits = (int) (third >>> 32);
        int headBits = firstBits + (int) (second >>> 32);
        int at = length;
        LONG_WRITER.set(bytes, at, first & OCTET_TEXT | (second & OCTET_TEXT) << firstBits);
        LONG_WRITER.set(bytes, at + (headBits >>> 3), third & OCTET_TEXT | (fourth & OCTET_TEXT) << thirdBits);
        length = at + ((headBits + thirdBits + (int) (fourth >>> 32)) >>> 3);
    }

    /**
     * A number and a space. Below 10^7 (ports, protocols, most counters) the space goes into the free high bytes of
     * the digits' one store, so number and space cost one write: below 1,000 straight from {@link Digits#SMALL_SPACE},
     * below 10^5 by {@link #putBelowHundredThousandSpace}, above by {@link Digits#digitLanes}.
     */
    void putNumberSpace(long value) {
        if (value >= 0 && value < SMALL_LIMIT) {
            long text = SMALL_SPACE[(int) value];
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
     * A value {@code 100 <= value < 10^5} (ephemeral ports, most byte counts) and a space: the value divided by 100
     * (one to three digits, never a leading zero) from {@link Digits#HUNDREDS_TEXT}, then the last two digits from
     * {@link Digits#DIGIT_PAIRS} and the space, all in one long and one store. Two small tables that stay cached.
     */
    void putBelowHundredThousandSpace(int value) {
        int hundreds = (int) (value * 42_949_673L >>> 32); // value / 100, exact below 10^9
        int head = HUNDREDS_TEXT[hundreds];
        int headDigits = head >>> 24;
        long tail = DIGIT_PAIRS[value - hundreds * 100] & 0xFFFF | ' ' << 16;
        int at = length;
        LONG_WRITER.set(bytes, at, head & 0xFF_FFFF | tail << (headDigits << 3));
        length = at + headDigits + 3;
    }

    /** {@link #putSeconds} and a space: the last two digits and the space are one store. */
    void putSecondsSpace(long value, int slot) {
        if (value < 1_000_000_000L || value > 9_999_999_999L) {
            putNumber(value);
            bytes[length++] = ' ';
            return;
        }
        long hundreds = value / 100;
        int at = length;
        LONG_WRITER.set(bytes, at, highDigits(hundreds, slot));
        INT_WRITER.set(bytes, at + 8, DIGIT_PAIRS[(int) (value - hundreds * 100)] & 0xFFFF | ' ' << 16);
        length = at + 11;
    }

    /** An IPv4 address: {@link #putIpv4Space}, the space then taken back (it lies in the reserved room). */
    void putIpv4(int address) {
        putIpv4Space(address);
        length--;
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
     * one long ({@link Digits#digitLanes}), the leading zero digits (the low bytes) counted and shifted out, and the
     * rest stored with one write; the up to seven bytes written past the number's end are overwritten by what follows,
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
        int at = length;
        LONG_WRITER.set(bytes, at, highDigits(hundreds, slot));
        SHORT_WRITER.set(bytes, at + 8, DIGIT_PAIRS[(int) (value - hundreds * 100)]);
        length = at + 10;
    }

    /** The text of an epoch second's first eight digits ({@code hundreds}), kept per slot while they stay the same. */
    private long highDigits(long hundreds, int slot) {
        if (hundreds != cachedHundreds[slot]) {
            cachedHundreds[slot] = hundreds;
            cachedHighDigits[slot] = digitLanes((int) hundreds) + ASCII_ZEROS;
        }
        return cachedHighDigits[slot];
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
