package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsAsyncClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;

/** Where the delivery agent gets its SDK clients for a region. */
public interface AwsClientSource {

    StsAsyncClient sts(String region);

    CloudWatchLogsAsyncClient logs(String region);

    /** How PutLogEvents is sent; through the SDK's client unless a source has a leaner way. */
    default PutLogEventsSender putLogEvents() {
        return new SdkPutLogEvents(this);
    }

    /** How CreateLogStream and CreateLogGroup are sent; through the SDK's client unless a source has a leaner way. */
    default LogStreamCalls logStreamCalls() {
        return new SdkLogStreamCalls(this);
    }
}
