package dev.flowsim.emulator.logs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flowsim.emulator.protocol.JsonProtocol;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** StopQuery: a Scheduled or Running query becomes Cancelled; one that already ended is an error [U text]. */
final class StopQueryHandler implements OperationHandler<ObjectNode> {

    private final QueryRegistry registry;

    StopQueryHandler(QueryRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "StopQuery";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("logs:StopQuery",
                LogsArns.accountActionResource(call.region(), call.accountId())));
    }

    @Override
    public ObjectNode handle(Call call) {
        String queryId = QueryIdInput.required(call);
        long now = call.now().toEpochMilli();
        QueryExecution q = registry.require(call.accountId(), call.region(), queryId, now);
        if (!q.cancel(now)) {
            throw QueryErrors.notRunning();
        }
        ObjectNode out = JsonProtocol.MAPPER.createObjectNode();
        out.put("success", true);
        return out;
    }
}
