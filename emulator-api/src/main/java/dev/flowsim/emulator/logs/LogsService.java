package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.OperationHandler;
import dev.flowsim.emulator.service.ResourcePolicySource;

import java.util.List;

/** Assembles the emulated CloudWatch Logs service (signing name {@code logs}, AWS JSON 1.1). */
public final class LogsService {

    public static final String SIGNING_NAME = "logs";
    public static final String TARGET_PREFIX = "Logs_20140328";

    private LogsService() {
    }

    /** The service without resource policies (log-group resource policies are not emulated yet). */
    public static AwsService create(LogStore store, LogsLimits limits) {
        return create(store, limits, ResourcePolicySource.NONE);
    }

    /** The service with the given source of log-group resource policies. */
    public static AwsService create(LogStore store, LogsLimits limits, ResourcePolicySource resourcePolicies) {
        return create(store, limits, resourcePolicies, LogsAnalysis.defaults());
    }

    /** The service with its analysis operations (Logs Insights queries; issue 8) from {@code analysis}. */
    public static AwsService create(LogStore store, LogsLimits limits, ResourcePolicySource resourcePolicies,
                                    LogsAnalysis analysis) {
        List<OperationHandler<?>> handlers = List.of(
                new CreateLogGroupHandler(store),
                new DescribeLogGroupsHandler(store),
                new CreateLogStreamHandler(store),
                new DescribeLogStreamsHandler(store),
                new PutLogEventsHandler(store, limits),
                new GetLogEventsHandler(store));
        return new AwsService(SIGNING_NAME, new JsonProtocol(TARGET_PREFIX), analysis.appendTo(handlers, store),
                resourcePolicies);
    }
}
