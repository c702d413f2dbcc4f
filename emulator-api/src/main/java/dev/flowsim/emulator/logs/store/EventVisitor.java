package dev.flowsim.emulator.logs.store;

/**
 * Receives stored events one at a time from {@link LogStream#scan}, as primitives and the message's UTF-8 bytes, so
 * that a scan over millions of events makes no object per event. The id parts are those of {@link EventId}.
 *
 * <p>{@code message} is the store's own array: read {@code [offset, offset + length)} only and never write to it.
 * Stored bytes never change once written (chunks are append-only and expiry only drops whole chunks), so the
 * range stays readable after the scan returns.
 */
@FunctionalInterface
public interface EventVisitor {

    /** @return false to stop the scan after this event */
    boolean visit(long timestamp, long ingestionTime, long serial, int index, byte[] message, int offset, int length);
}
