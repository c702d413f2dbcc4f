package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.filter.FilterPattern;
import dev.flowsim.emulator.logs.filters.GroupFilters;
import dev.flowsim.emulator.logs.filters.LogFilters;
import dev.flowsim.emulator.logs.filters.MetricFilter;
import dev.flowsim.emulator.logs.filters.MetricFilterMeters;
import dev.flowsim.emulator.logs.filters.MetricTransformation;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * PutMetricFilter: creates or replaces (same name) a metric filter of a group, at most 100 per group. From then on
 * every batch PutLogEvents stores is matched and the values published through Micrometer
 * ({@link MetricFilterMeters}); replacing a filter drops the old filter's meters.
 */
final class PutMetricFilterHandler implements OperationHandler<ObjectNode> {

    private static final String TRANSFORMATIONS = "metricTransformations";
    private static final int MAX_DIMENSIONS = 3;
    // A literal number, or a reference to an extracted value: $name, $3, $.path.to[0].value.
    private static final Pattern METRIC_VALUE = Pattern.compile(
            "[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|\\$[A-Za-z0-9_]+|\\$\\.[^\\s]+");

    private final LogStore store;
    private final LogFilters filters;
    private final MetricFilterMeters meters;

    PutMetricFilterHandler(LogStore store, LogFilters filters, MetricFilterMeters meters) {
        this.store = store;
        this.filters = filters;
        this.meters = meters;
    }

    @Override
    public String name() {
        return "PutMetricFilter";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:PutMetricFilter", GroupReference.byName(call,
                JsonInput.textOrEmpty(call.json(), FilterInputs.GROUP)).groupActionResource()));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string(FilterInputs.GROUP);
        String filterName = in.string(FilterInputs.FILTER_NAME);
        String pattern = in.string(FilterInputs.FILTER_PATTERN);
        ArrayNode transformations = in.list(TRANSFORMATIONS);
        Boolean onTransformed = in.bool("applyOnTransformedLogs");
        CoralValidation v = new CoralValidation();
        FilterInputs.groupName(v, groupName);
        FilterInputs.filterName(v, filterName);
        FilterInputs.filterPattern(v, pattern);
        MetricTransformation transformation = null;
        if (v.required(TRANSFORMATIONS, transformations)) {
            v.size(TRANSFORMATIONS, render(transformations), transformations.size(), 1, 1);
            for (int i = 0; i < transformations.size(); i++) {
                MetricTransformation t = transformation(transformations.get(i), TRANSFORMATIONS + "." + (i + 1)
                        + ".member", v);
                transformation = transformation == null ? t : transformation;
            }
        }
        v.throwIfInvalid();
        FilterInputs.checkGroupNameLength(groupName);
        FilterPattern compiled = FilterInputs.compile(pattern);
        checkTransformation(transformation, pattern);
        if (Boolean.TRUE.equals(onTransformed)) {
            // [U] AWS accepts this only for groups with a log transformer; flowsim has no transformers.
            throw LogsErrors.invalidParameter("applyOnTransformedLogs requires a log transformer on the log group.");
        }

        GroupReference ref = GroupReference.byName(call, groupName);
        LogGroup group = ref.find(store);
        MetricFilter filter = new MetricFilter(filterName, pattern, compiled, transformation,
                call.now().toEpochMilli());
        GroupFilters.PutOutcome<MetricFilter> outcome = filters.of(group).putMetricFilter(filter);
        if (outcome.result() == GroupFilters.PutResult.LIMIT_EXCEEDED) {
            throw LogsErrors.limitExceeded();
        }
        if (outcome.replaced() != null) {
            meters.remove(group, outcome.replaced());
        }
        if (store.group(ref.account(), ref.region(), groupName).orElse(null) != group) {
            // The group was deleted while this request ran: its filters go with it.
            filters.forget(group);
            throw LogsErrors.groupNotFound();
        }
        return null;
    }

    private static MetricTransformation transformation(JsonNode node, String path, CoralValidation v) {
        JsonInput t = JsonInput.element(node, path);
        String metricName = t.string("metricName");
        String namespace = t.string("metricNamespace");
        String value = t.string("metricValue");
        Double defaultValue = t.number("defaultValue");
        Map<String, String> dimensions = t.stringMap("dimensions");
        String unit = t.string("unit");
        if (v.required(path + ".metricName", metricName)) {
            v.string(path + ".metricName", metricName, FilterInputs.METRIC_NAME);
        }
        if (v.required(path + ".metricNamespace", namespace)) {
            v.string(path + ".metricNamespace", namespace, FilterInputs.METRIC_NAME);
        }
        if (v.required(path + ".metricValue", value)) {
            v.string(path + ".metricValue", value, FilterInputs.METRIC_VALUE);
        }
        v.map(path + ".dimensions", dimensions, 0, Integer.MAX_VALUE, FilterInputs.DIMENSION_PART,
                FilterInputs.DIMENSION_PART);
        v.oneOf(path + ".unit", unit, FilterInputs.UNITS);
        if (v.hasViolations()) {
            return null;
        }
        return new MetricTransformation(metricName, namespace, value, defaultValue, unit, dimensions);
    }

    /** The checks of the transformation's meaning that come after the model's constraints. */
    private static void checkTransformation(MetricTransformation t, String pattern) {
        if (!METRIC_VALUE.matcher(t.metricValue().strip()).matches()) {
            // [U] AWS's text for a metric value that is neither a number nor a field reference.
            throw LogsErrors.invalidParameter("Invalid metric value: " + t.metricValue()
                    + ". The metric value must be a number or a field reference such as $bytes or $.latency.");
        }
        if (t.dimensions().isEmpty()) {
            return;
        }
        if (t.defaultValue() != null) {
            throw LogsErrors.invalidParameter(
                    "Invalid metric transformation: dimensions and default value are mutually exclusive properties");
        }
        if (!FilterInputs.hasFields(pattern)) {
            throw LogsErrors.invalidParameter("The specified filter pattern does not support dimensions");
        }
        if (t.dimensions().size() > MAX_DIMENSIONS) {
            // [U] wording; the quota of three dimensions per filter is documented.
            throw LogsErrors.invalidParameter("A metric filter can have at most " + MAX_DIMENSIONS + " dimensions.");
        }
    }

    /** The list as Coral prints it in a size violation: {@code [MetricTransformation(metricName=m, ...), ...]}. */
    private static String render(ArrayNode transformations) {
        StringJoiner all = new StringJoiner(", ", "[", "]");
        for (JsonNode t : transformations) {
            all.add("MetricTransformation(metricName=" + text(t, "metricName") + ", metricNamespace="
                    + text(t, "metricNamespace") + ", metricValue=" + text(t, "metricValue") + ", defaultValue="
                    + text(t, "defaultValue") + ", unit=" + text(t, "unit") + ", dimensions="
                    + (t.hasNonNull("dimensions") ? t.get("dimensions").toString() : "null") + ")");
        }
        return all.toString();
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? "null" : value.asText();
    }
}
