package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * DescribeQueries: the account's queries newest first, optionally by log group and status, paged by
 * {@code maxResults} (default 1,000) with an opaque offset token.
 */
final class DescribeQueriesHandler implements OperationHandler<ObjectNode> {

    private static final List<String> STATUSES = List.of("Scheduled", "Running", "Complete", "Failed", "Cancelled",
            "Timeout", "Unknown");
    private static final int MAX_RESULTS = 1000;

    private final QueryRegistry registry;

    DescribeQueriesHandler(QueryRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "DescribeQueries";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:DescribeQueries",
                LogsArns.accountActionResource(call.region(), call.accountId())));
    }

    @Override
    public ObjectNode handle(Call call) {
        JsonInput in = JsonInput.of(call.json());
        String groupName = in.string("logGroupName");
        String status = in.string("status");
        Integer maxResults = in.integer("maxResults");
        String nextToken = in.string("nextToken");
        new CoralValidation().string("logGroupName", groupName, LogsShapes.LOG_GROUP_NAME)
                .oneOf("status", status, STATUSES)
                .range("maxResults", maxResults, 1, MAX_RESULTS)
                .string("nextToken", nextToken, LogsShapes.NEXT_TOKEN)
                .throwIfInvalid();
        long now = call.now().toEpochMilli();
        List<QueryExecution> matching = registry.list(call.accountId(), call.region(), now).stream()
                .filter(q -> groupName == null || q.groups.stream().anyMatch(g -> g.name().equals(groupName)))
                .filter(q -> status == null || q.status(now).name().equals(status))
                .toList();
        int from = offset(nextToken, matching.size());
        int to = Math.min(matching.size(), from + (maxResults == null ? MAX_RESULTS : maxResults));
        ObjectNode out = JsonProtocol.MAPPER.createObjectNode();
        ArrayNode queries = out.putArray("queries");
        for (QueryExecution q : matching.subList(from, to)) {
            queries.addObject()
                    .put("queryId", q.queryId)
                    .put("queryString", q.query.text())
                    .put("status", q.status(now).name())
                    .put("createTime", q.createTime)
                    .put("logGroupName", q.groupName())
                    .put("queryLanguage", "CWLI");
        }
        if (to < matching.size()) {
            out.put("nextToken", "q/" + to);
        }
        return out;
    }

    private static int offset(String token, int size) {
        if (token == null) {
            return 0;
        }
        String[] parts = token.split("/");
        if (parts.length == 2 && parts[0].equals("q") && !parts[1].isEmpty() && parts[1].length() < 10
                && parts[1].chars().allMatch(Character::isDigit)) {
            int offset = Integer.parseInt(parts[1]);
            if (offset <= size) {
                return offset;
            }
        }
        throw LogsErrors.invalidNextToken();
    }
}
