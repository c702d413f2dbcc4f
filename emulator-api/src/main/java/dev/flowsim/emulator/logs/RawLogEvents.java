package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.protocol.RawJson;

/**
 * PutLogEvents' {@code logEvents} read straight from the body's bytes: each event's {@code timestamp} parsed from
 * its digits and its {@code message} copied as it is (printable ASCII needs no decoding), with no parser, char
 * buffer or re-encoding. Only the plainest shape is read (what {@link LogEventsDecoder}'s parser path accepts, and
 * messages of printable ASCII without escapes, as flow-log lines are); anything else answers null and the parser
 * path decides, so results and errors are the same either way.
 */
final class RawLogEvents {

    private static final byte[] TIMESTAMP = "timestamp".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE = "message".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // Eighteen digits always fit a long; longer numbers are left to the parser path.
    private static final int MAX_DIGITS = 18;

    private RawLogEvents() {
    }

    /** With {@code from} at the array's '[': the batch and the index after the ']', or null. */
    static JsonProtocol.RawMember decode(byte[] b, int from, int maxEvents, int bodyBytesPerEventGuess) {
        int guess = Math.min(maxEvents, Math.max(1, b.length / bodyBytesPerEventGuess));
        EventBatch.Builder batch = new EventBatch.Builder(guess, 112);
        int i = RawJson.skipWhitespace(b, from + 1);
        while (true) {
            if (i >= b.length || b[i] != '{') {
                return null;
            }
            long timestamp = 0;
            boolean hasTimestamp = false;
            int messageStart = -1;
            int messageEnd = -1;
            i = RawJson.skipWhitespace(b, i + 1);
            for (int member = 0; member < 2; member++) {
                if (member == 1) {
                    if (i >= b.length || b[i] != ',') {
                        return null;
                    }
                    i = RawJson.skipWhitespace(b, i + 1);
                }
                if (!hasTimestamp && nameAt(b, i, TIMESTAMP)) {
                    i = valueStart(b, i + TIMESTAMP.length + 2);
                    // One pass over the digits (at most one past the limit, which is then refused).
                    boolean negative = i < b.length && b[i] == '-';
                    int start = negative ? i + 1 : i;
                    int end = start;
                    long value = 0;
                    while (end < b.length && b[end] >= '0' && b[end] <= '9' && end - start < MAX_DIGITS + 1) {
                        value = value * 10 + (b[end] - '0');
                        end++;
                    }
                    if (!isPlainInteger(b, start, end)) {
                        return null;
                    }
                    timestamp = negative ? -value : value;
                    hasTimestamp = true;
                    i = end;
                } else if (messageStart < 0 && nameAt(b, i, MESSAGE)) {
                    i = valueStart(b, i + MESSAGE.length + 2);
                    if (i >= b.length || b[i] != '"') {
                        return null;
                    }
                    messageStart = i + 1;
                    messageEnd = RawJson.endOfPlainString(b, messageStart);
                    if (messageEnd < 0) {
                        return null;
                    }
                    i = messageEnd + 1;
                } else {
                    return null;
                }
                i = RawJson.skipWhitespace(b, i);
            }
            if (i >= b.length || b[i] != '}') {
                return null;
            }
            batch.add(timestamp, b, messageStart, messageEnd - messageStart);
            if (batch.size() > maxEvents) {
                return null;
            }
            i = RawJson.skipWhitespace(b, i + 1);
            if (i < b.length && b[i] == ']') {
                return new JsonProtocol.RawMember(batch.build(), i + 1);
            }
            if (i >= b.length || b[i] != ',') {
                return null;
            }
            i = RawJson.skipWhitespace(b, i + 1);
        }
    }

    /** Whether {@code "name"} (quoted, exactly) starts at {@code i}. */
    private static boolean nameAt(byte[] b, int i, byte[] name) {
        int end = i + name.length + 2;
        if (end > b.length || b[i] != '"' || b[end - 1] != '"') {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (b[i + 1 + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /** After a member's name: skips whitespace, the colon and whitespace; an index past the end when malformed. */
    private static int valueStart(byte[] b, int i) {
        i = RawJson.skipWhitespace(b, i);
        if (i >= b.length || b[i] != ':') {
            return b.length;
        }
        return RawJson.skipWhitespace(b, i + 1);
    }

    /**
     * Whether the digits {@code [start, end)} are a JSON integer the parser path would read as a long: one to 18
     * digits, no leading zero, not followed by a fraction or exponent.
     */
    private static boolean isPlainInteger(byte[] b, int start, int end) {
        int digits = end - start;
        if (digits == 0 || digits > MAX_DIGITS || (digits > 1 && b[start] == '0')) {
            return false;
        }
        return end >= b.length || (b[end] != '.' && b[end] != 'e' && b[end] != 'E');
    }
}
