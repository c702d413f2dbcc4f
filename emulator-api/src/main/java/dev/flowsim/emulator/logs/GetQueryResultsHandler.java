package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.logs.insights.QueryResult;
import dev.flowsim.emulator.logs.insights.ResultField;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/**
 * GetQueryResults: the query's status at the request's simulated time, its rows once Complete, and the statistics
 * (as doubles, like AWS; zero until Complete).
 */
final class GetQueryResultsHandler implements OperationHandler<ObjectNode> {

    private final QueryRegistry registry;

    GetQueryResultsHandler(QueryRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "GetQueryResults";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:GetQueryResults",
                LogsArns.accountActionResource(call.region(), call.accountId())));
    }

    @Override
    public ObjectNode handle(Call call) {
        String queryId = QueryIdInput.required(call);
        long now = call.now().toEpochMilli();
        QueryExecution q = registry.require(call.accountId(), call.region(), queryId, now);
        QueryExecution.Status status = q.status(now);
        QueryResult result = q.result(now);
        ObjectNode out = JsonProtocol.MAPPER.createObjectNode();
        out.put("queryLanguage", "CWLI");
        ArrayNode rows = out.putArray("results");
        if (result != null) {
            for (List<ResultField> row : result.rows()) {
                ArrayNode fields = rows.addArray();
                row.forEach(f -> fields.addObject().put("field", f.field()).put("value", f.value()));
            }
        }
        ObjectNode stats = out.putObject("statistics");
        stats.put("recordsMatched", result == null ? 0.0 : (double) result.recordsMatched());
        stats.put("recordsScanned", result == null ? 0.0 : (double) result.recordsScanned());
        stats.put("bytesScanned", result == null ? 0.0 : (double) result.bytesScanned());
        out.put("status", status.name());
        return out;
    }
}
