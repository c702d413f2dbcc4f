package dev.flowsim.simulator.delivery;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudwatchlogs.model.CloudWatchLogsException;
import software.amazon.awssdk.services.sts.model.StsException;

/** Service exceptions shaped like the ones the SDK raises from an AWS error response. */
final class AwsErrors {

    static final String THROTTLED = "ThrottlingException";

    private AwsErrors() {
    }

    static CloudWatchLogsException logs(int status, String code, String message) {
        return (CloudWatchLogsException) CloudWatchLogsException.builder()
                .statusCode(status)
                .message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .serviceName("CloudWatchLogs").build())
                .build();
    }

    static StsException sts(int status, String code, String message) {
        return (StsException) StsException.builder()
                .statusCode(status)
                .message(message)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .serviceName("Sts").build())
                .build();
    }

    static CloudWatchLogsException throttled() {
        return logs(400, THROTTLED, "Rate exceeded");
    }
}
