package dev.flowsim.emulator.logs.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A stream's events as primitive columns kept in id order, in blocks of {@link #BLOCK_SIZE} events, with message
 * bytes in {@link MessageChunks} and the per-batch id parts in a {@link BatchTable}: 26 bytes per event plus its
 * message, and no object per event. Blocks mean that growing never copies the whole stream and that expiry frees
 * memory by dropping leading blocks; the first block starts small, so a quiet stream stays small.
 *
 * <p>Batches usually arrive in time order and are appended; a batch that belongs earlier (parallel writers, late
 * deliveries) is merged into the tail it overlaps. Positions are physical: live events occupy {@code [start, end)}.
 * Not thread-safe: the owning stream's lock guards it.
 */
final class EventColumns {

    static final int BLOCK_SHIFT = 12;
    static final int BLOCK_SIZE = 1 << BLOCK_SHIFT;
    private static final int MASK = BLOCK_SIZE - 1;
    private static final int FIRST_BLOCK_CAPACITY = 16;

    /** What {@link #expireBefore} removed. */
    record Expired(int events, long messageBytes) {
        static final Expired NONE = new Expired(0, 0);
    }

    private static final class Block {
        final long[] timestamps;
        final int[] batches;
        final short[] indexes;
        final long[] messageRefs;
        final int[] messageLengths;

        Block(int capacity) {
            timestamps = new long[capacity];
            batches = new int[capacity];
            indexes = new short[capacity];
            messageRefs = new long[capacity];
            messageLengths = new int[capacity];
        }

        private Block(Block from, int capacity) {
            timestamps = Arrays.copyOf(from.timestamps, capacity);
            batches = Arrays.copyOf(from.batches, capacity);
            indexes = Arrays.copyOf(from.indexes, capacity);
            messageRefs = Arrays.copyOf(from.messageRefs, capacity);
            messageLengths = Arrays.copyOf(from.messageLengths, capacity);
        }

        int capacity() {
            return timestamps.length;
        }
    }

    private Block[] blocks = {new Block(FIRST_BLOCK_CAPACITY)};
    private int blockCount = 1;
    private int start;
    private int end;
    private final BatchTable batches = new BatchTable();
    private final MessageChunks messages = new MessageChunks();

    int size() {
        return end - start;
    }

    long messageBytes() {
        return messages.totalBytes();
    }

    private Block block(int pos) {
        return blocks[pos >>> BLOCK_SHIFT];
    }

    private long timestamp(int pos) {
        return block(pos).timestamps[pos & MASK];
    }

    private int batch(int pos) {
        return block(pos).batches[pos & MASK];
    }

    private int index(int pos) {
        return Short.toUnsignedInt(block(pos).indexes[pos & MASK]);
    }

    private long messageRef(int pos) {
        return block(pos).messageRefs[pos & MASK];
    }

    private int messageLength(int pos) {
        return block(pos).messageLengths[pos & MASK];
    }

    private void write(int pos, long ts, int batch, int index, long ref, int length) {
        Block b = block(pos);
        int i = pos & MASK;
        b.timestamps[i] = ts;
        b.batches[i] = batch;
        b.indexes[i] = (short) index;
        b.messageRefs[i] = ref;
        b.messageLengths[i] = length;
    }

    /**
     * Adds events {@code [from, to)} of a batch whose timestamps are non-decreasing, all with the same ingestion
     * time and serial; their ids' indexes count from 0 at {@code from}.
     */
    void insert(long ingestionTime, long serial, EventBatch batch, int from, int to) {
        int count = to - from;
        if (count <= 0) {
            return;
        }
        int batchNo = batches.add(ingestionTime, serial);
        ensureCapacity(end + count);
        int at = lowerBound(batch.timestamp(from), ingestionTime, serial, 0);
        if (at == end) {
            appendColumns(batchNo, batch, from, count);
        } else {
            mergeIntoTail(at, batchNo, batch, from, count);
        }
        end += count;
    }

