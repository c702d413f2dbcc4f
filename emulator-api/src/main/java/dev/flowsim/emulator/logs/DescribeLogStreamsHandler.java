package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.StreamStats;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DescribeLogStreams: a group's streams ordered by name or by last event time, ascending or descending, optionally
 * filtered by name prefix, paged.
 */
final class DescribeLogStreamsHandler implements OperationHandler<ObjectNode> {

    private static final String BY_NAME = "LogStreamName";
    private static final String BY_LAST_EVENT = "LastEventTime";
    private static final String PREFIX = "logStreamNamePrefix";

    private final LogStore store;

    DescribeLogStreamsHandler(LogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DescribeLogStreams";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DescribeLogStreams",
                GroupReference.fromBody(call).groupActionResource()));
    }

    /** A stream's place in the requested order. Streams without events sort as if their last event were at 0. */
    private record SortKey(long lastEventTime, String name) {

        static final Comparator<SortKey> ORDER =
                Comparator.comparingLong(SortKey::lastEventTime).thenComparing(SortKey::name);

        static SortKey of(LogStream stream, boolean byLastEvent) {
            StreamStats stats = stream.stats();
            return new SortKey(byLastEvent ? stats.lastEventTimestamp() : 0, stream.name());
        }
    }

    private record Entry(SortKey key, LogStream stream) {
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string("logGroupName");
        String identifier = in.string("logGroupIdentifier");
        String prefix = in.string(PREFIX);
        String orderBy = in.string("orderBy");
        Boolean descending = in.bool("descending");
        String nextToken = in.string("nextToken");
        Integer limit = in.integer("limit");
        new CoralValidation()
                .string("logGroupName", groupName, LogsShapes.LOG_GROUP_NAME)
                .string("logGroupIdentifier", identifier, LogsShapes.LOG_GROUP_IDENTIFIER)
                .string(PREFIX, prefix, LogsShapes.LOG_STREAM_NAME)
                .oneOf("orderBy", orderBy, LogsShapes.ORDER_BY)
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .range("limit", limit, 1, LogsShapes.DESCRIBE_LIMIT_MAX)
                .throwIfInvalid();
        GroupReference ref = GroupReference.fromMembers(call, groupName, identifier);
        boolean byLastEvent = BY_LAST_EVENT.equals(orderBy);
        if (byLastEvent && prefix != null) {
            // Wording taken from other emulators; not yet observed from AWS.
            throw LogsErrors.invalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
        }
        LogGroup group = ref.find(store);

        boolean desc = Boolean.TRUE.equals(descending);
        String order = byLastEvent ? BY_LAST_EVENT : BY_NAME;
        SortKey after = nextToken == null ? null : decodeToken(nextToken, order, desc);
        Comparator<SortKey> comparator = desc ? SortKey.ORDER.reversed() : SortKey.ORDER;

        List<Entry> candidates = new ArrayList<>();
        for (LogStream stream : group.streamsByName().values()) {
            if (prefix == null || stream.name().startsWith(prefix)) {
                SortKey key = SortKey.of(stream, byLastEvent);
                if (after == null || comparator.compare(key, after) > 0) {
                    candidates.add(new Entry(key, stream));
                }
            }
        }
        candidates.sort(Comparator.comparing(Entry::key, comparator));

        int pageSize = limit == null ? LogsShapes.DESCRIBE_LIMIT_MAX : limit;
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode out = result.putArray("logStreams");
        candidates.stream().limit(pageSize).forEach(e -> out.add(render(group, e.stream())));
        if (candidates.size() > pageSize) {
            SortKey last = candidates.get(pageSize - 1).key();
            result.put("nextToken", PageTokens.encode(name(),
                    List.of(order, Boolean.toString(desc), Long.toString(last.lastEventTime()), last.name())));
        }
        return result;
    }

    /** The key a token resumes after; a token issued for another order or direction is invalid. */
    private SortKey decodeToken(String token, String order, boolean desc) {
        List<String> key = PageTokens.decode(name(), token, 4);
        if (!key.get(0).equals(order) || !key.get(1).equals(Boolean.toString(desc))) {
            throw LogsErrors.invalidNextToken();
        }
        try {
            return new SortKey(Long.parseLong(key.get(2)), key.get(3));
        } catch (NumberFormatException e) {
            throw LogsErrors.invalidNextToken();
        }
    }

    /** Fields in model order; the event fields and the legacy upload token appear once the stream has events. */
    private static ObjectNode render(LogGroup group, LogStream stream) {
        StreamStats stats = stream.stats();
        ObjectNode node = JsonProtocol.MAPPER.createObjectNode();
        node.put("logStreamName", stream.name());
        node.put("creationTime", stream.creationTime());
        if (stats.hasEvents()) {
            node.put("firstEventTimestamp", stats.firstEventTimestamp());
            node.put("lastEventTimestamp", stats.lastEventTimestamp());
            node.put("lastIngestionTime", stats.lastIngestionTime());
            node.put("uploadSequenceToken",
                    SequenceTokens.afterBatch(stats.lastBatchIngestionTime(), stats.lastBatchSerial()));
        }
        node.put("arn", LogsArns.logStream(group.region(), group.account(), group.name(), stream.name()));
        // Deprecated since 2019: AWS reports 0 for every stream.
        node.put("storedBytes", 0);
        return node;
    }
}
