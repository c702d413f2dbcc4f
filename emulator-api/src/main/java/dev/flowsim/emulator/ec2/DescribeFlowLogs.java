package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;
import java.util.function.Predicate;

/** EC2 DescribeFlowLogs: by id and by the documented filters, paged with MaxResults and NextToken. */
public final class DescribeFlowLogs implements OperationHandler<XmlElement> {

    private static final FilterCatalog<FlowLog> FILTERS = new FilterCatalog<>(FlowLog::tags)
            .field("deliver-log-status", FlowLog::deliverLogsStatus)
            .field("log-destination-type", f -> f.spec().logDestinationType().wireName())
            .field("flow-log-id", FlowLog::flowLogId)
            .field("log-group-name", FlowLog::logGroupName)
            .field("resource-id", FlowLog::resourceId)
            .field("traffic-type", f -> f.trafficType().name());

    private final FlowLogStore store;

    public DescribeFlowLogs(FlowLogStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "DescribeFlowLogs";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("ec2:DescribeFlowLogs", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        Ec2Input in = new Ec2Input(call);
        List<String> ids = in.list("FlowLogId");
        Predicate<FlowLog> filters = FILTERS.compile(in.filters());
        int pageSize = Pages.pageSize(in);
        if (in.dryRun()) {
            throw Ec2Errors.dryRunOperation();
        }
        // Unknown ids simply match nothing [U]: AWS's CloudFormation handler treats an empty set as "not found".
        List<FlowLog> matching = store.list(call.accountId(), call.region()).stream()
                .filter(f -> ids.isEmpty() || ids.contains(f.flowLogId()))
                .filter(filters)
                .toList();
        Pages.Page<FlowLog> page = Pages.page(matching, FlowLog::sequence, pageSize, in.optional("NextToken"));

        XmlElement out = XmlElement.of("DescribeFlowLogsResult");
        XmlElement set = out.child("flowLogSet");
        page.items().forEach(f -> FlowLogXml.item(set.child("item"), f));
        out.add("nextToken", page.nextToken());
        return out;
    }
}
