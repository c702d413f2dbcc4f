package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.List;

/** EC2 DeleteFlowLogs: deletes what it can and reports each unknown id as an {@code unsuccessful} item. */
public final class DeleteFlowLogs implements OperationHandler<XmlElement> {

    private final FlowLogStore store;

    public DeleteFlowLogs(FlowLogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DeleteFlowLogs";
    }

    /** ec2:DeleteFlowLogs on each named flow log (on all flow logs when the request names none). */
    @Override
    public List<AccessCheck> accessChecks(Call call) {
        List<String> ids = new Ec2Input(call).list("FlowLogId");
        List<String> targets = ids.isEmpty() ? List.of("*") : ids;
        return targets.stream()
                .map(id -> new AccessCheck("ec2:DeleteFlowLogs", FlowLog.arn(call.region(), call.accountId(), id)))
                .toList();
    }

    @Override
    public XmlElement handle(Call call) {
        Ec2Input in = new Ec2Input(call);
        List<String> ids = in.list("FlowLogId");
        if (ids.isEmpty()) {
            // [O] AWS's answer (InvalidParameterValue) to a DeleteFlowLogs without ids, 2018.
            throw Ec2Errors.invalidParameterValue(
                    "1 validation error detected: Value null at 'flowLogId' has an invalid format");
        }
        if (in.dryRun()) {
            throw Ec2Errors.dryRunOperation();
        }
        List<UnsuccessfulItem> unsuccessful = new ArrayList<>();
        for (String id : ids) {
            if (!store.delete(call.accountId(), call.region(), id)) {
                unsuccessful.add(notFound(id));
            }
        }
        XmlElement out = XmlElement.of("DeleteFlowLogsResult");
        Ec2Xml.unsuccessful(out, unsuccessful);
        return out;
    }

    /** [U] placement and text: the code is EC2's [D]; the message is the one moto and test fixtures use. */
    private static UnsuccessfulItem notFound(String id) {
        return new UnsuccessfulItem(id, "InvalidFlowLogId.NotFound",
                "These flow log ids in the input list are not found: [TotalCount: 1] " + id);
    }
}
