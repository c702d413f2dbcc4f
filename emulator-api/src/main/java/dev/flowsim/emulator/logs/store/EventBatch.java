package dev.flowsim.emulator.logs.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A batch of new events as columns: timestamps in a {@code long[]} and every message's UTF-8 bytes end to end in one
 * {@code byte[]}. This is what PutLogEvents decodes a request body into and what a stream copies into its own
 * columns, so a 7,500-event batch costs three arrays instead of 7,500 objects. Build it with {@link Builder}; once
 * built it is never changed.
 */
public final class EventBatch {

    private final long[] timestamps;
    private final byte[] utf8;
    // offsets[i] is where message i starts; offsets[size] is the end of the last one.
    private final int[] offsets;
    private final int size;

    private EventBatch(long[] timestamps, byte[] utf8, int[] offsets, int size) {
        this.timestamps = timestamps;
        this.utf8 = utf8;
        this.offsets = offsets;
        this.size = size;
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

    public int messageLength(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** Bytes of the messages {@code [from, to)}. */
    public long messageBytes(int from, int to) {
        return (long) offsets[to] - offsets[from];
    }

    public String message(int i) {
        return new String(utf8, offsets[i], messageLength(i), StandardCharsets.UTF_8);
    }

    /** The shared byte array holding message {@code i} at {@link #messageOffset(int)}; callers must not change it. */
    byte[] bytes() {
        return utf8;
    }

    int messageOffset(int i) {
        return offsets[i];
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
            return new EventBatch(timestamps, utf8, offsets, size);
        }
    }
}
