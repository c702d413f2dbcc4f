package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.Call;

import java.util.Optional;

/**
 * The log group a request names, by {@code logGroupName} (the caller's account and the request's region) or by
 * {@code logGroupIdentifier} (a name, or an ARN whose account and region are used). The endpoint is regional, so
 * an ARN of another region never finds a group.
 */
record GroupReference(String account, String region, String name, boolean reachable) {

    static GroupReference byName(Call call, String name) {
        return new GroupReference(targetAccount(call), call.region(), name, true);
    }

    /**
     * The account a name without an ARN refers to: the caller's (or the delivery account a Flow Logs session names),
     * or for an AWS service principal the source account it declared in signed headers (services deliver into their
     * customer's account, governed by that account's resource policies); "" when a service declared none, which
     * names no group.
     */
    static String targetAccount(Call call) {
        if (call.caller().deliveryAccount() != null) {
            // A Flow Logs delivery session writing across accounts (flowsim [U]); the emulator only believes this
            // from sessions the service assumed, and the destination's resource policy must still allow each call.
            return call.caller().deliveryAccount();
        }
        if (call.accountId() != null) {
            return call.accountId();
        }
        String source = call.caller().sourceAccount();
        return source == null ? "" : source;
    }

    static GroupReference byIdentifier(Call call, String identifier) {
        if (!identifier.startsWith("arn:")) {
            return byName(call, identifier);
        }
        // arn:partition:logs:region:account:log-group:name
        String[] parts = identifier.split(":", 7);
        if (parts.length == 7 && parts[2].equals("logs") && parts[5].equals("log-group")) {
            return new GroupReference(parts[4], parts[3], parts[6], parts[3].equals(call.region()));
        }
        return new GroupReference(targetAccount(call), call.region(), identifier, false);
    }

    /**
     * The group named by exactly one of the two members.
     *
     * @throws dev.flowsim.emulator.error.AwsException ValidationException when both or neither are given
     */
    static GroupReference fromMembers(Call call, String name, String identifier) {
        if (name != null && identifier != null) {
            throw LogsErrors.validation("LogGroup name and LogGroup ARN are mutually exclusive parameters.");
        }
        if (name == null && identifier == null) {
            // Wording not observed from AWS; modelled on the message above.
            throw LogsErrors.validation("Either LogGroup name or LogGroup ARN must be specified.");
        }
        return name != null ? byName(call, name) : byIdentifier(call, identifier);
    }

    /**
     * For access checks, which run before validation and must not fail: whichever member the body carries, the
     * identifier first (a body with both is rejected by the handler afterwards).
     */
    static GroupReference fromBody(Call call) {
        String identifier = JsonInput.textOrEmpty(call.json(), "logGroupIdentifier");
        return identifier.isEmpty() ? byName(call, JsonInput.textOrEmpty(call.json(), "logGroupName"))
                : byIdentifier(call, identifier);
    }

    /** The group, or {@code The specified log group does not exist.} */
    LogGroup find(LogStore store) {
        Optional<LogGroup> group = reachable ? store.group(account, region, name) : Optional.empty();
        return group.orElseThrow(LogsErrors::groupNotFound);
    }

    String groupActionResource() {
        return LogsArns.groupActionResource(region, account, name);
    }

    String streamActionResource(String stream) {
        return LogsArns.logStream(region, account, name, stream);
    }
}
