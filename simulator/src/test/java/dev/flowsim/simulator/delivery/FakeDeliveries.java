package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;

import java.time.Clock;
import java.time.Duration;

/** A {@link FlowLogDelivery} over fake STS and CloudWatch Logs clients, whose retries do not pause. */
final class FakeDeliveries {

    private FakeDeliveries() {
    }

    static FlowLogDelivery over(StsAsyncClient sts, CloudWatchLogsAsyncClient logs, Clock clock, int maxRetries,
                                BatchLimits limits, int streamConcurrency, CarryOverBuffer carryOver) {
        AwsClientSource source = new AwsClientSource() {
            @Override
            public StsAsyncClient sts(String region) {
                return sts;
            }

            @Override
            public CloudWatchLogsAsyncClient logs(String region) {
                return logs;
            }
        };
        RetryingCaller caller = new RetryingCaller(maxRetries, new Backoff(Duration.ZERO, Duration.ZERO),
                (operation, failure) -> { });
        return new FlowLogDelivery(source, new RoleSessions(source, caller, clock, Duration.ofMinutes(5)),
                new LogStreamProvisioner(source, caller), caller, new BatchPacker(limits), streamConcurrency,
                carryOver);
    }
}
