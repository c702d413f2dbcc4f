package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.GroupTags;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.store.ResourcePolicyStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.Map;

/** Assembles the emulated CloudWatch Logs service (signing name {@code logs}, AWS JSON 1.1). */
public final class LogsService {

    public static final String SIGNING_NAME = "logs";
    public static final String TARGET_PREFIX = "Logs_20140328";

    private LogsService() {
    }

    /** The service with a fresh, empty set of account-level resource policies. */
    public static AwsService create(LogStore store, LogsLimits limits) {
        return create(store, limits, new ResourcePolicyStore());
    }

    /**
     * The service over the given resource policies, which the IAM authorizer also evaluates for every request on a
     * log group (through {@link LogsResourcePolicies}), with the default analysis operations.
     */
    public static AwsService create(LogStore store, LogsLimits limits, ResourcePolicyStore resourcePolicies) {
        return create(store, limits, resourcePolicies, LogsAnalysis.defaults());
    }

    /**
     * The service with its analysis operations (Logs Insights queries, TestMetricFilter, metric and subscription
     * filters) from {@code analysis}, which also sees every stored batch and every deleted group.
     */
    public static AwsService create(LogStore store, LogsLimits limits, ResourcePolicyStore resourcePolicies,
                                    LogsAnalysis analysis) {
        GroupTags tags = new GroupTags();
        List<OperationHandler<?>> handlers = List.of(
                new CreateLogGroupHandler(store),
                new DeleteLogGroupHandler(store, tags, analysis::groupDeleted),
                new DescribeLogGroupsHandler(store, analysis::metricFilterCount),
                new CreateLogStreamHandler(store),
                new DeleteLogStreamHandler(store),
                new DescribeLogStreamsHandler(store),
                new PutLogEventsHandler(store, limits, analysis.ingestListener()),
                new GetLogEventsHandler(store),
                new FilterLogEventsHandler(store),
                new PutRetentionPolicyHandler(store),
                new DeleteRetentionPolicyHandler(store),
                new PutResourcePolicyHandler(resourcePolicies),
                new DescribeResourcePoliciesHandler(resourcePolicies),
                new DeleteResourcePolicyHandler(resourcePolicies),
                new TagResourceHandler(store, tags),
                new UntagResourceHandler(store, tags),
                new ListTagsForResourceHandler(store, tags),
                new TagLogGroupHandler(store, tags),
                new UntagLogGroupHandler(store, tags),
                new ListTagsLogGroupHandler(store, tags));
        JsonProtocol protocol = new JsonProtocol(TARGET_PREFIX,
                Map.of("PutLogEvents", new LogEventsDecoder(limits.maxEventsPerBatch())));
        return new AwsService(SIGNING_NAME, protocol, analysis.appendTo(handlers, store),
                new LogsResourcePolicies(resourcePolicies));
    }
}
