package dev.flowsim.emulator.faults;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;
import java.util.Set;

/**
 * Which calls a fault applies to; every field given must match, an absent field matches anything.
 *
 * @param service   signing name: logs, sts, iam, ec2
 * @param operation AWS operation name, e.g. PutLogEvents
 * @param principal the caller's ARN; {@code *} matches any run of characters
 * @param role      the role name (or ARN) behind a role session
 * @param account   the caller's account id
 * @param region    the region of the call
 * @param logGroup  the log group named in the input ({@code logGroupName}, or the name in {@code logGroupIdentifier})
 * @param logStream the log stream named in the input
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultTarget(
        @JsonProperty("service") String service,
        @JsonProperty("operation") String operation,
        @JsonProperty("principal") String principal,
        @JsonProperty("role") String role,
        @JsonProperty("account") String account,
        @JsonProperty("region") String region,
        @JsonProperty("logGroup") String logGroup,
        @JsonProperty("logStream") String logStream) {

    public static final FaultTarget ANY = new FaultTarget(null, null, null, null, null, null, null, null);
    private static final Set<String> SERVICES = Set.of("logs", "sts", "iam", "ec2");

    public FaultTarget {
        if (service != null && !SERVICES.contains(service.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("target.service must be one of " + SERVICES + ", got '" + service
                    + "'");
        }
        if (account != null && !account.matches("\\d{12}")) {
            throw new IllegalArgumentException("target.account must be a 12-digit account id, got '" + account + "'");
        }
    }

    boolean matches(CallFacts call) {
        return (service == null || service.equalsIgnoreCase(call.service()))
                && (operation == null || operation.equals(call.operation()))
                && (principal == null || Glob.matches(principal, call.principalArn()))
                && (role == null || roleMatches(call.roleArn()))
                && (account == null || account.equals(call.account()))
                && (region == null || region.equals(call.region()))
                && (logGroup == null || logGroup.equals(call.logGroup()))
                && (logStream == null || logStream.equals(call.logStream()));
    }

    private boolean roleMatches(String roleArn) {
        if (roleArn == null) {
            return false;
        }
        return role.startsWith("arn:") ? Glob.matches(role, roleArn) : roleArn.endsWith("/" + role);
    }
}
