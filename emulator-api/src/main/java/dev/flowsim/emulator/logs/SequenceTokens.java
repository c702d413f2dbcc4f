package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventId;

/**
 * The legacy sequence tokens of PutLogEvents ({@code nextSequenceToken}) and DescribeLogStreams
 * ({@code uploadSequenceToken}). AWS ignores incoming tokens since January 2023 but still returns 56-digit ones;
 * flowsim derives one per batch from the batch's ingestion time and serial, in the event id layout, so that each
 * is unique and the two operations agree.
 */
final class SequenceTokens {

    private SequenceTokens() {
    }

    static String afterBatch(long ingestionTime, long batchSerial) {
        return new EventId(ingestionTime, ingestionTime, batchSerial, 0).toDecimal();
    }
}
