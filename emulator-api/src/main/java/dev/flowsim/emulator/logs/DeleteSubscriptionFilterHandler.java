package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.logs.filters.GroupFilters;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * DeleteSubscriptionFilter: stops matching new batches at once; batches already queued for delivery are still
 * delivered.
 */
final class DeleteSubscriptionFilterHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final LogFilters filters;

    DeleteSubscriptionFilterHandler(LogStore store, LogFilters filters) {
        this.store = store;
        this.filters = filters;
    }

    @Override
    public String name() {
        return "DeleteSubscriptionFilter";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DeleteSubscriptionFilter", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), FilterInputs.GROUP)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string(FilterInputs.GROUP);
        String filterName = in.string(FilterInputs.FILTER_NAME);
        CoralValidation v = new CoralValidation();
        FilterInputs.groupName(v, groupName);
        FilterInputs.filterName(v, filterName);
        v.throwIfInvalid();
        FilterInputs.checkGroupNameLength(groupName);
        LogGroup group = GroupReference.byName(call, groupName).find(store);
        GroupFilters groupFilters = filters.find(group);
        if (groupFilters == null || groupFilters.deleteSubscriptionFilter(filterName).isEmpty()) {
            throw new AwsException("ResourceNotFoundException", "The specified subscription filter does not exist.",
                    400);
        }
        return null;
    }
}
