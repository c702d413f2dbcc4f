package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.identity.Role;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * EC2 CreateFlowLogs for VPCs, subnets and network interfaces delivering to CloudWatch Logs. Answers HTTP 200 with
 * an {@code unsuccessful} item per resource that does not exist, as AWS does for per-resource failures [O].
 */
public final class CreateFlowLogs implements OperationHandler<XmlElement> {

    /** The service principal a flow log's delivery role is passed to. */
    static final String FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com";

    private final Topology topology;
    private final FlowLogStore store;
    private final IamState iam;
    private final boolean crossAccountLogDestinations;

    /** @param crossAccountLogDestinations whether a log-group ARN of another account is accepted [U] */
    public CreateFlowLogs(Topology topology, FlowLogStore store, IamState iam, boolean crossAccountLogDestinations) {
        this.topology = topology;
        this.store = store;
        this.iam = iam;
        this.crossAccountLogDestinations = crossAccountLogDestinations;
    }

    @Override
    public String name() {
        return "CreateFlowLogs";
    }

    /** ec2:CreateFlowLogs on the flow-log resource, and iam:PassRole on the delivery role when one is named [D]. */
    @Override
    public List<AccessCheck> accessChecks(Call call) {
        List<AccessCheck> checks = new ArrayList<>();
        checks.add(new AccessCheck("ec2:CreateFlowLogs", FlowLog.arn(call.region(), call.accountId(), "*")));
        String roleArn = new Ec2Input(call).optional("DeliverLogsPermissionArn");
        if (roleArn != null && !roleArn.isEmpty()) {
            // The role goes to the Flow Logs service, which condition key iam:PassedToService names [D].
            checks.add(new AccessCheck("iam:PassRole", roleArn)
                    .withKey("iam:PassedToService", FLOW_LOGS_SERVICE));
        }
        return checks;
    }

    @Override
    public XmlElement handle(Call call) {
        CreateFlowLogsInput input = CreateFlowLogsInput.parse(call, crossAccountLogDestinations);
        if (input.dryRun()) {
            throw Ec2Errors.dryRunOperation();
        }
        requireAssumableRole(input.spec().deliverLogsPermissionArn(), call.accountId());
        CreateFlowLogsResult result = store.create(new FlowLogCreation(call.accountId(), call.region(),
                input.clientToken(), input.spec(), input.resourceIds(),
                missingResources(call, input), call.now()));
        return render(result);
    }

    /**
     * AWS refuses a role it cannot assume at creation, seen for a role not (yet) visible and for a role of another
     * account [O]. Whether the role trusts the flow-logs service is left to delivery time, where AWS also reports
     * it (FAILED / Access error) [O].
     */
    private void requireAssumableRole(String roleArn, String accountId) {
        boolean usable = iam.roleByArn(roleArn).map(Role::accountId).filter(accountId::equals).isPresent();
        if (!usable) {
            throw Ec2Errors.invalidParameter("Unable to assume given IAM role: '" + roleArn + "'");
        }
    }

    /**
     * Resources that do not exist become unsuccessful items: placement [U] (the call's shape reports per-resource
     * failures there [O]); code and message are EC2's for an unknown id on other calls [O].
     */
    private Map<String, UnsuccessfulItem> missingResources(Call call, CreateFlowLogsInput input) {
        RegionNetwork network = topology.network(call.accountId(), call.region());
        FlowLogResourceType type = input.spec().resourceType();
        Map<String, UnsuccessfulItem> missing = new LinkedHashMap<>();
        for (String id : input.resourceIds()) {
            if (!network.contains(type, id)) {
                missing.put(id, new UnsuccessfulItem(id, type.notFoundCode(), type.notFoundMessage(id)));
            }
        }
        return missing;
    }

    /** Children in the order of AWS's sample response: unsuccessful, clientToken, flowLogIdSet. */
    private static XmlElement render(CreateFlowLogsResult result) {
        XmlElement out = XmlElement.of("CreateFlowLogsResult");
        Ec2Xml.unsuccessful(out, result.unsuccessful());
        out.add("clientToken", result.clientToken());
        XmlElement ids = out.child("flowLogIdSet");
        result.flowLogIds().forEach(id -> ids.add("item", id));
        return out;
    }
}
