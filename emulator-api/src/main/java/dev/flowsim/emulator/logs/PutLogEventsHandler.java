package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.filters.StoredBatchListener;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.LogStream;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.logs.store.EventBatch;
import dev.flowsim.emulator.logs.store.StorageFullException;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;

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
    private final StoredBatchListener stored;

    /** @param stored told of every stored batch (metric and subscription filters) */
    PutLogEventsHandler(LogStore store, LogsLimits limits, StoredBatchListener stored) {
        this.store = store;
        this.limits = limits;
        this.screening = new BatchScreening(limits);
        this.stored = stored;
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
        EventBatch streamed = LogEventsDecoder.streamed(call.json());
        ArrayNode eventNodes = streamed == null ? in.list(EVENTS) : null;
        String sequenceToken = in.string("sequenceToken");
        in.structure("entity");
        EventBatch events = streamed != null
                ? validated(groupName, streamName, streamed, sequenceToken)
                : validated(groupName, streamName, eventNodes, sequenceToken);

        LogGroup group = GroupReference.byName(call, groupName).find(store);
        LogStream stream = group.stream(streamName).orElseThrow(LogsErrors::streamNotFound);
        long now = call.now().toEpochMilli();
        BatchScreening.Outcome outcome = screening.screen(events, now, group.retentionInDays());
        OptionalLong retentionCutoff = group.retentionCutoff(now);
        if (retentionCutoff.isPresent()) {
            stream.expireBefore(retentionCutoff.getAsLong());
        }
        long serial = store.nextBatchSerial();
        try {
            if (!stream.append(now, serial, events, outcome.acceptedFrom(), outcome.acceptedTo())) {
                throw LogsErrors.streamNotFound();
            }
        } catch (StorageFullException full) {
            // [U] AWS has no such cap; LimitExceededException is the Logs code for "a limit was reached".
            throw new AwsException("LimitExceededException", full.getMessage(), 400);
        }
        stored.stored(group, streamName, now, serial, events, outcome.acceptedFrom(), outcome.acceptedTo());
        return response(now, serial, outcome);
    }

    private static CoralValidation checkNames(String groupName, String streamName) {
        CoralValidation v = new CoralValidation();
        if (v.required(GROUP, groupName)) {
            v.string(GROUP, groupName, LogsShapes.LOG_GROUP_NAME);
        }
        if (v.required(STREAM, streamName)) {
            v.string(STREAM, streamName, LogsShapes.LOG_STREAM_NAME);
        }
        return v;
    }

    /** Reads the events and reports every Coral violation of the request at once, in model member order. */
    private EventBatch validated(String groupName, String streamName, ArrayNode eventNodes, String sequenceToken) {
        CoralValidation v = checkNames(groupName, streamName);
        EventBatch.Builder events = new EventBatch.Builder(eventNodes == null ? 0 : eventNodes.size(), 64);
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
                    events.add(timestamp, message.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        v.string("sequenceToken", sequenceToken, LogsShapes.SEQUENCE_TOKEN).throwIfInvalid();
        return events.build();
    }

    /**
     * The same checks for a batch the streaming decoder made. It only takes non-empty batches within the size
     * limit whose events all have both members, so what is left are the values' constraints.
     */
    private static EventBatch validated(String groupName, String streamName, EventBatch events,
                                        String sequenceToken) {
        CoralValidation v = checkNames(groupName, streamName);
        boolean allValid = events.minTimestamp() >= 0 && events.minMessageLength() > 0;
        for (int i = 0; i < (allValid ? 0 : events.size()); i++) {
            if (events.timestamp(i) < 0 || events.messageLength(i) == 0) {
                String path = EVENTS + "." + (i + 1) + ".member";
                v.range(path + ".timestamp", events.timestamp(i), 0, Long.MAX_VALUE);
                if (events.messageLength(i) == 0) {
                    v.violation(path + ".message", "", "Member must have length greater than or equal to 1");
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
