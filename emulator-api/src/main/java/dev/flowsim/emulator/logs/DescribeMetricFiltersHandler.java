package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.filters.GroupFilters;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.filters.MetricFilter;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DescribeMetricFilters: the metric filters of one group or of every group of the account in the region, ASCII-sorted
 * by filter name (then group name), optionally narrowed to a name prefix (only with a group, as documented) or to
 * one metric (name and namespace together), paged up to 50 at a time.
 */
final class DescribeMetricFiltersHandler implements OperationHandler<ObjectNode> {

    private static final Comparator<Listed> ORDER =
            Comparator.comparing(Listed::filterName).thenComparing(Listed::groupName);

    private record Listed(String filterName, String groupName, MetricFilter filter) {
    }

    private final LogStore store;
    private final LogFilters filters;

    DescribeMetricFiltersHandler(LogStore store, LogFilters filters) {
        this.store = store;
        this.filters = filters;
    }

    @Override
    public String name() {
        return "DescribeMetricFilters";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        String group = JsonInput.textOrEmpty(call.json(), FilterInputs.GROUP);
        return List.of(new AccessCheck("logs:DescribeMetricFilters", group.isEmpty()
                ? LogsArns.accountActionResource(call.region(), GroupReference.targetAccount(call))
                : GroupReference.byName(call, group).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string(FilterInputs.GROUP);
        String prefix = in.string("filterNamePrefix");
        String nextToken = in.string("nextToken");
        Integer limit = in.integer("limit");
        String metricName = in.string("metricName");
        String namespace = in.string("metricNamespace");
        CoralValidation v = new CoralValidation()
                .string(FilterInputs.GROUP, groupName, LogsShapes.LOG_GROUP_NAME)
                .string("filterNamePrefix", prefix, FilterInputs.FILTER_NAME_SHAPE)
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .range("limit", limit, 1, LogsShapes.DESCRIBE_LIMIT_MAX)
                .string("metricName", metricName, FilterInputs.METRIC_NAME)
                .string("metricNamespace", namespace, FilterInputs.METRIC_NAME);
        v.throwIfInvalid();
        if ((metricName == null) != (namespace == null)) {
            // [U] wording, after the documentation of the two members.
            throw LogsErrors.invalidParameter(metricName != null
                    ? "If you include the metricName parameter in your request, you must also include the "
                    + "metricNamespace parameter."
                    : "If you include the metricNamespace parameter in your request, you must also include the "
                    + "metricName parameter.");
        }

        List<Listed> listed = new ArrayList<>();
        List<LogGroup> groups = groupName == null
                ? store.groups(GroupReference.targetAccount(call), call.region())
                : List.of(GroupReference.byName(call, groupName).find(store));
        for (LogGroup group : groups) {
            GroupFilters groupFilters = filters.find(group);
            if (groupFilters == null) {
                continue;
            }
            for (MetricFilter f : groupFilters.metricFilters()) {
                boolean prefixOk = groupName == null || prefix == null || f.filterName().startsWith(prefix);
                boolean metricOk = metricName == null || (f.transformation().metricName().equals(metricName)
                        && f.transformation().metricNamespace().equals(namespace));
                if (prefixOk && metricOk) {
                    listed.add(new Listed(f.filterName(), group.name(), f));
                }
            }
        }
        listed.sort(ORDER);
        if (nextToken != null) {
            List<String> after = PageTokens.decode(name(), nextToken, 2);
            Listed marker = new Listed(after.get(0), after.get(1), null);
            listed.removeIf(l -> ORDER.compare(l, marker) <= 0);
        }
        int pageSize = limit == null ? LogsShapes.DESCRIBE_LIMIT_MAX : limit;
        List<Listed> page = listed.subList(0, Math.min(pageSize, listed.size()));
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode out = result.putArray("metricFilters");
        page.forEach(l -> out.add(FilterJson.metricFilter(l.filter(), l.groupName())));
        if (listed.size() > page.size()) {
            Listed last = page.get(page.size() - 1);
            result.put("nextToken", PageTokens.encode(name(), List.of(last.filterName(), last.groupName())));
        }
        return result;
    }
}
