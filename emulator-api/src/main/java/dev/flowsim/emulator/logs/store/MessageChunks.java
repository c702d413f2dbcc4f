package dev.flowsim.emulator.logs.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The UTF-8 bytes of a stream's messages, packed end to end into byte arrays that grow from small to
 * {@link #MAX_CHUNK_BYTES}, so that a stream with few events stays small and a busy one avoids a copy per event.
 * A message is addressed by a reference ({@code chunk << 32 | offset}) plus its length. Not thread-safe: the owning
 * stream's lock guards it.
 */
final class MessageChunks {

    static final int MIN_CHUNK_BYTES = 4 * 1024;
    static final int MAX_CHUNK_BYTES = 1024 * 1024;

    private final List<byte[]> chunks = new ArrayList<>();
    private int usedInLastChunk;
    private long totalBytes;

    /** Stores a message and returns its reference. */
    long append(byte[] utf8) {
        byte[] last = chunks.isEmpty() ? null : chunks.get(chunks.size() - 1);
        if (last == null || last.length - usedInLastChunk < utf8.length) {
            int grown = last == null ? MIN_CHUNK_BYTES : Math.min(MAX_CHUNK_BYTES, last.length * 2);
            last = new byte[Math.max(grown, utf8.length)];
            chunks.add(last);
            usedInLastChunk = 0;
        }
        System.arraycopy(utf8, 0, last, usedInLastChunk, utf8.length);
        long ref = ((long) (chunks.size() - 1) << 32) | usedInLastChunk;
        usedInLastChunk += utf8.length;
        totalBytes += utf8.length;
        return ref;
    }

    String read(long ref, int length) {
        byte[] chunk = chunks.get((int) (ref >>> 32));
        return new String(chunk, (int) ref, length, StandardCharsets.UTF_8);
    }

    long totalBytes() {
        return totalBytes;
    }
}
