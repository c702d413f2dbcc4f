package dev.flowsim.simulator.record;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The default line's stores with the write position passed along in a local instead of kept in
 * {@link LineWriter}'s field: each field's store then does not wait on reloading the position the previous one
 * stored (a byte-array view store may alias any field as far as the compiler can tell). Each method writes a field
 * and its space at {@code at} into {@code out} (the line's {@link LineWriter#array()}, with room already reserved)
 * and returns the position after the space; the bytes are those of {@link LineWriter}'s {@code put...Space}.
 */
final class LineStores {

    private static final VarHandle LONG_WRITER = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_WRITER = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    private LineStores() {
    }

    /** {@link LineWriter#putIpv4Space}. */
    static int ipv4Space(byte[] out, int at, int address) {
        at = LineWriter.octet(out, at, address >>> 24);
        at = LineWriter.octet(out, at, address >>> 16 & 0xFF);
        at = LineWriter.octet(out, at, address >>> 8 & 0xFF);
        at = LineWriter.octet(out, at, address & 0xFF);
        out[at - 1] = ' ';
        return at;
    }

    /** {@link LineWriter#putNumberSpace}; a value outside 0..10^7 - 1 goes through the line's general writer. */
    static int numberSpace(LineWriter line, byte[] out, int at, long value) {
        if (value >= 0 && value < LineWriter.TEN_MILLION) {
            long lanes = LineWriter.digitLanes((int) value);
            int zeroBytes = Long.numberOfTrailingZeros(lanes | 1L << 56) >>> 3;
            int digits = 8 - zeroBytes;
            LONG_WRITER.set(out, at, (lanes + LineWriter.ASCII_ZEROS) >>> (zeroBytes << 3)
                    | (long) ' ' << (digits << 3));
            return at + digits + 1;
        }
        line.setLength(at);
        line.putNumberSpace(value);
        return line.length();
    }

    /** {@link LineWriter#putSecondsSpace}; a value of other than ten digits goes through the line's writer. */
    static int secondsSpace(LineWriter line, byte[] out, int at, long value, int slot) {
        if (value < 1_000_000_000L || value > 9_999_999_999L) {
            line.setLength(at);
            line.putSecondsSpace(value, slot);
            return line.length();
        }
        long hundreds = value / 100;
        LONG_WRITER.set(out, at, line.highDigits(hundreds, slot));
        INT_WRITER.set(out, at + 8, LineWriter.DIGIT_PAIRS[(int) (value - hundreds * 100)] & 0xFFFF | ' ' << 16);
        return at + 11;
    }
}
