package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.store.LogGroupClass;
import dev.flowsim.emulator.logs.store.LogGroupSettings;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CreateLogGroup: a new, empty log group in the caller's account and the request's region. */
final class CreateLogGroupHandler implements OperationHandler<ObjectNode> {

    private static final String NAME = "logGroupName";

    private final LogStore store;

    CreateLogGroupHandler(LogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "CreateLogGroup";
    }

    /** logs:CreateLogGroup on the group-level resource; with tags, also logs:TagResource on the group ARN. */
    @Override
    public List<AccessCheck> accessChecks(Call call) {
        String group = JsonInput.textOrEmpty(call.json(), NAME);
        String account = GroupReference.targetAccount(call);
        List<AccessCheck> checks = new ArrayList<>(2);
        checks.add(new AccessCheck("logs:CreateLogGroup", LogsArns.groupActionResource(call.region(), account, group)));
        JsonNode tags = call.json() == null ? null : call.json().get("tags");
        if (tags != null && tags.isObject() && !tags.isEmpty()) {
            checks.add(new AccessCheck("logs:TagResource", LogsArns.logGroup(call.region(), account, group)));
        }
        return checks;
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String name = in.string(NAME);
        String kmsKeyId = in.string("kmsKeyId");
        Map<String, String> tags = in.stringMap("tags");
        String logGroupClass = in.string("logGroupClass");
        Boolean deletionProtection = in.bool("deletionProtectionEnabled");

        CoralValidation v = new CoralValidation();
        // Names over 512 characters get Logs' own message below rather than Coral's length constraint.
        if (v.required(NAME, name)) {
            v.string(NAME, name, LogsShapes.LOG_GROUP_NAME.withoutMaxLength());
        }
        v.string("kmsKeyId", kmsKeyId, LogsShapes.KMS_KEY_ID)
                .map("tags", tags, 1, LogsShapes.MAX_TAGS, LogsShapes.TAG_KEY, LogsShapes.TAG_VALUE)
                .oneOf("logGroupClass", logGroupClass, LogsShapes.LOG_GROUP_CLASSES)
                .throwIfInvalid();
        if (name.length() > LogsShapes.LOG_GROUP_NAME.maxLength()) {
            throw LogsErrors.invalidParameter(
                    "Invalid LogGroup or LogStream, both must have length less than or equal to 512.");
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("aws/")) {
            throw LogsErrors.invalidParameter("Log groups starting with AWS/ are reserved for AWS.");
        }

        LogGroupSettings settings = new LogGroupSettings(
                logGroupClass == null ? LogGroupClass.STANDARD : LogGroupClass.valueOf(logGroupClass),
                kmsKeyId, tags == null ? Map.of() : tags, Boolean.TRUE.equals(deletionProtection));
        store.createGroup(GroupReference.targetAccount(call), call.region(), name, settings,
                        call.now().toEpochMilli())
                .orElseThrow(LogsErrors::groupExists);
        return null;
    }
}
