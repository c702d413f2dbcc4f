package dev.flowsim.emulator.logs.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The UTF-8 bytes of a stream's messages, packed end to end into byte arrays that grow from small to
 * {@link #MAX_CHUNK_BYTES} (256 KiB), so that a stream with few events stays small and a busy one avoids a copy per
 * event; a stream holding several MiB gets chunks of one G1 region, allocated outside the young generation
 * ({@link ChunkSizing}).
 * A message is addressed by a reference ({@code chunk << 32 | offset}) plus its length. Each chunk counts the
 * messages still stored in it; when expiry releases the last one, the chunk is dropped and its memory freed.
 * Not thread-safe: the owning stream's lock guards it.
 */
final class MessageChunks {

    static final int MIN_CHUNK_BYTES = 4 * 1024;
    // Under half of G1's smallest region (1 MiB), so ordinary chunks are ordinary objects: a 1 MiB array would be
    // "humongous" and take two whole regions. Region-sized chunks (ChunkSizing) fit their region exactly.
    static final int MAX_CHUNK_BYTES = 256 * 1024 - 64;

    // A released chunk becomes null; chunk numbers never change, so references stay valid.
    private byte[][] chunks = new byte[4][];
    private int[] liveMessages = new int[4];
    private int chunkCount;
    private int usedInLastChunk;
    private long totalBytes;

    /** Stores {@code length} bytes of {@code source} from {@code offset} and returns the message's reference. */
    long append(byte[] source, int offset, int length) {
        byte[] last = chunkWithRoomFor(length);
        System.arraycopy(source, offset, last, usedInLastChunk, length);
        long ref = ((long) (chunkCount - 1) << 32) | usedInLastChunk;
        usedInLastChunk += length;
        totalBytes += length;
        liveMessages[chunkCount - 1]++;
        return ref;
    }

    /** The chunk being filled, or a new, larger one when it has fewer than {@code length} bytes left. */
    private byte[] chunkWithRoomFor(int length) {
        byte[] last = chunkCount == 0 ? null : chunks[chunkCount - 1];
        if (last == null || last.length - usedInLastChunk < length) {
            int grown = last == null ? MIN_CHUNK_BYTES
                    : ChunkSizing.busy(totalBytes) ? ChunkSizing.REGION_CHUNK_BYTES
                    : Math.min(MAX_CHUNK_BYTES, last.length * 2);
            last = new byte[Math.max(grown, length)];
            addChunk(last);
        }
        return last;
    }

    /**
     * Stores messages {@code [from, from + count)} of a batch, as {@link #append} one by one would (same chunks,
     * same references), writing their references to {@code refs} from {@code refsAt}. Message {@code i} has
     * {@code offsets[i + 1] - offsets[i]} bytes at {@code starts[i]} of {@code source}, or at {@code offsets[i]}
     * when {@code starts} is null. Per run of messages that fit the chunk being filled: one room check and one
     * count update, and one copy when the messages lie end to end.
     */
    void appendAll(byte[] source, int[] starts, int[] offsets, int from, int count, long[] refs, int refsAt) {
        int i = from;
        int stop = from + count;
        while (i < stop) {
            int length = offsets[i + 1] - offsets[i];
            byte[] last = chunkWithRoomFor(length);
            // The run: every following message that still fits (offsets are cumulative, so one compare each).
            int room = last.length - usedInLastChunk;
            int base = offsets[i];
            int runEnd = i + 1;
            while (runEnd < stop && offsets[runEnd + 1] - base <= room) {
                runEnd++;
            }
            int runBytes = offsets[runEnd] - base;
            long chunkRef = (long) (chunkCount - 1) << 32;
            int at = usedInLastChunk;
            if (starts == null) {
                System.arraycopy(source, base, last, at, runBytes);
                for (int k = i; k < runEnd; k++) {
                    refs[refsAt++] = chunkRef | (at + offsets[k] - base);
                }
            } else {
                for (int k = i; k < runEnd; k++) {
                    int w = at + offsets[k] - base;
                    System.arraycopy(source, starts[k], last, w, offsets[k + 1] - offsets[k]);
                    refs[refsAt++] = chunkRef | w;
                }
            }
            usedInLastChunk += runBytes;
            totalBytes += runBytes;
            liveMessages[chunkCount - 1] += runEnd - i;
            i = runEnd;
        }
    }

    private void addChunk(byte[] chunk) {
        if (chunkCount > 0 && liveMessages[chunkCount - 1] == 0) {
            chunks[chunkCount - 1] = null; // every message it held has expired while it was being filled
        }
        if (chunkCount == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunkCount * 2);
            liveMessages = Arrays.copyOf(liveMessages, chunkCount * 2);
        }
        chunks[chunkCount++] = chunk;
        usedInLastChunk = 0;
    }

    String read(long ref, int length) {
        byte[] chunk = chunks[(int) (ref >>> 32)];
        return new String(chunk, (int) ref, length, StandardCharsets.UTF_8);
    }

    /** The array holding a message; its bytes at the reference's offset never change. */
    byte[] chunk(long ref) {
        return chunks[(int) (ref >>> 32)];
    }

    static int offset(long ref) {
        return (int) ref;
    }

    /** Forgets a message; a chunk left without messages is freed unless it is the one still being filled. */
    void release(long ref, int length) {
        int chunk = (int) (ref >>> 32);
        totalBytes -= length;
        if (--liveMessages[chunk] == 0 && chunk != chunkCount - 1) {
            chunks[chunk] = null;
        }
    }

    long totalBytes() {
        return totalBytes;
    }

    /** Bytes of the chunks currently held (for tests and capacity figures). */
    long allocatedBytes() {
        long sum = 0;
        for (int i = 0; i < chunkCount; i++) {
            sum += chunks[i] == null ? 0 : chunks[i].length;
        }
        return sum;
    }
}
