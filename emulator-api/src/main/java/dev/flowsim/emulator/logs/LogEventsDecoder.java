package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.protocol.JsonProtocol;

import java.io.IOException;
import java.util.Arrays;

/**
 * Decodes PutLogEvents' {@code logEvents} straight from the JSON parser into an {@link EventBatch}: timestamps into
 * a {@code long[]}, messages from the parser's character buffer into UTF-8 bytes, with no tree node, String or
 * object per event. It takes only the plain shape every SDK sends (a non-empty list of at most the batch limit of
 * objects with exactly one integer {@code timestamp} and one string {@code message}); anything else (nulls, other
 * types, extra or repeated members, too many events) goes to the tree decoder, so errors stay exactly as before.
 */
final class LogEventsDecoder implements JsonProtocol.StreamedMember {

    static final String MEMBER = "logEvents";
    // A flow-log line plus its JSON framing is about 140 bytes: a good first guess for the batch's size.
    private static final int BODY_BYTES_PER_EVENT_GUESS = 140;

    private final int maxEvents;

    LogEventsDecoder(int maxEvents) {
        this.maxEvents = maxEvents;
    }

    @Override
    public String member() {
        return MEMBER;
    }

    /** The batch the streaming decoder made, or null when the member was decoded as a tree. */
    static EventBatch streamed(JsonNode body) {
        JsonNode member = body == null ? null : body.get(MEMBER);
        return member instanceof POJONode pojo && pojo.getPojo() instanceof EventBatch batch ? batch : null;
    }

    @Override
    public JsonProtocol.RawMember decodeRaw(byte[] body, int from) {
        return RawLogEvents.decode(body, from, maxEvents, BODY_BYTES_PER_EVENT_GUESS);
    }

    @Override
    public Object decode(JsonParser parser, int bodyBytes) throws IOException {
        int guess = Math.min(maxEvents, Math.max(1, bodyBytes / BODY_BYTES_PER_EVENT_GUESS));
        EventBatch.Builder batch = new EventBatch.Builder(guess, 112);
        char[] pending = new char[256];
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            long timestamp = 0;
            boolean hasTimestamp = false;
            boolean hasMessage = false;
            int pendingLength = -1;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("timestamp") && !hasTimestamp && value == JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                    timestamp = parser.getLongValue();
                    hasTimestamp = true;
                } else if (name.equals("message") && !hasMessage && value == JsonToken.VALUE_STRING) {
                    hasMessage = true;
                    int length = parser.getTextLength();
                    if (hasTimestamp) {
                        batch.add(timestamp, parser.getTextCharacters(), parser.getTextOffset(), length);
                    } else {
                        // The message came first: keep its characters until the timestamp is known.
                        if (pending.length < length) {
                            pending = Arrays.copyOf(pending, Math.max(length, pending.length * 2));
                        }
                        System.arraycopy(parser.getTextCharacters(), parser.getTextOffset(), pending, 0, length);
                        pendingLength = length;
                    }
                } else {
                    throw JsonProtocol.NotStreamable.INSTANCE;
                }
            }
            if (!hasTimestamp || !hasMessage) {
                throw JsonProtocol.NotStreamable.INSTANCE;
            }
            if (pendingLength >= 0) {
                batch.add(timestamp, pending, 0, pendingLength);
            }
            if (batch.size() > maxEvents) {
                throw JsonProtocol.NotStreamable.INSTANCE;
            }
        }
        if (token != JsonToken.END_ARRAY || batch.size() == 0) {
            throw JsonProtocol.NotStreamable.INSTANCE;
        }
        return batch.build();
    }
}
