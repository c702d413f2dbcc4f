package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.filters.GroupFilters;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.filters.SubscriptionFilter;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/** DescribeSubscriptionFilters: a group's subscription filters, ASCII-sorted by name, with a name prefix, paged. */
final class DescribeSubscriptionFiltersHandler implements OperationHandler<ObjectNode> {

    private final LogStore store;
    private final LogFilters filters;

    DescribeSubscriptionFiltersHandler(LogStore store, LogFilters filters) {
        this.store = store;
        this.filters = filters;
    }

    @Override
    public String name() {
        return "DescribeSubscriptionFilters";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DescribeSubscriptionFilters", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), FilterInputs.GROUP)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string(FilterInputs.GROUP);
        String prefix = in.string("filterNamePrefix");
        String nextToken = in.string("nextToken");
        Integer limit = in.integer("limit");
        CoralValidation v = new CoralValidation();
        if (v.required(FilterInputs.GROUP, groupName)) {
            v.string(FilterInputs.GROUP, groupName, LogsShapes.LOG_GROUP_NAME);
        }
        v.string("filterNamePrefix", prefix, FilterInputs.FILTER_NAME_SHAPE)
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .range("limit", limit, 1, LogsShapes.DESCRIBE_LIMIT_MAX)
                .throwIfInvalid();
        LogGroup group = GroupReference.byName(call, groupName).find(store);
        GroupFilters groupFilters = filters.find(group);
        List<SubscriptionFilter> all = groupFilters == null ? List.of() : groupFilters.subscriptionFilters();
        String after = nextToken == null ? null : PageTokens.decode(name(), nextToken, 1).get(0);
        NavigableMap<String, SubscriptionFilter> remaining = GroupFilters.byName(all, after);
        List<SubscriptionFilter> matching = new ArrayList<>();
        remaining.values().stream().filter(f -> prefix == null || f.filterName().startsWith(prefix))
                .forEach(matching::add);
        int pageSize = limit == null ? LogsShapes.DESCRIBE_LIMIT_MAX : limit;
        List<SubscriptionFilter> page = matching.subList(0, Math.min(pageSize, matching.size()));
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode out = result.putArray("subscriptionFilters");
        page.forEach(f -> out.add(FilterJson.subscriptionFilter(f, group.name())));
        if (matching.size() > page.size()) {
            result.put("nextToken", PageTokens.encode(name(), List.of(page.get(page.size() - 1).filterName())));
        }
        return result;
    }
}
