package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.protocol.RawJson;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * PutLogEvents' {@code logEvents} read straight from the body's bytes: each event's {@code timestamp} parsed from
 * its digits and its {@code message} referred to where it lies in the body (printable ASCII needs no decoding), with
 * no parser, char buffer, re-encoding or copy. Only the plainest shape is read (what {@link LogEventsDecoder}'s
 * parser path accepts, and messages of printable ASCII without escapes, as flow-log lines are); anything else
 * answers null and the parser path decides, so results and errors are the same either way.
 */
final class RawLogEvents {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] TIMESTAMP = "timestamp".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE = "message".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // Eighteen digits always fit a long; longer numbers are left to the parser path.
    private static final int MAX_DIGITS = 18;

    private RawLogEvents() {
    }

    /** With {@code from} at the array's '[': the batch and the index after the ']', or null. */
    static JsonProtocol.RawMember decode(byte[] b, int from, int maxEvents, int bodyBytesPerEventGuess) {
        int guess = Math.min(maxEvents, Math.max(1, b.length / bodyBytesPerEventGuess));
        // The batch refers to the messages in the body rather than copying them: the stream copies them once.
        EventBatch.SliceBuilder batch = new EventBatch.SliceBuilder(b, guess);
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
                    // One pass over the digits, eight at a time while eight more fit the limit, then one by one
                    // (to at most one past the limit, which is then refused).
                    boolean negative = i < b.length && b[i] == '-';
                    int start = negative ? i + 1 : i;
                    int end = start;
                    long value = 0;
                    while (end + 8 <= b.length && end - start <= MAX_DIGITS - 8) {
                        long word = (long) LONGS.get(b, end);
                        if (!allDigits(word)) {
                            break;
                        }
                        value = value * 100_000_000L + eightDigits(word);
                        end += 8;
                    }
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
            batch.add(timestamp, messageStart, messageEnd - messageStart);
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

    /** Whether all eight bytes of a little-endian word are ASCII digits. */
    static boolean allDigits(long word) {
        // Each byte's high nibble must be 3, and stay 3 after adding 6 (which carries out of '0'..'9' only past '9').
        return (word & 0xF0F0_F0F0_F0F0_F0F0L) == 0x3030_3030_3030_3030L
                && ((word + 0x0606_0606_0606_0606L) & 0xF0F0_F0F0_F0F0_F0F0L) == 0x3030_3030_3030_3030L;
    }

    /** The value of eight ASCII digits read as a little-endian word (the first digit is the lowest byte). */
    static long eightDigits(long word) {
        long v = word - 0x3030_3030_3030_3030L;
        v = (v * 10 + (v >>> 8)) & 0x00FF_00FF_00FF_00FFL;         // pairs of digits
        v = (v * 100 + (v >>> 16)) & 0x0000_FFFF_0000_FFFFL;       // groups of four
        return (v * 10_000 + (v >>> 32)) & 0xFFFF_FFFFL;           // all eight
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
