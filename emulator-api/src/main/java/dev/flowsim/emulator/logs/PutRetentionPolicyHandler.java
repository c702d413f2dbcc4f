package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * PutRetentionPolicy: events older than the retention (by event timestamp, on the simulated clock) disappear from
 * every read at once and PutLogEvents reports them as expired. Only AWS's listed day values are accepted.
 */
final class PutRetentionPolicyHandler implements OperationHandler<ObjectNode> {

    private static final String DAYS = "retentionInDays";

    private final LogStore store;

    PutRetentionPolicyHandler(LogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "PutRetentionPolicy";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:PutRetentionPolicy", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), GroupNameInput.MEMBER)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        CoralValidation v = new CoralValidation();
        String name = GroupNameInput.read(in, v);
        Integer days = in.integer(DAYS);
        if (v.required(DAYS, days) && !LogsShapes.RETENTION_DAYS.contains(days)) {
            // The model types Days as a plain integer; AWS checks it like an enum and lists the allowed values.
            v.violation(DAYS, days, "Member must satisfy enum value set: " + LogsShapes.RETENTION_DAYS);
        }
        v.throwIfInvalid();
        LogGroup group = GroupReference.byName(call, name).find(store);
        group.setRetentionInDays(days);
        return null;
    }
}
