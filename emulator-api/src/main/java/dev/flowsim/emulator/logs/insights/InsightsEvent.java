package dev.flowsim.emulator.logs.insights;

/**
 * One log event as a query sees it. An interface so the store adapter can build the {@code @ptr} only for the
 * events that end up in results.
 */
public interface InsightsEvent {

    /** Event time, epoch milliseconds. */
    long timestamp();

    /** Epoch milliseconds. */
    long ingestionTime();

    String logStream();

    /** {@code <account-id>:<log-group-name>}, as {@code @log} shows it. */
    String log();

    String message();

    /** The message's length in UTF-8 bytes, as {@code bytesScanned} counts it. */
    default long messageBytes() {
        String s = message();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
        }
        return s.length();
    }

    /** The opaque {@code @ptr} of the event. */
    String ptr();

    static InsightsEvent of(long timestamp, long ingestionTime, String logStream, String log, String message,
                            String ptr) {
        return new Simple(timestamp, ingestionTime, logStream, log, message, ptr);
    }

    /** An event with every member given up front. */
    record Simple(long timestamp, long ingestionTime, String logStream, String log, String message, String ptr)
            implements InsightsEvent {
    }
}
