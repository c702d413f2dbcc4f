package dev.flowsim.emulator.logs.store;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The batch-wide facts that let PutLogEvents skip its per-event checks agree with the events, for batches built
 * from bytes and from body slices alike.
 */
class EventBatchFactsTest {

    @Test
    void factsAgreeWithTheEventsOfSeededBatches() {
        Random random = new Random(81L);
        for (int round = 0; round < 500; round++) {
            int count = 1 + random.nextInt(round % 10 == 0 ? 2 : 300);
            byte[] body = new byte[count * 50];
            EventBatch.SliceBuilder slices = new EventBatch.SliceBuilder(body, 1);
            EventBatch.Builder copies = new EventBatch.Builder(1, 16);
            long ts = random.nextInt(1000) - (random.nextInt(8) == 0 ? 2000 : 0);
            boolean inOrder = true;
            long min = Long.MAX_VALUE;
            int minLength = Integer.MAX_VALUE;
            int maxLength = 0;
            for (int i = 0; i < count; i++) {
                long step = random.nextInt(20) == 0 ? -1 - random.nextInt(5) : random.nextInt(3);
                inOrder &= i == 0 || step >= 0;
                ts = i == 0 ? ts : ts + step;
                min = Math.min(min, ts);
                int length = random.nextInt(40) == 0 ? 0 : random.nextInt(50);
                minLength = Math.min(minLength, length);
                maxLength = Math.max(maxLength, length);
                int start = random.nextInt(body.length - length + 1);
                slices.add(ts, start, length);
                copies.add(ts, body, start, length);
            }
            for (EventBatch batch : new EventBatch[] {slices.build(), copies.build()}) {
                assertEquals(inOrder, batch.inOrder(), "round " + round);
                assertEquals(min, batch.minTimestamp(), "round " + round);
                assertEquals(minLength, batch.minMessageLength(), "round " + round);
                assertEquals(maxLength, batch.maxMessageLength(), "round " + round);
            }
        }
        EventBatch empty = new EventBatch.Builder(0, 16).build();
        assertEquals(true, empty.inOrder());
        assertEquals(0, empty.maxMessageLength());
    }
}
