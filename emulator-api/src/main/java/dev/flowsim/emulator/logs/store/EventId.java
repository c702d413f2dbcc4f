package dev.flowsim.emulator.logs.store;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The identity of one stored log event, laid out the way CloudWatch Logs lays out its 56-digit event ids:
 * {@code timestamp << 144 | ingestionTime << 80 | serial << 16 | index}. Ids therefore sort by event time, then
 * ingestion time, then batch, then position in the batch: the order in which a stream is read. Any integer is a
 * valid position between events, which is what GetLogEvents tokens rely on.
 *
 * @param timestamp     event time, epoch milliseconds
 * @param ingestionTime when the batch was accepted, epoch milliseconds (64 bits, compared unsigned)
 * @param serial        the batch's number from the store's deterministic counter (64 bits, compared unsigned)
 * @param index         position inside the batch, 0..65535
 */
public record EventId(long timestamp, long ingestionTime, long serial, int index) implements Comparable<EventId> {

    /** Decimal digits of a rendered id; smaller ids are zero-padded to this width, as AWS prints empty streams. */
    public static final int DIGITS = 56;

    /** The position before every event. */
    public static final EventId ZERO = new EventId(0, 0, 0, 0);

    private static final int INGESTION_SHIFT = 80;
    private static final int SERIAL_SHIFT = 16;
    private static final int TIMESTAMP_SHIFT = 144;
    private static final BigInteger LOW_64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger LOW_16 = BigInteger.valueOf(0xFFFF);

    public EventId {
        if (timestamp < 0) {
            throw new IllegalArgumentException("event timestamps are never negative: " + timestamp);
        }
        if (index < 0 || index > 0xFFFF) {
            throw new IllegalArgumentException("index must fit 16 bits: " + index);
        }
    }

    /** The smallest id an event at {@code timestamp} can have: time bounds become id bounds. */
    public static EventId firstAt(long timestamp) {
        return new EventId(timestamp, 0, 0, 0);
    }

    public BigInteger toBigInteger() {
        return BigInteger.valueOf(timestamp).shiftLeft(TIMESTAMP_SHIFT)
                .or(unsigned(ingestionTime).shiftLeft(INGESTION_SHIFT))
                .or(unsigned(serial).shiftLeft(SERIAL_SHIFT))
                .or(BigInteger.valueOf(index));
    }

    /** The id as AWS prints it: decimal, at least 56 digits. */
    public String toDecimal() {
        // The 208-bit value as seven 32-bit limbs, most significant first, divided by 10^9 until it is zero: the
        // same digits as BigInteger's, without its objects (a sequence token is rendered for every PutLogEvents).
        int[] limbs = {
                (int) (timestamp >>> 48),
                (int) (timestamp >>> 16),
                (int) (timestamp << 16) | (int) (ingestionTime >>> 48),
                (int) (ingestionTime >>> 16),
                (int) (ingestionTime << 16) | (int) (serial >>> 48),
                (int) (serial >>> 16),
                (int) (serial << 16) | index};
        char[] out = new char[72];
        int pos = out.length;
        boolean zero;
        do {
            long remainder = 0;
            zero = true;
            for (int i = 0; i < limbs.length; i++) {
                long current = (remainder << 32) | (limbs[i] & 0xFFFF_FFFFL);
                limbs[i] = (int) (current / 1_000_000_000L);
                remainder = current % 1_000_000_000L;
                zero &= limbs[i] == 0;
            }
            for (int d = 0; d < 9; d++) {
                out[--pos] = (char) ('0' + remainder % 10);
                remainder /= 10;
            }
        } while (!zero);
        while (pos < out.length - 1 && out[pos] == '0') {
            pos++;
        }
        int length = out.length - pos;
        if (length >= DIGITS) {
            return new String(out, pos, length);
        }
        int start = out.length - DIGITS;
        java.util.Arrays.fill(out, start, pos, '0');
        return new String(out, start, DIGITS);
    }

    /** Reads a decimal id; empty when it is not a non-negative integer whose time part fits a long. */
    public static Optional<EventId> parseDecimal(String digits) {
        if (digits.isEmpty() || digits.length() > DIGITS + 8 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return fromBigInteger(new BigInteger(digits));
    }

    public static Optional<EventId> fromBigInteger(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > TIMESTAMP_SHIFT + 63) {
            return Optional.empty();
        }
        return Optional.of(new EventId(
                value.shiftRight(TIMESTAMP_SHIFT).longValueExact(),
                value.shiftRight(INGESTION_SHIFT).and(LOW_64).longValue(),
                value.shiftRight(SERIAL_SHIFT).and(LOW_64).longValue(),
                value.and(LOW_16).intValue()));
    }

    /** The next integer: the position right after this id expressed as the id to read before. */
    public EventId next() {
        return fromBigInteger(toBigInteger().add(BigInteger.ONE))
                .orElseThrow(() -> new IllegalStateException("no id after " + this));
    }

    /** The previous integer; {@link #ZERO} stays {@code ZERO} because nothing lies before it. */
    public EventId previous() {
        return equals(ZERO) ? ZERO : fromBigInteger(toBigInteger().subtract(BigInteger.ONE)).orElseThrow();
    }

    @Override
    public int compareTo(EventId other) {
        return compare(timestamp, ingestionTime, serial, index,
                other.timestamp, other.ingestionTime, other.serial, other.index);
    }

    /** Compares two ids given as their parts, without building either. */
    public static int compare(long ts1, long ing1, long serial1, int index1,
                              long ts2, long ing2, long serial2, int index2) {
        int c = Long.compare(ts1, ts2);
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(ing1, ing2);
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(serial1, serial2);
        return c != 0 ? c : Integer.compare(index1, index2);
    }

    private static BigInteger unsigned(long value) {
        BigInteger v = BigInteger.valueOf(value);
        return value >= 0 ? v : v.add(BigInteger.ONE.shiftLeft(64));
    }

    @Override
    public String toString() {
        return toDecimal();
    }
}
