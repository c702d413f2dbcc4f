package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.filter.FilterPattern;
import dev.flowsim.emulator.logs.filter.InvalidFilterPatternException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.EventId;
import dev.flowsim.emulator.logs.store.EventRange;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.Retention;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * FilterLogEvents: the events of a group's streams (all, named, or by prefix) in {@code [startTime, endTime]} (both
 * ends inclusive, unlike GetLogEvents), interleaved across streams in event-id order (timestamp, ingestion time,
 * batch), paged by an opaque {@code nextToken} that is present exactly when more matching events follow. Events are
 * kept when their message matches the filter pattern (the whole language, see {@code logs.filter}); an empty pattern
 * matches every event. {@code interleaved} is deprecated and ignored, as in AWS.
 */
final class FilterLogEventsHandler implements OperationHandler<ObjectNode> {

    private static final String NAMES = "logStreamNames";
    private static final String PREFIX = "logStreamNamePrefix";
    private static final String PATTERN = "filterPattern";

    private final LogStore store;
    private final Executor scanHelpers;
    private final int scanHelperCount;

    FilterLogEventsHandler(LogStore store) {
        this(store, ScanHelpers.shared(), ScanHelpers.COUNT);
    }

    /** @param scanHelpers scans streams next to the operation worker, up to {@code scanHelperCount} at a time */
    FilterLogEventsHandler(LogStore store, Executor scanHelpers, int scanHelperCount) {
        this.store = store;
        this.scanHelpers = scanHelpers;
        this.scanHelperCount = scanHelperCount;
    }

    @Override
    public String name() {
        return "FilterLogEvents";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:FilterLogEvents", GroupReference.fromBody(call).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string("logGroupName");
        String identifier = in.string("logGroupIdentifier");
        ArrayNode names = in.stringList(NAMES);
        String prefix = in.string(PREFIX);
        Long startTime = in.longValue("startTime");
        Long endTime = in.longValue("endTime");
        String pattern = in.string(PATTERN);
        String nextToken = in.string("nextToken");
        Integer limit = in.integer("limit");
        in.bool("interleaved");
        in.bool("unmask");

        CoralValidation v = new CoralValidation()
                .string("logGroupName", groupName, LogsShapes.LOG_GROUP_NAME)
                .string("logGroupIdentifier", identifier, LogsShapes.LOG_GROUP_IDENTIFIER);
        if (names != null) {
            v.size(NAMES, texts(names), names.size(), 1, LogsShapes.STREAM_NAMES_MAX);
            for (int i = 0; i < names.size(); i++) {
                v.string(NAMES + "." + (i + 1) + ".member", names.get(i).asText(), LogsShapes.LOG_STREAM_NAME);
            }
        }
        v.string(PREFIX, prefix, LogsShapes.LOG_STREAM_NAME)
                .range("startTime", startTime, 0, Long.MAX_VALUE)
                .range("endTime", endTime, 0, Long.MAX_VALUE)
                .string(PATTERN, pattern, LogsShapes.FILTER_PATTERN)
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .range("limit", limit, 1, LogsShapes.EVENTS_LIMIT_MAX)
                .throwIfInvalid();
        GroupReference ref = GroupReference.fromMembers(call, groupName, identifier);
        if (names != null && prefix != null) {
            // Not observed from AWS; worded like AWS's message for the group prefix and pattern.
            throw LogsErrors.invalidParameter(
                    "logStreamNames and logStreamNamePrefix are mutually exclusive parameters.");
        }
        FilterPage.MessageTest matches = compile(pattern);
        EventId after = nextToken == null ? null : EventId.parseDecimal(
                PageTokens.decode(name(), nextToken, 1).get(0)).orElseThrow(LogsErrors::invalidNextToken);
        LogGroup group = ref.find(store);

        // endTime is inclusive: the range ends before the first id of the next millisecond.
        Long endExclusive = endTime == null || endTime == Long.MAX_VALUE ? null : endTime + 1;
        EventRange range = Retention.visible(EventRange.ofTimes(startTime, endExclusive), call.now().toEpochMilli(),
                group.retentionInDays());
        if (after != null) {
            range = range.from(after.next());
        }
        FilterPage page = FilterPage.read(StreamSelection.of(group, texts(names), prefix), range,
                limit == null ? LogsShapes.EVENTS_LIMIT_MAX : limit, matches, scanHelpers, scanHelperCount);
        return response(page);
    }

    /** An empty or absent pattern matches every event, as in AWS. */
    private static FilterPage.MessageTest compile(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return (bytes, offset, length) -> true;
        }
        try {
            return FilterPattern.compile(pattern)::matches;
        } catch (InvalidFilterPatternException e) {
            throw LogsErrors.invalidParameter(e.getMessage());
        }
    }

    private ObjectNode response(FilterPage page) {
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode events = result.putArray("events");
        for (FilterPage.Hit hit : page.hits()) {
            events.addObject()
                    .put("logStreamName", hit.stream())
                    .put("timestamp", hit.event().timestamp())
                    .put("message", hit.event().message())
                    .put("ingestionTime", hit.event().ingestionTime())
                    .put("eventId", hit.event().id().toDecimal());
        }
        // AWS has returned an empty list here since 2020.
        result.putArray("searchedLogStreams");
        if (page.more()) {
            FilterPage.Hit last = page.hits().get(page.hits().size() - 1);
            result.put("nextToken", PageTokens.encode(name(), List.of(last.event().id().toDecimal())));
        }
        return result;
    }

    private static List<String> texts(ArrayNode list) {
        if (list == null) {
            return null;
        }
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).map(n -> n.asText()).toList();
    }
}
