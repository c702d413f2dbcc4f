package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.logs.insights.MalformedQueryException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Logs Insights errors, with AWS's codes and, where observed, its texts. */
final class QueryErrors {

    private QueryErrors() {
    }

    static AwsException concurrencyLimit(int limit) {
        return new AwsException("LimitExceededException",
                "Account maximum query concurrency limit of [" + limit + "] reached.", 400);
    }

    /** AWS leaks its inner service's suffix into this message; flowsim repeats it with the request id. */
    static AwsException groupNotFound(String group, String account, String requestId) {
        return new AwsException("ResourceNotFoundException", "Log group '" + group + "' does not exist for account ID '"
                + account + "' (Service: AWSLogs; Status Code: 400; Error Code: ResourceNotFoundException; Request ID: "
                + requestId + "; Proxy: null)", 400);
    }

    /** With the modelled {@code queryCompileError}: where in the query string, and what. */
    static AwsException malformed(MalformedQueryException e) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("startCharOffset", e.startCharOffset());
        location.put("endCharOffset", e.endCharOffset());
        Map<String, Object> compileError = new LinkedHashMap<>();
        compileError.put("location", location);
        compileError.put("message", e.getMessage());
        return new AwsException("MalformedQueryException", e.getMessage(), 400,
                Map.of("queryCompileError", compileError));
    }

    // [U] texts below: not observed from AWS.
    static AwsException queryNotFound() {
        return new AwsException("ResourceNotFoundException", "Query does not exist.", 400);
    }

    static AwsException notRunning() {
        return LogsErrors.invalidParameter("Query is not running.");
    }
}
