package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.error.AwsException;

/** The CloudWatch Logs errors shared by several operations, with AWS's exact codes and texts (all HTTP 400). */
final class LogsErrors {

    private static final int BAD_REQUEST = 400;

    private LogsErrors() {
    }

    static AwsException invalidParameter(String message) {
        return new AwsException("InvalidParameterException", message, BAD_REQUEST);
    }

    static AwsException validation(String message) {
        return new AwsException("ValidationException", message, BAD_REQUEST);
    }

    static AwsException serialization(String message) {
        return new AwsException("SerializationException", message, BAD_REQUEST);
    }

    static AwsException groupNotFound() {
        return new AwsException("ResourceNotFoundException", "The specified log group does not exist.", BAD_REQUEST);
    }

    static AwsException streamNotFound() {
        return new AwsException("ResourceNotFoundException", "The specified log stream does not exist.", BAD_REQUEST);
    }

    // AWS ends these two without a period.
    static AwsException groupExists() {
        return new AwsException("ResourceAlreadyExistsException", "The specified log group already exists",
                BAD_REQUEST);
    }

    static AwsException streamExists() {
        return new AwsException("ResourceAlreadyExistsException", "The specified log stream already exists",
                BAD_REQUEST);
    }

    static AwsException limitExceeded() {
        return new AwsException("LimitExceededException", "Resource limit exceeded.", BAD_REQUEST);
    }

    static AwsException policyNotFound(String name) {
        return new AwsException("ResourceNotFoundException", "Policy with name [" + name + "] does not exist.",
                BAD_REQUEST);
    }

    /** Carries the modelled {@code resourceName}; the message wording is ours (not observed from AWS). */
    static AwsException tooManyTags(String resourceArn, int maxTags) {
        return new AwsException("TooManyTagsException", "A resource can have no more than " + maxTags + " tags.",
                BAD_REQUEST, true, java.util.Map.of("resourceName", resourceArn));
    }

    static AwsException invalidNextToken() {
        return invalidParameter("The specified nextToken is invalid.");
    }
}