    /** The common case, a batch after every stored event: its columns copied block segment by block segment. */
    private void appendColumns(int batchNo, EventBatch batch, int from, int count) {
        long[] timestamps = batch.timestampColumn();
        int[] offsets = batch.offsetColumn();
        int j = 0;
        while (j < count) {
            int pos = end + j;
            Block b = block(pos);
            int i = pos & MASK;
            int segment = Math.min(count - j, b.capacity() - i);
            System.arraycopy(timestamps, from + j, b.timestamps, i, segment);
            Arrays.fill(b.batches, i, i + segment, batchNo);
            for (int k = 0; k < segment; k++) {
                b.indexes[i + k] = (short) (j + k);
                b.messageLengths[i + k] = offsets[from + j + k + 1] - offsets[from + j + k];
            }
            messages.appendAll(batch.bytes(), batch.startColumn(), offsets, from + j, segment, b.messageRefs, i);
            j += segment;
        }
    }

    private void mergeIntoTail(int at, int batchNo, EventBatch batch, int from, int count) {
        int tail = end - at;
        long[] tailTs = new long[tail];
        int[] tailBatch = new int[tail];
        int[] tailIndex = new int[tail];
        long[] tailRef = new long[tail];
        int[] tailLen = new int[tail];
        for (int k = 0; k < tail; k++) {
            tailTs[k] = timestamp(at + k);
            tailBatch[k] = batch(at + k);
            tailIndex[k] = index(at + k);
            tailRef[k] = messageRef(at + k);
            tailLen[k] = messageLength(at + k);
        }
        long ingestion = batches.ingestionTime(batchNo);
        long serial = batches.serial(batchNo);
        int i = 0;
        int j = 0;
        for (int w = at; i < tail || j < count; w++) {
            boolean fromBatch = i == tail || (j < count && EventId.compare(batch.timestamp(from + j), ingestion,
                    serial, j, tailTs[i], batches.ingestionTime(tailBatch[i]), batches.serial(tailBatch[i]),
                    tailIndex[i]) < 0);
            if (fromBatch) {
                int length = batch.messageLength(from + j);
                long ref = messages.append(batch.bytes(), batch.messageOffset(from + j), length);
                write(w, batch.timestamp(from + j), batchNo, j, ref, length);
                j++;
            } else {
                write(w, tailTs[i], tailBatch[i], tailIndex[i], tailRef[i], tailLen[i]);
                i++;
            }
        }
    }

    private int capacity() {
        return blockCount == 1 ? blocks[0].capacity() : blockCount * BLOCK_SIZE;
    }

    private void ensureCapacity(int needed) {
        while (needed > capacity()) {
            if (blockCount == 1 && blocks[0].capacity() < BLOCK_SIZE) {
                blocks[0] = new Block(blocks[0], Math.min(BLOCK_SIZE, Math.max(needed, blocks[0].capacity() * 2)));
            } else {
                if (blockCount == blocks.length) {
                    blocks = Arrays.copyOf(blocks, blockCount * 2);
                }
                blocks[blockCount++] = new Block(BLOCK_SIZE);
            }
        }
    }

