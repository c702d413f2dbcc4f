package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.logs.filter.FilterPattern;
import dev.flowsim.emulator.logs.filters.GroupFilters;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.filters.SubscriptionFilter;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.logs.subscription.DeliveryException;
import dev.flowsim.emulator.logs.subscription.DestinationArn;
import dev.flowsim.emulator.logs.subscription.SubscriptionDelivery;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * PutSubscriptionFilter: creates or replaces (same name) one of a group's two subscription filters. The destination
 * must be a Firehose delivery stream registered in {@link dev.flowsim.emulator.logs.subscription.SubscriptionDestinations}
 * (flowsim runs no Kinesis streams, Lambda functions or cross-account destinations), reached with a role CloudWatch
 * Logs may assume and write with; as AWS does, a CONTROL_MESSAGE is delivered first and the filter is refused when
 * that fails.
 */
final class PutSubscriptionFilterHandler implements OperationHandler<ObjectNode> {

    private static final String DESTINATION = "destinationArn";
    private static final String ROLE = "roleArn";
    private static final String LOGS_SERVICE = "logs.amazonaws.com";

    private final LogStore store;
    private final LogFilters filters;
    private final SubscriptionDelivery delivery;

    PutSubscriptionFilterHandler(LogStore store, LogFilters filters, SubscriptionDelivery delivery) {
        this.store = store;
        this.filters = filters;
        this.delivery = delivery;
    }

    @Override
    public String name() {
        return "PutSubscriptionFilter";
    }

    /** logs:PutSubscriptionFilter on the group and, for a role, iam:PassRole to the Logs service [doc]. */
    @Override
    public List<AccessCheck> accessChecks(Call call) {
        List<AccessCheck> checks = new ArrayList<>(2);
        checks.add(new AccessCheck("logs:PutSubscriptionFilter", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), FilterInputs.GROUP)).groupActionResource()));
        String role = JsonInput.textOrEmpty(call.json(), ROLE);
        if (!role.isEmpty()) {
            checks.add(new AccessCheck("iam:PassRole", role).withKey("iam:PassedToService", LOGS_SERVICE));
        }
        return checks;
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string(FilterInputs.GROUP);
        String filterName = in.string(FilterInputs.FILTER_NAME);
        String pattern = in.string(FilterInputs.FILTER_PATTERN);
        String destination = in.string(DESTINATION);
        String role = in.string(ROLE);
        String distribution = in.string("distribution");
        Boolean onTransformed = in.bool("applyOnTransformedLogs");
        CoralValidation v = new CoralValidation();
        FilterInputs.groupName(v, groupName);
        FilterInputs.filterName(v, filterName);
        FilterInputs.filterPattern(v, pattern);
        if (v.required(DESTINATION, destination)) {
            v.string(DESTINATION, destination, FilterInputs.NON_EMPTY);
        }
        v.string(ROLE, role, FilterInputs.NON_EMPTY).oneOf("distribution", distribution, FilterInputs.DISTRIBUTIONS)
                .throwIfInvalid();
        FilterInputs.checkGroupNameLength(groupName);
        FilterPattern compiled = FilterInputs.compile(pattern);
        if (Boolean.TRUE.equals(onTransformed)) {
            // [U] AWS accepts this only for groups with a log transformer; flowsim has no transformers.
            throw LogsErrors.invalidParameter("applyOnTransformedLogs requires a log transformer on the log group.");
        }
        GroupReference ref = GroupReference.byName(call, groupName);
        LogGroup group = ref.find(store);
        SubscriptionFilter filter = new SubscriptionFilter(filterName, pattern, compiled, destination, role,
                distribution == null ? "ByLogStream" : distribution, call.now().toEpochMilli());
        GroupFilters groupFilters = filters.of(group);
        if (!groupFilters.subscriptionFilterFits(filter)) {
            throw LogsErrors.limitExceeded();
        }
        checkDestination(destination, role, group, call.requestId());
        GroupFilters.PutOutcome<SubscriptionFilter> outcome = groupFilters.putSubscriptionFilter(filter);
        if (outcome.result() == GroupFilters.PutResult.LIMIT_EXCEEDED) {
            throw LogsErrors.limitExceeded();
        }
        if (store.group(ref.account(), ref.region(), groupName).orElse(null) != group) {
            filters.forget(group);
            throw LogsErrors.groupNotFound();
        }
        return null;
    }

    private void checkDestination(String destinationArn, String role, LogGroup group, String requestId) {
        DestinationArn arn = DestinationArn.parse(destinationArn).orElseThrow(() ->
                // [U] AWS's text for an ARN of no supported destination type.
                LogsErrors.invalidParameter("Invalid destinationArn: " + destinationArn));
        switch (arn.vendor()) {
            case "lambda" -> {
                if (role != null) {
                    // [U] LocalStack's text; not verified against AWS.
                    throw LogsErrors.invalidParameter("destinationArn for vendor lambda cannot be used with roleArn");
                }
                // What AWS answers for a function that does not exist, and flowsim runs none.
                throw new AwsException("AccessDeniedException", "Cross-account lambda invocation passing is not "
                        + "allowed. You must use DestinationPolicies to create cross account lambda triggers.", 400);
            }
            case "logs" -> throw LogsErrors.invalidParameter(
                    // [U] flowsim has no cross-account destinations (PutDestination).
                    "Could not deliver test message to specified destination. Check if the destination is valid.");
            default -> {
                if (role == null) {
                    throw LogsErrors.invalidParameter(
                            "destinationArn for vendor " + arn.vendor() + " cannot be used without roleArn");
                }
            }
        }
        if (arn.vendor().equals("kinesis")) {
            // [U] text as other emulators reproduce it; flowsim runs no Kinesis streams.
            throw LogsErrors.invalidParameter("Could not deliver test message to specified Kinesis stream. "
                    + "Check if the given kinesis stream is in ACTIVE state.");
        }
        try {
            delivery.sendControlMessage(destinationArn, role, group, requestId);
        } catch (DeliveryException e) {
            // [U] text as reported by users of AWS when the stream, or the role's access to it, is wrong.
            throw LogsErrors.invalidParameter("Could not deliver test message to specified Firehose stream. "
                    + "Check if the given Firehose stream is in ACTIVE state.");
        }
    }
}
