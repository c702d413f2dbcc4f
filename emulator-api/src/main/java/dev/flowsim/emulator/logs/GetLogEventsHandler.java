package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.EventId;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.Retention;
import dev.flowsim.emulator.logs.store.StoredEvent;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * GetLogEvents: one page of a stream's events in {@code [startTime, endTime)}, oldest first within the page. Without
 * a token, {@code startFromHead} picks the oldest or the newest page; a token continues in its own direction. The
 * tokens name the page's edges ({@link StreamPosition}); a page with nothing new hands back the token it was given,
 * which is how clients know they reached the end.
 */
final class GetLogEventsHandler implements OperationHandler<ObjectNode> {

    private static final String STREAM = "logStreamName";
    /** A page holds at most 1 MB of messages besides the event limit. */
    private static final long MAX_PAGE_MESSAGE_BYTES = 1_048_576;

    private final LogStore store;

    GetLogEventsHandler(LogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "GetLogEvents";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:GetLogEvents",
                GroupReference.fromBody(call).streamActionResource(JsonInput.textOrEmpty(call.json(), STREAM))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string("logGroupName");
        String identifier = in.string("logGroupIdentifier");
        String streamName = in.string(STREAM);
        Long startTime = in.longValue("startTime");
        Long endTime = in.longValue("endTime");
        String nextToken = in.string("nextToken");
        Integer limit = in.integer("limit");
        Boolean startFromHead = in.bool("startFromHead");
        in.bool("unmask");

        CoralValidation v = new CoralValidation()
                .string("logGroupName", groupName, LogsShapes.LOG_GROUP_NAME)
                .string("logGroupIdentifier", identifier, LogsShapes.LOG_GROUP_IDENTIFIER);
        if (v.required(STREAM, streamName)) {
            v.string(STREAM, streamName, LogsShapes.LOG_STREAM_NAME);
        }
        v.range("startTime", startTime, 0, Long.MAX_VALUE)
                .range("endTime", endTime, 0, Long.MAX_VALUE)
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .range("limit", limit, 1, LogsShapes.EVENTS_LIMIT_MAX)
                .throwIfInvalid();
        GroupReference ref = GroupReference.fromMembers(call, groupName, identifier);
        LogGroup group = ref.find(store);
        LogStream stream = group.stream(streamName).orElseThrow(LogsErrors::streamNotFound);

        EventRange times = Retention.visible(EventRange.ofTimes(startTime, endTime), call.now().toEpochMilli(),
                group.retentionInDays());
        boolean forward;
        StreamPosition origin;
        if (nextToken != null) {
            StreamPosition.Parsed parsed = StreamPosition.parse(nextToken).orElseThrow(LogsErrors::invalidNextToken);
            forward = parsed.forward();
            origin = parsed.position();
        } else {
            forward = Boolean.TRUE.equals(startFromHead);
            origin = forward ? rangeStart(startTime) : rangeEnd(stream, endTime);
        }
        int pageLimit = limit == null ? LogsShapes.EVENTS_LIMIT_MAX : limit;
        List<StoredEvent> page = forward
                ? stream.readFirst(times.from(origin.before()), pageLimit, MAX_PAGE_MESSAGE_BYTES)
                : stream.readLast(times.until(origin.before()), pageLimit, MAX_PAGE_MESSAGE_BYTES);
        return response(page, origin);
    }

    private static StreamPosition rangeStart(Long startTime) {
        return startTime == null ? StreamPosition.START : StreamPosition.before(EventId.firstAt(startTime));
    }

    private static StreamPosition rangeEnd(LogStream stream, Long endTime) {
        if (endTime != null) {
            return StreamPosition.before(EventId.firstAt(endTime));
        }
        return stream.lastEventId().map(StreamPosition::after).orElse(StreamPosition.START);
    }

    private static ObjectNode response(List<StoredEvent> page, StreamPosition origin) {
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode events = result.putArray("events");
        for (StoredEvent e : page) {
            events.addObject()
                    .put("timestamp", e.timestamp())
                    .put("message", e.message())
                    .put("ingestionTime", e.ingestionTime());
        }
        StreamPosition end = page.isEmpty() ? origin : StreamPosition.after(page.get(page.size() - 1).id());
        StreamPosition start = page.isEmpty() ? origin : StreamPosition.before(page.get(0).id());
        result.put("nextForwardToken", end.forwardToken());
        result.put("nextBackwardToken", start.backwardToken());
        return result;
    }
}
