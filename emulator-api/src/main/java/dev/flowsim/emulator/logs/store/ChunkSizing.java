package dev.flowsim.emulator.logs.store;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * How large a busy stream's message chunks are. Under G1, an array of at least half a region is "humongous": it is
 * allocated straight in the old generation and never moved, so stored bytes are not copied from eden to the old
 * generation by the next young collection (at a million events a second that copy was a large share of GC time).
 * A chunk of one region minus a little (the array header) fills exactly one region, so it wastes nothing; anything
 * between half a region and one would waste the rest of its region. Off G1, or when the region size cannot be read,
 * busy streams keep {@link MessageChunks#MAX_CHUNK_BYTES} chunks. {@code -Dflowsim.logs.regionChunks=false} turns
 * region-sized chunks off.
 */
final class ChunkSizing {

    static final String PROPERTY = "flowsim.logs.regionChunks";
    // Room for the array header whatever the object layout (16 bytes with compressed class pointers).
    private static final int ARRAY_HEADER_ROOM = 64;
    /** Region-sized chunks, or 0 when busy streams keep ordinary ones. */
    static final int REGION_CHUNK_BYTES = regionChunkBytes();

    private ChunkSizing() {
    }

    /**
     * Whether a stream holding {@code storedBytes} is busy enough for region-sized chunks: it must already hold four
     * regions' worth, so the unfilled end of its last chunk stays under a fifth of what it holds and quiet streams
     * keep small chunks.
     */
    static boolean busy(long storedBytes) {
        return REGION_CHUNK_BYTES > 0 && storedBytes >= 4L * REGION_CHUNK_BYTES;
    }

    private static int regionChunkBytes() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return 0;
        }
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null || !Boolean.parseBoolean(hotSpot.getVMOption("UseG1GC").getValue())) {
                return 0;
            }
            long region = Long.parseLong(hotSpot.getVMOption("G1HeapRegionSize").getValue());
            return region > 2L * MessageChunks.MAX_CHUNK_BYTES && region <= (1 << 30)
                    ? (int) region - ARRAY_HEADER_ROOM : 0;
        } catch (RuntimeException | LinkageError e) {
            return 0; // not HotSpot, or the option is unknown: ordinary chunks are always correct
        }
    }
}