    /** The first live position whose id is {@code >=} the given id parts ({@code end} when none is). */
    private int lowerBound(long ts, long ingestion, long serial, int index) {
        int low = start;
        int high = end;
        while (low < high) {
            int mid = (low + high) >>> 1;
            int b = batch(mid);
            if (EventId.compare(timestamp(mid), batches.ingestionTime(b), batches.serial(b), index(mid),
                    ts, ingestion, serial, index) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int lowerBound(EventId id) {
        return lowerBound(id.timestamp(), id.ingestionTime(), id.serial(), id.index());
    }

    /**
     * Drops every event whose timestamp is before {@code cutoff}: their messages are released, and blocks and
     * chunks left empty become garbage.
     */
    Expired expireBefore(long cutoff) {
        if (end == start || timestamp(start) >= cutoff) {
            return Expired.NONE;
        }
        int stop = lowerBound(cutoff, 0, 0, 0);
        long bytes = 0;
        for (int pos = start; pos < stop; pos++) {
            int length = messageLength(pos);
            messages.release(messageRef(pos), length);
            bytes += length;
        }
        Expired expired = new Expired(stop - start, bytes);
        start = stop;
        if (start == end) {
            blocks = new Block[] {new Block(FIRST_BLOCK_CAPACITY)};
            blockCount = 1;
            start = 0;
            end = 0;
        } else {
            int dropped = start >>> BLOCK_SHIFT;
            if (dropped > 0) {
                System.arraycopy(blocks, dropped, blocks, 0, blockCount - dropped);
                Arrays.fill(blocks, blockCount - dropped, blockCount, null);
                blockCount -= dropped;
                start -= dropped << BLOCK_SHIFT;
                end -= dropped << BLOCK_SHIFT;
            }
        }
        return expired;
    }

    private EventId idAt(int pos) {
        int b = batch(pos);
        return new EventId(timestamp(pos), batches.ingestionTime(b), batches.serial(b), index(pos));
    }

    /** The id of the newest event; the stream must not be empty. */
    EventId lastId() {
        return idAt(end - 1);
    }

    private StoredEvent eventAt(int pos) {
        return new StoredEvent(idAt(pos), messages.read(messageRef(pos), messageLength(pos)));
    }

    /**
     * Hands at most {@code limit} events of the range to {@code visitor}, oldest first or newest first, until it
     * returns false; nothing is allocated per event.
     *
     * @return how many events were visited
     */
    int scan(EventRange range, boolean newestFirst, int limit, EventVisitor visitor) {
        int from = range.fromInclusive() == null ? start : lowerBound(range.fromInclusive());
        int to = range.toExclusive() == null ? end : lowerBound(range.toExclusive());
        int count = Math.max(0, Math.min(limit, to - from));
        for (int k = 0; k < count; k++) {
            if (!visit(newestFirst ? to - 1 - k : from + k, visitor)) {
                return k + 1;
            }
        }
        return count;
    }

    private boolean visit(int pos, EventVisitor visitor) {
        Block b = block(pos);
        int i = pos & MASK;
        int batch = b.batches[i];
        long ref = b.messageRefs[i];
        return visitor.visit(b.timestamps[i], batches.ingestionTime(batch), batches.serial(batch),
                Short.toUnsignedInt(b.indexes[i]), messages.chunk(ref), MessageChunks.offset(ref), b.messageLengths[i]);
    }

    /**
     * The first {@code limit} events of the range, oldest first, stopping before the page would hold more than
     * {@code maxMessageBytes} of messages (a page always holds at least one event when the range has one).
     */
    List<StoredEvent> readFirst(EventRange range, int limit, long maxMessageBytes) {
        int from = range.fromInclusive() == null ? start : lowerBound(range.fromInclusive());
        int to = range.toExclusive() == null ? end : lowerBound(range.toExclusive());
        List<StoredEvent> page = new ArrayList<>(Math.max(0, Math.min(limit, to - from)));
        long bytes = 0;
        for (int pos = from; pos < to && page.size() < limit; pos++) {
            bytes += messageLength(pos);
            if (!page.isEmpty() && bytes > maxMessageBytes) {
                break;
            }
            page.add(eventAt(pos));
        }
        return page;
    }

    /** Like {@link #readFirst} but the last {@code limit} events of the range, still returned oldest first. */
    List<StoredEvent> readLast(EventRange range, int limit, long maxMessageBytes) {
        int from = range.fromInclusive() == null ? start : lowerBound(range.fromInclusive());
        int to = range.toExclusive() == null ? end : lowerBound(range.toExclusive());
        List<StoredEvent> page = new ArrayList<>();
        long bytes = 0;
        for (int pos = to - 1; pos >= from && page.size() < limit; pos--) {
            bytes += messageLength(pos);
            if (!page.isEmpty() && bytes > maxMessageBytes) {
                break;
            }
            page.add(eventAt(pos));
        }
        Collections.reverse(page);
        return page;
    }
}
