package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Storing a batch's messages in one call lays them out exactly as storing them one by one: the same chunks, the
 * same references, the same bytes, whether the messages are slices of a body or lie end to end.
 */
class MessageChunksBulkAppendTest {

    @Test
    void bulkAppendMatchesOneByOneForSeededBatches() {
        Random random = new Random(20261127L);
        for (int round = 0; round < 40; round++) {
            MessageChunks single = new MessageChunks();
            MessageChunks bulk = new MessageChunks();
            int batches = 1 + random.nextInt(30);
            for (int b = 0; b < batches; b++) {
                int count = 1 + random.nextInt(random.nextBoolean() ? 8 : 3000);
                boolean sliced = random.nextBoolean();
                int[] offsets = new int[count + 1];
                int[] starts = sliced ? new int[count] : null;
                int maxLength = random.nextInt(10) == 0 ? 70_000 : 300;
                byte[] source = new byte[count * (maxLength + 40) + 1];
                random.nextBytes(source);
                int at = 0;
                for (int i = 0; i < count; i++) {
                    int length = 1 + random.nextInt(maxLength);
                    if (sliced) {
                        at += random.nextInt(40); // framing between the messages of a body
                        starts[i] = at;
                    }
                    offsets[i + 1] = offsets[i] + length;
                    at += length;
                }
                int from = random.nextInt(count);
                int n = count - from;
                long[] bulkRefs = new long[n + 5];
                bulk.appendAll(source, starts, offsets, from, n, bulkRefs, 5);
                for (int i = from; i < count; i++) {
                    int length = offsets[i + 1] - offsets[i];
                    int start = sliced ? starts[i] : offsets[i];
                    long ref = single.append(source, start, length);
                    assertEquals(ref, bulkRefs[5 + i - from], "reference of message " + i + " in round " + round);
                    byte[] expected = java.util.Arrays.copyOfRange(source, start, start + length);
                    int o = MessageChunks.offset(ref);
                    assertArrayEquals(expected, java.util.Arrays.copyOfRange(bulk.chunk(ref), o, o + length));
                }
                assertEquals(single.totalBytes(), bulk.totalBytes());
                assertEquals(single.allocatedBytes(), bulk.allocatedBytes());
            }
        }
    }
}
