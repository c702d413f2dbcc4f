package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chunk sizes: a quiet stream keeps small chunks; a busy one ends up with chunks of one G1 region (when the JVM runs
 * G1), which must fill their region without spilling into a second one; the bytes read back are always the stored
 * ones, and expiry still frees whole chunks.
 */
class MessageChunkSizesTest {

    private static byte[] message(int i) {
        byte[] m = new byte[1000];
        Arrays.fill(m, (byte) ('a' + i % 26));
        return m;
    }

    @Test
    void aQuietStreamKeepsSmallChunks() {
        MessageChunks chunks = new MessageChunks();
        long ref = chunks.append(message(0), 0, 1000);
        assertEquals(MessageChunks.MIN_CHUNK_BYTES, chunks.chunk(ref).length);
    }

    @Test
    void aBusyStreamGetsRegionSizedChunksAndReadsBackWhatItStored() {
        MessageChunks chunks = new MessageChunks();
        int region = ChunkSizing.REGION_CHUNK_BYTES;
        long target = region > 0 ? 6L * region : 8L * MessageChunks.MAX_CHUNK_BYTES;
        List<Long> refs = new ArrayList<>();
        for (int i = 0; (long) i * 1000 < target; i++) {
            refs.add(chunks.append(message(i), 0, 1000));
        }
        byte[] last = chunks.chunk(refs.get(refs.size() - 1));
        if (region > 0) {
            assertEquals(region, last.length, "a busy stream's new chunks are one region");
            assertTrue(region % 1024 == 1024 - 64, "one region minus room for the header: " + region);
        } else {
            assertEquals(MessageChunks.MAX_CHUNK_BYTES, last.length, "off G1, busy streams keep ordinary chunks");
        }
        for (int i = 0; i < refs.size(); i += 997) {
            assertEquals(new String(message(i), StandardCharsets.UTF_8), chunks.read(refs.get(i), 1000));
        }
        assertTrue(chunks.allocatedBytes() - chunks.totalBytes() < Math.max(region, MessageChunks.MAX_CHUNK_BYTES),
                "at most the unfilled end of the last chunk is unused");
        for (Long ref : refs) {
            chunks.release(ref, 1000);
        }
        assertEquals(last.length, chunks.allocatedBytes(), "only the chunk being filled stays");
    }

    @Test
    void busyMeansFourRegionChunksWorthOfStoredBytes() {
        int region = ChunkSizing.REGION_CHUNK_BYTES;
        assertEquals(false, ChunkSizing.busy(0));
        assertEquals(region > 0, ChunkSizing.busy(4L * region));
        assertEquals(false, ChunkSizing.busy(4L * region - 1));
    }
}
