package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.logs.store.NewLogEvent;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * PutLogEvents: validates the batch, finds group and stream, applies {@link BatchScreening}, stores what it
 * accepts stamped with the simulated time as ingestion time, and reports rejected events by index. The legacy
 * {@code sequenceToken} is ignored, as AWS has done since January 2023; the optional {@code entity} is accepted
 * and not interpreted.
 */
final class PutLogEventsHandler implements OperationHandler<ObjectNode> {

    private static final String GROUP = "logGroupName";
    private static final String STREAM = "logStreamName";
    private static final String EVENTS = "logEvents";

    private final LogStore store;
    private final LogsLimits limits;
    private final BatchScreening screening;

    PutLogEventsHandler(LogStore store, LogsLimits limits) {
        this.store = store;
        this.limits = limits;
        this.screening = new BatchScreening(limits);
    }

    @Override
    public String name() {
        return "PutLogEvents";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        GroupReference group = GroupReference.byName(call, JsonInput.textOrEmpty(call.json(), GROUP));
        return List.of(new AccessCheck("logs:PutLogEvents",
                group.streamActionResource(JsonInput.textOrEmpty(call.json(), STREAM))));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string(GROUP);
        String streamName = in.string(STREAM);
        ArrayNode eventNodes = in.list(EVENTS);
        String sequenceToken = in.string("sequenceToken");
        in.structure("entity");
        List<NewLogEvent> events = validated(in, groupName, streamName, eventNodes, sequenceToken);

        LogGroup group = GroupReference.byName(call, groupName).find(store);
        LogStream stream = group.stream(streamName).orElseThrow(LogsErrors::streamNotFound);
        long now = call.now().toEpochMilli();
        BatchScreening.Outcome outcome = screening.screen(events, now, group.retentionInDays());
        long serial = store.nextBatchSerial();
        if (!stream.append(now, serial, outcome.accepted())) {
            throw LogsErrors.streamNotFound();
        }
        return response(now, serial, outcome);
    }

    /** Reads the events and reports every Coral violation of the request at once, in model member order. */
    private List<NewLogEvent> validated(JsonInput in, String groupName, String streamName, ArrayNode eventNodes,
                                        String sequenceToken) {
        CoralValidation v = new CoralValidation();
        if (v.required(GROUP, groupName)) {
            v.string(GROUP, groupName, LogsShapes.LOG_GROUP_NAME);
        }
        if (v.required(STREAM, streamName)) {
            v.string(STREAM, streamName, LogsShapes.LOG_STREAM_NAME);
        }
        List<NewLogEvent> events = new ArrayList<>(eventNodes == null ? 0 : eventNodes.size());
        if (v.required(EVENTS, eventNodes)) {
            v.size(EVENTS, eventNodes, eventNodes.size(), 1, limits.maxEventsPerBatch());
            for (int i = 0; i < eventNodes.size(); i++) {
                String path = EVENTS + "." + (i + 1) + ".member";
                JsonInput event = JsonInput.element(eventNodes.get(i), path);
                Long timestamp = event.longValue("timestamp");
                String message = event.string("message");
                if (v.required(path + ".timestamp", timestamp)) {
                    v.range(path + ".timestamp", timestamp, 0, Long.MAX_VALUE);
                }
                if (v.required(path + ".message", message) && message.isEmpty()) {
                    v.violation(path + ".message", message, "Member must have length greater than or equal to 1");
                }
                if (!v.hasViolations()) {
                    events.add(NewLogEvent.of(timestamp, message));
                }
            }
        }
        v.string("sequenceToken", sequenceToken, LogsShapes.SEQUENCE_TOKEN).throwIfInvalid();
        return events;
    }

    private static ObjectNode response(long now, long serial, BatchScreening.Outcome outcome) {
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        result.put("nextSequenceToken", SequenceTokens.afterBatch(now, serial));
        if (outcome.anyRejected()) {
            ObjectNode rejected = result.putObject("rejectedLogEventsInfo");
            if (outcome.tooNewStartIndex() < outcome.batchSize()) {
                rejected.put("tooNewLogEventStartIndex", outcome.tooNewStartIndex());
            }
            if (outcome.tooOldEndIndex() > 0) {
                rejected.put("tooOldLogEventEndIndex", outcome.tooOldEndIndex());
            }
            if (outcome.expiredEndIndex() > 0) {
                rejected.put("expiredLogEventEndIndex", outcome.expiredEndIndex());
            }
        }
        return result;
    }
}
