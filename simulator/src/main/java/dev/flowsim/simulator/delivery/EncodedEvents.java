package dev.flowsim.simulator.delivery;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One interface's events for a window, stored compactly: every message's UTF-8 bytes in one array, with start
 * offsets and timestamps beside it, so a window's thousands of records are three arrays, not an object and a
 * String each. {@link BatchPacker} sizes batches from the byte lengths and {@link PutLogEventsJson} writes the
 * request body straight from the bytes. As a {@code List<LogEvent>} it is immutable, and {@link #get} makes the
 * event (and its String) only when asked: for the SDK path, the carry-over buffer and tests.
 *
 * <p>A slice ({@link #subList}) shares the arrays; nothing is copied once {@link Builder#build} has run. The store
 * remembers whether any of its bytes needs JSON escaping: flow log lines never do, so the body is written with
 * whole-message copies ({@link #needsEscaping()}).
 */
public final class EncodedEvents extends AbstractList<LogEvent> implements RandomAccess {

    private static final EncodedEvents EMPTY = new EncodedEvents(new byte[0], new int[1], new long[0], false, 0, 0);

    private final byte[] bytes;
    /** starts[i] is where event i's message begins; starts[i + 1] where it ends. */
    private final int[] starts;
    private final long[] timestamps;
    private final boolean needsEscaping;
    private final int from;
    private final int to;

    private EncodedEvents(byte[] bytes, int[] starts, long[] timestamps, boolean needsEscaping, int from, int to) {
        this.bytes = bytes;
        this.starts = starts;
        this.timestamps = timestamps;
        this.needsEscaping = needsEscaping;
        this.from = from;
        this.to = to;
    }

    @Override
    public LogEvent get(int index) {
        return new LogEvent(timestamp(index), new String(bytes, start(index), byteLength(index),
                StandardCharsets.UTF_8));
    }

    @Override
    public int size() {
        return to - from;
    }

    /** Event {@code index}'s timestamp in epoch milliseconds. */
    public long timestamp(int index) {
        return timestamps[at(index)];
    }

    /** Event {@code index}'s message length in UTF-8 bytes, as CloudWatch Logs counts it. */
    public int byteLength(int index) {
        int i = at(index);
        return starts[i + 1] - starts[i];
    }

    /** All the messages' UTF-8 bytes together (they lie side by side in the store). */
    long messageBytes() {
        return starts[to] - starts[from];
    }

    /** Where event {@code index}'s message begins in {@link #bytes()}. */
    int start(int index) {
        return starts[at(index)];
    }

    /** The shared message bytes (read only: never written to after building). */
    byte[] bytes() {
        return bytes;
    }

    /**
     * Whether some byte of the store (this slice's or another's) is one JSON escapes: a quote, a backslash or a
     * control character. False means every message goes into a JSON string as it is.
     */
    boolean needsEscaping() {
        return needsEscaping;
    }

    /** The events from {@code fromIndex} (inclusive) to {@code toIndex} (exclusive), sharing this store. */
    @Override
    public EncodedEvents subList(int fromIndex, int toIndex) {
        Objects.checkFromToIndex(fromIndex, toIndex, size());
        return new EncodedEvents(bytes, starts, timestamps, needsEscaping, from + fromIndex, from + toIndex);
    }

    private int at(int index) {
        Objects.checkIndex(index, size());
        return from + index;
    }

    /**
     * Collects events one after another and builds them into an {@link EncodedEvents} of exact size; reusable:
     * after {@link #build} it is empty again and keeps its buffers for the next interface.
     */
    public static final class Builder {

        private byte[] bytes = new byte[4096];
        private int length;
        private int[] starts = new int[65];
        private long[] timestamps = new long[64];
        private int count;
        private boolean needsEscaping;

        /**
         * Adds a line given as Latin-1 bytes (as {@code RecordFormat.write} leaves it in a {@code LineWriter}),
         * stored as UTF-8: ASCII as it is, any other Latin-1 byte as its two UTF-8 bytes. A plain ASCII line (a
         * flow log record always is) is found so eight bytes at a time and copied whole.
         */
        public Builder addLatin1(long timestamp, byte[] latin1, int offset, int count) {
            check(timestamp, count);
            Objects.checkFromIndexSize(offset, count, latin1.length);
            int scan = ByteScan.of(latin1, offset, count);
            // Latin-1 beyond ASCII becomes bytes of 0x80 and above, which JSON never escapes: the line's answer holds.
            needsEscaping |= (scan & ByteScan.ESCAPES) != 0;
            if ((scan & ByteScan.NON_ASCII) == 0) {
                ensure(count);
                System.arraycopy(latin1, offset, bytes, length, count);
                return added(timestamp, length + count);
            }
            ensure(2 * count);
            int at = length;
            byte[] out = bytes;
            for (int i = offset; i < offset + count; i++) {
                byte b = latin1[i];
                if (b >= 0) {
                    out[at++] = b;
                } else {
                    int c = b & 0xFF;
                    out[at++] = (byte) (0xC0 | (c >>> 6));
                    out[at++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            return added(timestamp, at);
        }

        /** Adds a message of any text (a lone surrogate goes out as {@code ?}, as Java's UTF-8 encoder sends it). */
        public Builder add(long timestamp, String message) {
            byte[] utf8 = message.getBytes(StandardCharsets.UTF_8);
            check(timestamp, utf8.length);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            needsEscaping |= (ByteScan.of(utf8, 0, utf8.length) & ByteScan.ESCAPES) != 0;
            return added(timestamp, length + utf8.length);
        }

        /** The events added since the last build, in the order added; the builder is empty afterwards. */
        public EncodedEvents build() {
            if (count == 0) {
                return EMPTY;
            }
            EncodedEvents built = new EncodedEvents(Arrays.copyOf(bytes, length), Arrays.copyOf(starts, count + 1),
                    Arrays.copyOf(timestamps, count), needsEscaping, 0, count);
            length = 0;
            count = 0;
            needsEscaping = false;
            return built;
        }

        private Builder added(long timestamp, int end) {
            if (count == timestamps.length) {
                timestamps = Arrays.copyOf(timestamps, count * 2);
                starts = Arrays.copyOf(starts, count * 2 + 1);
            }
            timestamps[count] = timestamp;
            starts[count] = length;
            starts[count + 1] = end;
            count++;
            length = end;
            return this;
        }

        /** The same rules as {@link LogEvent}'s, so that every event {@link #get} makes is valid. */
        private static void check(long timestamp, int length) {
            if (length == 0) {
                throw new IllegalArgumentException("a log event message has at least one character");
            }
            if (timestamp < 0) {
                throw new IllegalArgumentException("a log event timestamp is never negative: " + timestamp);
            }
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
