package dev.flowsim.emulator.logs.insights;

import java.util.Iterator;

/**
 * One partition's events for a parallel scan, which may leave out events a {@link RowPrecheck} rules out but still
 * counts every event it went past, for recordsScanned and bytesScanned.
 */
public interface CountedEvents extends Iterator<InsightsEvent> {

    /** Events gone past so far, returned or left out. */
    long visited();

    /** Their messages' stored (UTF-8) length. */
    long visitedBytes();
}
