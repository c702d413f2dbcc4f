package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.error.AwsException;
import dev.flowsim.emulator.logs.filters.GroupFilters;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.filters.MetricFilter;
import dev.flowsim.emulator.logs.filters.MetricFilterMeters;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.Optional;

/** DeleteMetricFilter: removes the filter and the meters it published. */
final class DeleteMetricFilterHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final LogFilters filters;
    private final MetricFilterMeters meters;

    DeleteMetricFilterHandler(LogStore store, LogFilters filters, MetricFilterMeters meters) {
        this.store = store;
        this.filters = filters;
        this.meters = meters;
    }

    @Override
    public String name() {
        return "DeleteMetricFilter";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DeleteMetricFilter", GroupReference.byName(call,
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
        Optional<MetricFilter> removed = groupFilters == null ? Optional.empty()
                : groupFilters.deleteMetricFilter(filterName);
        // [U] AWS's text for an unknown metric filter, modelled on the subscription filter's recorded one.
        MetricFilter filter = removed.orElseThrow(() -> new AwsException("ResourceNotFoundException",
                "The specified metric filter does not exist.", 400));
        meters.remove(group, filter);
        return null;
    }
}
