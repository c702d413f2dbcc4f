package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flowsim.emulator.service.Call;

/** What a fault may be targeted by, read once from an authenticated call. */
record CallFacts(String service, String operation, String principalArn, String roleArn, String account,
                 String region, String logGroup, String logStream) {

    static CallFacts of(Call call) {
        JsonNode json = call.json();
        String group = text(json, "logGroupName");
        if (group == null) {
            group = groupOfIdentifier(text(json, "logGroupIdentifier"));
        }
        return new CallFacts(call.service(), call.operation(), call.caller().arn(),
                call.caller().principal().roleArn(), call.accountId(), call.region(), group,
                text(json, "logStreamName"));
    }

    /** A key that is the same for the same kind of call from the same caller on the same resource. */
    String streamKey() {
        return operation + "|" + principalArn + "|" + logGroup + "|" + logStream;
    }

    private static String text(JsonNode json, String field) {
        if (json == null) {
            return null;
        }
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** {@code logGroupIdentifier} is a name or an ARN {@code arn:aws:logs:R:A:log-group:NAME}. */
    private static String groupOfIdentifier(String identifier) {
        if (identifier == null || !identifier.startsWith("arn:")) {
            return identifier;
        }
        int at = identifier.indexOf(":log-group:");
        return at < 0 ? identifier : identifier.substring(at + ":log-group:".length());
    }
}
