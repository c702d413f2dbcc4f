package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assumes each flow log's delivery role as the flow-logs service principal and keeps the session until shortly
 * before it expires, judged by the simulated clock. The session is named after the flow log and the request
 * carries the flow log's account and ARN as its source.
 */
public final class RoleSessions {

    static final String ASSUME_ROLE = "AssumeRole";

    private final AwsClientSource clients;
    private final RetryingCaller caller;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public RoleSessions(AwsClientSource clients, RetryingCaller caller, Clock clock, Duration refreshMargin) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
    }

    /** The flow log's current session, assuming the role again if there is none or it is about to expire. */
    public CompletableFuture<CallResult<AwsSessionCredentials>> sessionFor(DeliveryTarget target,
                                                                            AwsCredentials serviceCredentials) {
        Session cached = sessions.get(target.flowLogId());
        if (cached != null && cached.roleArn().equals(target.roleArn()) && cached.usableAt(clock.instant(),
                refreshMargin)) {
            return CompletableFuture.completedFuture(new CallResult.Succeeded<>(cached.credentials(), 0));
        }
        return caller.<AssumeRoleResponse>call(ASSUME_ROLE, () -> assumeRole(target, serviceCredentials))
                .thenApply(result -> remember(target, result));
    }

    /** Drops a session the service refused, so the next window assumes the role again. */
    public void forget(String flowLogId) {
        sessions.remove(flowLogId);
    }

    /** Whether a session should be refreshed: once the clock is within the margin of its expiry. */
    static boolean needsRefresh(Instant expiration, Instant now, Duration refreshMargin) {
        return !now.isBefore(expiration.minus(refreshMargin));
    }

    private CompletableFuture<AssumeRoleResponse> assumeRole(DeliveryTarget target, AwsCredentials service) {
        SourceContext source = new SourceContext(target.accountId(), target.flowLogArn());
        AssumeRoleRequest request = AssumeRoleRequest.builder()
                .roleArn(target.roleArn())
                .roleSessionName(target.flowLogId())
                .overrideConfiguration(o -> SourceContextInterceptor.tag(
                        o.credentialsProvider(StaticCredentialsProvider.create(service)), source))
                .build();
        return clients.sts(target.region()).assumeRole(request);
    }

    private CallResult<AwsSessionCredentials> remember(DeliveryTarget target, CallResult<AssumeRoleResponse> result) {
        if (result instanceof CallResult.Failed<AssumeRoleResponse> failed) {
            sessions.remove(target.flowLogId());
            return failed.retyped();
        }
        Credentials issued = ((CallResult.Succeeded<AssumeRoleResponse>) result).value().credentials();
        AwsSessionCredentials credentials = AwsSessionCredentials.create(issued.accessKeyId(),
                issued.secretAccessKey(), issued.sessionToken());
        if (issued.expiration() != null) {
            sessions.put(target.flowLogId(), new Session(target.roleArn(), credentials, issued.expiration()));
        }
        return new CallResult.Succeeded<>(credentials, result.attempts());
    }

    private record Session(String roleArn, AwsSessionCredentials credentials, Instant expiration) {
        boolean usableAt(Instant now, Duration refreshMargin) {
            return !needsRefresh(expiration, now, refreshMargin);
        }
    }
}
