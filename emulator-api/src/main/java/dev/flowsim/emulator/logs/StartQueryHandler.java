package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.insights.MalformedQueryException;
import dev.flowsim.emulator.logs.insights.Query;
import dev.flowsim.emulator.logs.store.LogGroup;
import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * StartQuery: validates the request, compiles the query (MalformedQueryException naming the construct), resolves
 * the log groups and schedules the run. {@code startTime}/{@code endTime} are epoch seconds, both inclusive.
 */
final class StartQueryHandler implements OperationHandler<ObjectNode> {

    private static final int MAX_QUERY_LENGTH = 10_000;

    private final LogStore store;
    private final QueryRegistry registry;

    StartQueryHandler(LogStore store, QueryRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "StartQuery";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        List<AccessCheck> checks = new ArrayList<>();
        for (GroupReference ref : references(call, names(call.json()))) {
            checks.add(new AccessCheck("logs:StartQuery", ref.groupActionResource()));
        }
        return checks;
    }

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        String single = JsonInput.textOrEmpty(body, "logGroupName");
        if (!single.isEmpty()) {
            names.add(single);
        }
        for (String member : new String[] {"logGroupNames", "logGroupIdentifiers"}) {
            JsonNode list = body == null ? null : body.get(member);
            if (list != null && list.isArray()) {
                list.forEach(n -> names.add(n.asText()));
            }
        }
        return names;
    }

    private static List<GroupReference> references(Call call, List<String> names) {
        return names.stream().map(n -> GroupReference.byIdentifier(call, n)).toList();
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string("logGroupName");
        ArrayNode groupNames = in.stringList("logGroupNames");
        ArrayNode identifiers = in.stringList("logGroupIdentifiers");
        Long startTime = in.longValue("startTime");
        Long endTime = in.longValue("endTime");
        String queryString = in.string("queryString");
        Integer limit = in.integer("limit");
        CoralValidation v = new CoralValidation().string("logGroupName", groupName, LogsShapes.LOG_GROUP_NAME);
        if (v.required("startTime", startTime)) {
            v.range("startTime", startTime, 0, Long.MAX_VALUE);
        }
        if (v.required("endTime", endTime)) {
            v.range("endTime", endTime, 0, Long.MAX_VALUE);
        }
        if (v.required("queryString", queryString)) {
            v.string("queryString", queryString, new StringShape(0, MAX_QUERY_LENGTH, null));
        }
        v.range("limit", limit, 1, LogsShapes.EVENTS_LIMIT_MAX).throwIfInvalid();

        int given = (groupName != null ? 1 : 0) + (groupNames != null ? 1 : 0) + (identifiers != null ? 1 : 0);
        if (given != 1) {
            // [U] wording; AWS requires exactly one of the three members.
            throw LogsErrors.invalidParameter(
                    "Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.");
        }
        List<String> names = names(call.json());
        if (names.isEmpty() || names.size() > registry.limits().maxLogGroups()) {
            // [U] wording.
            throw LogsErrors.invalidParameter("A query must name between 1 and " + registry.limits().maxLogGroups()
                    + " log groups.");
        }
        if (endTime < startTime) {
            // [U] wording.
            throw LogsErrors.invalidParameter("endTime must be greater than or equal to startTime.");
        }
        Query query;
        try {
            query = Query.compile(queryString);
        } catch (MalformedQueryException e) {
            throw QueryErrors.malformed(e);
        }
        List<LogGroup> groups = new ArrayList<>();
        for (GroupReference ref : references(call, names)) {
            Optional<LogGroup> group = ref.reachable() ? store.group(ref.account(), ref.region(), ref.name())
                    : Optional.empty();
            groups.add(group.orElseThrow(() -> QueryErrors.groupNotFound(ref.name(), ref.account(),
                    call.requestId())));
        }
        QueryExecution execution = new QueryExecution(registry.newId(), call.accountId(), call.region(), query,
                QueryEventSource.distinct(groups), Math.multiplyExact(startTime, 1000L),
                Math.multiplyExact(endTime, 1000L) + 999, limit == null ? registry.limits().defaultRows() : limit,
                call.now().toEpochMilli(), registry.timing());
        registry.start(execution);
        ObjectNode result = JsonProtocol.MAPPER.createObjectNode();
        result.put("queryId", execution.queryId);
        return result;
    }
}
