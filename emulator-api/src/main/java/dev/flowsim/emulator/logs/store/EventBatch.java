package dev.flowsim.emulator.logs.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of new events as columns: timestamps in a {@code long[]} and every message's UTF-8 bytes in one
 * {@code byte[]}. This is what PutLogEvents decodes a request body into and what a stream copies into its own
 * columns, so a 7,500-event batch costs three arrays instead of 7,500 objects. Build it with {@link Builder}; once
 * built it is never changed.
 */
public final class EventBatch {

    private final long[] timestamps;
    private final byte[] utf8;
    // offsets[i] is the bytes of messages 0..i-1 together; offsets[size] is the bytes of them all.
    private final int[] offsets;
    // Where message i starts in utf8, for a batch that views another array (a request body); null when the
    // messages lie end to end in utf8, so that message i starts at offsets[i].
    private final int[] starts;
    private final int size;
    // Facts about the whole batch, from one pass when it is built, so that checks that hold for every event (the
    // common case) cost one compare per batch rather than a loop per check.
    private final boolean inOrder;
    private final long minTimestamp;
    private final int minMessageLength;
    private final int maxMessageLength;

    private EventBatch(long[] timestamps, byte[] utf8, int[] offsets, int[] starts, int size) {
        this.timestamps = timestamps;
        this.utf8 = utf8;
        this.offsets = offsets;
        this.starts = starts;
        this.size = size;
        boolean ordered = true;
        long minTs = size == 0 ? 0 : timestamps[0];
        int minLength = size == 0 ? 0 : Integer.MAX_VALUE;
        int maxLength = 0;
        for (int i = 0; i < size; i++) {
            long ts = timestamps[i];
            if (i > 0 && ts < timestamps[i - 1]) {
                ordered = false;
            }
            minTs = Math.min(minTs, ts);
            int length = offsets[i + 1] - offsets[i];
            minLength = Math.min(minLength, length);
            maxLength = Math.max(maxLength, length);
        }
        this.inOrder = ordered;
        this.minTimestamp = minTs;
        this.minMessageLength = minLength;
        this.maxMessageLength = maxLength;
    }

    public static EventBatch of(List<NewLogEvent> events) {
        Builder builder = new Builder(events.size(), 64);
        for (NewLogEvent e : events) {
            builder.add(e.timestamp(), e.utf8Message());
        }
        return builder.build();
    }

    public int size() {
        return size;
    }

    public long timestamp(int i) {
        return timestamps[i];
    }

    /** Whether the timestamps never decrease from one event to the next (so every range of them is in order). */
    public boolean inOrder() {
        return inOrder;
    }

    /** The smallest timestamp (0 for an empty batch). */
    public long minTimestamp() {
        return minTimestamp;
    }

    /** The shortest message's bytes (0 for an empty batch). */
    public int minMessageLength() {
        return minMessageLength;
    }

