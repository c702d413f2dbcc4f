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
    // The quoted member names, compared a word of eight bytes at a time: "timestamp" (11 bytes) as two overlapping
    // words, "message" (9 bytes) as a word and its closing quote.
    private static final byte[] TIMESTAMP = "\"timestamp\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE = "\"message\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long TIMESTAMP_HEAD = (long) LONGS.get(TIMESTAMP, 0);
    private static final long TIMESTAMP_TAIL = (long) LONGS.get(TIMESTAMP, TIMESTAMP.length - 8);
    private static final long MESSAGE_HEAD = (long) LONGS.get(MESSAGE, 0);
    // The compact event's fixed parts: '{"timestamp":' (13 bytes, two overlapping words) and ',"message":"' (a word
    // and an int).
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] OPEN = "{\"timestamp\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] SEPARATOR = ",\"message\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long OPEN_HEAD = (long) LONGS.get(OPEN, 0);
    private static final long OPEN_TAIL = (long) LONGS.get(OPEN, OPEN.length - 8);
    private static final long SEPARATOR_HEAD = (long) LONGS.get(SEPARATOR, 0);
    private static final int SEPARATOR_TAIL = (int) INTS.get(SEPARATOR, 8);
    // Eighteen digits always fit a long; longer numbers are left to the parser path.
    private static final int MAX_DIGITS = 18;
    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    private RawLogEvents() {
    }

    /** With {@code from} at the array's '[': the batch and the index after the ']', or null. */
    static JsonProtocol.RawMember decode(byte[] b, int from, int maxEvents, int bodyBytesPerEventGuess) {
        int guess = Math.min(maxEvents, Math.max(1, b.length / bodyBytesPerEventGuess));
        // The batch refers to the messages in the body rather than copying them: the stream copies them once.
        EventBatch.SliceBuilder batch = new EventBatch.SliceBuilder(b, guess);
        Event event = new Event();
        int i = RawJson.skipWhitespace(b, from + 1);
        while (true) {
            int next = compactEvent(b, i, event);
            if (next < 0) {
                next = anyEvent(b, i, event);
                if (next < 0) {
                    return null;
                }
            }
            batch.add(event.timestamp, event.messageStart, event.messageEnd - event.messageStart);
            if (batch.size() > maxEvents) {
                return null;
            }
            i = next;
            if (i + 1 < b.length && b[i] == ',' && b[i + 1] == '{') {
                i++; // the compact separator, as SDKs write it
                continue;
            }
            i = RawJson.skipWhitespace(b, i);
            if (i < b.length && b[i] == ']') {
                return new JsonProtocol.RawMember(batch.build(), i + 1);
            }
            if (i >= b.length || b[i] != ',') {
                return null;
            }
            i = RawJson.skipWhitespace(b, i + 1);
        }
    }

    /** One event's values, reused from event to event of a decode. */
    private static final class Event {
        long timestamp;
        int messageStart;
        int messageEnd;
    }

    /**
     * The event as SDKs and shippers write it, {@code {"timestamp":1735732800000,"message":"…"}} with no whitespace
     * and a timestamp of 9 to 15 digits (every time from 1970-01-02 to the year 33658), checked with a few word
     * compares: the index after its '}', or -1 when it has any other shape, which {@link #anyEvent} then reads
     * (and accepts or refuses) exactly as before. What this accepts, {@code anyEvent} accepts with the same values.
     */
    private static int compactEvent(byte[] b, int i, Event event) {
        int digitsAt = i + OPEN.length;
        // Room for the digits' two words and the member separator after them; shorter tails take the general path.
        if (digitsAt + 16 + SEPARATOR.length > b.length
                || (long) LONGS.get(b, i) != OPEN_HEAD || (long) LONGS.get(b, i + OPEN.length - 8) != OPEN_TAIL
                || b[digitsAt] == '0') {
            return -1;
        }
        long high = (long) LONGS.get(b, digitsAt);
        long low = (long) LONGS.get(b, digitsAt + 8);
        long lowNonDigits = nonDigitBytes(low);
        int lowDigits = Long.numberOfTrailingZeros(lowNonDigits) >>> 3;
        if (nonDigitBytes(high) != 0 || lowDigits == 0 || lowDigits == 8) {
            return -1;
        }
        int end = digitsAt + 8 + lowDigits;
        if ((long) LONGS.get(b, end) != SEPARATOR_HEAD || (int) INTS.get(b, end + 8) != SEPARATOR_TAIL) {
            return -1;
        }
        int messageStart = end + SEPARATOR.length;
        int messageEnd = RawJson.endOfPlainString(b, messageStart);
        if (messageEnd < 0 || messageEnd + 1 >= b.length || b[messageEnd + 1] != '}') {
            return -1;
        }
        event.timestamp = eightDigits(high) * POWERS_OF_TEN[lowDigits] + eightDigits(leadingDigits(low, lowDigits));
        event.messageStart = messageStart;
        event.messageEnd = messageEnd;
        return messageEnd + 2;
    }

    /**
     * With {@code i} at an event's '{': any whitespace, either member order; the index after its '}', or -1 when
     * the event is not in the plain subset (the parser path then decides).
     */
    private static int anyEvent(byte[] b, int i, Event event) {
        if (i >= b.length || b[i] != '{') {
            return -1;
        }
        long timestamp = 0;
        boolean hasTimestamp = false;
        int messageStart = -1;
        int messageEnd = -1;
        i = RawJson.skipWhitespace(b, i + 1);
        for (int member = 0; member < 2; member++) {
            if (member == 1) {
                if (i >= b.length || b[i] != ',') {
                    return -1;
                }
                i = RawJson.skipWhitespace(b, i + 1);
            }
            if (!hasTimestamp && timestampAt(b, i)) {
                i = valueStart(b, i + TIMESTAMP.length);
                // One pass over the digits, a word of eight bytes at a time while eight more digits fit the
                // limit (a 13-digit timestamp takes two words), then one by one to at most one past the limit,
                // which is then refused.
                boolean negative = i < b.length && b[i] == '-';
                int start = negative ? i + 1 : i;
                int end = start;
                long value = 0;
                while (end + 8 <= b.length && end - start <= MAX_DIGITS - 8) {
                    long word = (long) LONGS.get(b, end);
                    long nonDigits = nonDigitBytes(word);
                    if (nonDigits == 0) {
                        value = value * 100_000_000L + eightDigits(word);
                        end += 8;
                        continue;
                    }
                    int digits = Long.numberOfTrailingZeros(nonDigits) >>> 3;
                    if (digits > 0) {
                        value = value * POWERS_OF_TEN[digits] + eightDigits(leadingDigits(word, digits));
                        end += digits;
                    }
                    break;
                }
                while (end < b.length && b[end] >= '0' && b[end] <= '9' && end - start < MAX_DIGITS + 1) {
                    value = value * 10 + (b[end] - '0');
                    end++;
                }
                if (!isPlainInteger(b, start, end)) {
                    return -1;
                }
                timestamp = negative ? -value : value;
                hasTimestamp = true;
                i = end;
            } else if (messageStart < 0 && messageAt(b, i)) {
                i = valueStart(b, i + MESSAGE.length);
                if (i >= b.length || b[i] != '"') {
                    return -1;
                }
                messageStart = i + 1;
                messageEnd = RawJson.endOfPlainString(b, messageStart);
                if (messageEnd < 0) {
                    return -1;
                }
                i = messageEnd + 1;
            } else {
                return -1;
            }
            i = RawJson.skipWhitespace(b, i);
        }
        if (i >= b.length || b[i] != '}') {
            return -1;
        }
        event.timestamp = timestamp;
        event.messageStart = messageStart;
        event.messageEnd = messageEnd;
        return i + 1;
    }

    /**
     * Of a little-endian word, a nonzero high nibble in each byte that is not an ASCII digit; exact for the lowest
     * such byte (a carry out of it may flag the bytes above), which is all the callers use.
     */
    static long nonDigitBytes(long word) {
        long t = word ^ 0x3030_3030_3030_3030L;  // a digit becomes 0..9
        // Not a digit: a high nibble already set (16..255), or one that adding 6 sets (10..15).
        return (t | (t + 0x0606_0606_0606_0606L)) & 0xF0F0_F0F0_F0F0_F0F0L;
    }

    /** The word's first {@code digits} bytes (1 to 7 digits) as eight digits, with leading '0's. */
    static long leadingDigits(long word, int digits) {
        int shift = 8 * (8 - digits);
        return (word << shift) | (0x3030_3030_3030_3030L >>> (8 * digits));
    }

    /** The value of eight ASCII digits read as a little-endian word (the first digit is the lowest byte). */
    static long eightDigits(long word) {
        long v = word - 0x3030_3030_3030_3030L;
        v = (v * 10 + (v >>> 8)) & 0x00FF_00FF_00FF_00FFL;         // pairs of digits
        v = (v * 100 + (v >>> 16)) & 0x0000_FFFF_0000_FFFFL;       // groups of four
        return (v * 10_000 + (v >>> 32)) & 0xFFFF_FFFFL;           // all eight
    }

    /** Whether {@code "timestamp"} (quoted, exactly) starts at {@code i}. */
    private static boolean timestampAt(byte[] b, int i) {
        return i + TIMESTAMP.length <= b.length && (long) LONGS.get(b, i) == TIMESTAMP_HEAD
                && (long) LONGS.get(b, i + TIMESTAMP.length - 8) == TIMESTAMP_TAIL;
    }

    /** Whether {@code "message"} (quoted, exactly) starts at {@code i}. */
    private static boolean messageAt(byte[] b, int i) {
        return i + MESSAGE.length <= b.length && (long) LONGS.get(b, i) == MESSAGE_HEAD && b[i + 8] == '"';
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
