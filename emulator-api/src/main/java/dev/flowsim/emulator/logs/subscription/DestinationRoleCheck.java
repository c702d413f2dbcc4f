package dev.flowsim.emulator.logs.subscription;

import dev.flowsim.emulator.authz.DecisionLog;
import dev.flowsim.emulator.iam.AuthorizationRequest;
import dev.flowsim.emulator.iam.Decision;
import dev.flowsim.emulator.iam.NamedPolicy;
import dev.flowsim.emulator.iam.PolicyEvaluator;
import dev.flowsim.emulator.iam.PolicyType;
import dev.flowsim.emulator.iam.Principal;
import dev.flowsim.emulator.iam.StandardContextKeys;
import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.IdentityPolicies;
import dev.flowsim.emulator.identity.Role;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether CloudWatch Logs may write to a destination with a subscription filter's role, decided by the IAM engine in
 * two hops, each recorded in the decision log with its explanation: (1) the role's trust policy must let the service
 * principal {@code logs.amazonaws.com} (or the regional {@code logs.REGION.amazonaws.com}) call {@code sts:AssumeRole},
 * with aws:SourceAccount and aws:SourceArn (the log group ARN with {@code :*}) set as AWS sets them [U: exact
 * SourceArn form]; (2) the role's permission policies must allow {@code firehose:PutRecordBatch} on the delivery
 * stream (a session is evaluated like the role's own session, {@code assumed-role/ROLE/CWLogsDelivery} [U name]).
 */
public final class DestinationRoleCheck {

    static final String LOGS_SERVICE = "logs.amazonaws.com";
    static final String SESSION_NAME = "CWLogsDelivery";
    static final String OPERATION = "SubscriptionDelivery";

    private final IamState iam;
    private final PolicyEvaluator evaluator;
    private final DecisionLog decisions;

    public DestinationRoleCheck(IamState iam, PolicyEvaluator evaluator, DecisionLog decisions) {
        this.iam = iam;
        this.evaluator = evaluator;
        this.decisions = decisions;
    }

    /** The deciding denial, or empty when both hops allow. Every decision is recorded under {@code requestId}. */
    public Optional<Decision> denial(String roleArn, String region, String groupAccount, String groupArn,
                                     String action, String destinationArn, Instant now, String requestId) {
        Decision trust = trust(LOGS_SERVICE, roleArn, region, groupAccount, groupArn, now);
        if (!trust.allowed()) {
            Decision regional = trust("logs." + region + ".amazonaws.com", roleArn, region, groupAccount, groupArn,
                    now);
            trust = regional.allowed() ? regional : trust;
        }
        decisions.record(now, requestId, "logs", OPERATION, trust);
        if (!trust.allowed()) {
            return Optional.of(trust);
        }
        Decision write = permission(roleArn, region, action, destinationArn, now);
        decisions.record(now, requestId, "logs", OPERATION, write);
        return write.allowed() ? Optional.empty() : Optional.of(write);
    }

    private Decision trust(String service, String roleArn, String region, String groupAccount, String groupArn,
                           Instant now) {
        Principal logs = Principal.service(service);
        AuthorizationRequest request = new AuthorizationRequest(logs, "sts:AssumeRole", roleArn,
                accountOf(roleArn), StandardContextKeys.of(logs, region, now, groupAccount, groupArn).build());
        NamedPolicy trustPolicy = iam.roleByArn(roleArn)
                .map(r -> new NamedPolicy("role " + r.name() + " trust policy", r.trustPolicy().compiled()))
                .orElse(null);
        return evaluator.evaluate(request, java.util.List.of(), trustPolicy, PolicyType.TRUST);
    }

    private Decision permission(String roleArn, String region, String action, String destinationArn, Instant now) {
        Role role = iam.roleByArn(roleArn).orElseThrow();
        String sessionArn = "arn:aws:sts::" + role.accountId() + ":assumed-role/" + role.name() + "/" + SESSION_NAME;
        Principal session = Principal.assumedRole(sessionArn, role.arn(), role.roleId() + ":" + SESSION_NAME);
        AuthorizationRequest request = new AuthorizationRequest(session, action, destinationArn,
                accountOf(destinationArn), StandardContextKeys.of(session, region, now).build());
        return evaluator.evaluate(request, IdentityPolicies.of(iam, session), null, PolicyType.RESOURCE);
    }

    private static String accountOf(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length >= 5 ? parts[4] : "";
    }
}