    /** The longest message's bytes (0 for an empty batch). */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    public int messageLength(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** Bytes of the messages {@code [from, to)}. */
    public long messageBytes(int from, int to) {
        return (long) offsets[to] - offsets[from];
    }

    public String message(int i) {
        return new String(utf8, messageOffset(i), messageLength(i), StandardCharsets.UTF_8);
    }

    /** The shared byte array holding message {@code i} at {@link #messageOffset(int)}; callers must not change it. */
    byte[] bytes() {
        return utf8;
    }

    int messageOffset(int i) {
        return starts == null ? offsets[i] : starts[i];
    }

    /** The timestamps column (at least {@link #size()} long); callers must not change it. */
    long[] timestampColumn() {
        return timestamps;
    }

    /** The cumulative message offsets ({@link #size()} + 1 used); callers must not change them. */
    int[] offsetColumn() {
        return offsets;
    }

    /** Where each message starts in {@link #bytes()}, or null when message i starts at offset i. */
    int[] startColumn() {
        return starts;
    }

    /** Collects events; messages arrive as UTF-8 bytes or as UTF-16 characters straight from a JSON parser. */
    public static final class Builder {

        private long[] timestamps;
        private int[] offsets;
        private byte[] utf8;
        private int size;
        private int used;

        /** @param expectedEvents a size hint; @param expectedBytesPerEvent a size hint for the message buffer */
        public Builder(int expectedEvents, int expectedBytesPerEvent) {
            int events = Math.max(4, expectedEvents);
            timestamps = new long[events];
            offsets = new int[events + 1];
            utf8 = new byte[(int) Math.min(Integer.MAX_VALUE - 16, (long) events * Math.max(16, expectedBytesPerEvent))];
        }

        public int size() {
            return size;
        }

        public Builder add(long timestamp, byte[] message) {
            ensureRoom(message.length);
            System.arraycopy(message, 0, utf8, used, message.length);
            used += message.length;
            return finishEvent(timestamp);
        }

        /** Adds a message given as {@code length} bytes of valid UTF-8 at {@code offset}. */
        public Builder add(long timestamp, byte[] source, int offset, int length) {
            ensureRoom(length);
            System.arraycopy(source, offset, utf8, used, length);
            used += length;
            return finishEvent(timestamp);
        }

        /**
         * Adds a message given as UTF-16 characters, encoding it exactly as {@link String#getBytes} with UTF-8 does
         * (an unpaired surrogate becomes '?'), without making a String.
         */
        public Builder add(long timestamp, char[] chars, int offset, int length) {
            ensureRoom(length * 3L);
            byte[] out = utf8;
            int w = used;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    out[w++] = (byte) c;
                } else if (c < 0x800) {
                    out[w++] = (byte) (0xC0 | (c >> 6));
                    out[w++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                        int cp = Character.toCodePoint(c, chars[++i]);
                        out[w++] = (byte) (0xF0 | (cp >> 18));
                        out[w++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                        out[w++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                        out[w++] = (byte) (0x80 | (cp & 0x3F));
                    } else {
                        out[w++] = '?';
                    }
                } else {
                    out[w++] = (byte) (0xE0 | (c >> 12));
                    out[w++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    out[w++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            used = w;
            return finishEvent(timestamp);
        }

        private Builder finishEvent(long timestamp) {
            if (size == timestamps.length) {
                int grown = timestamps.length * 2;
                timestamps = Arrays.copyOf(timestamps, grown);
                offsets = Arrays.copyOf(offsets, grown + 1);
            }
            timestamps[size++] = timestamp;
            offsets[size] = used;
            return this;
        }

        private void ensureRoom(long more) {
            long needed = used + more;
            if (needed > utf8.length) {
                if (needed > Integer.MAX_VALUE - 16) {
                    throw new IllegalArgumentException("a batch holds at most 2 GiB of messages");
                }
                utf8 = Arrays.copyOf(utf8, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, 2L * utf8.length)));
            }
        }

        public EventBatch build() {
            return new EventBatch(timestamps, utf8, offsets, null, size);
        }
    }

    /**
     * Collects events whose messages are slices of one array (a request body) that nobody changes while the batch
     * lives: the batch refers to the slices instead of copying them, so a 1 MB body is copied once, into the
     * stream's chunks, and no second message array of about the body's size is allocated (for G1 a "humongous" one).
     * The slices must be valid UTF-8.
     */
    public static final class SliceBuilder {

        private final byte[] source;
        private long[] timestamps;
        private int[] offsets;
        private int[] starts;
        private int size;

        /** @param expectedEvents a size hint */
        public SliceBuilder(byte[] source, int expectedEvents) {
            int events = Math.max(4, expectedEvents);
            this.source = source;
            timestamps = new long[events];
            offsets = new int[events + 1];
            starts = new int[events];
        }

        public int size() {
            return size;
        }

        /** Adds the message of {@code length} bytes at {@code offset} of the source. */
        public SliceBuilder add(long timestamp, int offset, int length) {
            if (size == timestamps.length) {
                int grown = timestamps.length * 2;
                timestamps = Arrays.copyOf(timestamps, grown);
                offsets = Arrays.copyOf(offsets, grown + 1);
                starts = Arrays.copyOf(starts, grown);
            }
            timestamps[size] = timestamp;
            starts[size] = offset;
            offsets[size + 1] = offsets[size] + length;
            size++;
            return this;
        }

        public EventBatch build() {
            return new EventBatch(timestamps, source, offsets, starts, size);
        }
    }
}
