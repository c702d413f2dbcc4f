package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.ACCOUNT;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.GROUP;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.REGION;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.ROLE_ARN;

/** The EC2 service as {@link Ec2Service} assembles it over the built-in topology, plus shortcuts for tests. */
final class Ec2World {

    final Topology topology;
    final FlowLogStore store;
    final IamState iam = Ec2TestSupport.iamWithRole();
    final AwsService service;
    final RegionNetwork network;
    final String vpcId;
    final String subnetId;
    final String webEni;

    Ec2World() {
        this(Topology.builtIn(), true);
    }

    Ec2World(Topology topology) {
        this(topology, true);
    }

    /** @param crossAccountLogDestinations the emulator option {@code crossAccountLogDestinations} */
    Ec2World(boolean crossAccountLogDestinations) {
        this(Topology.builtIn(), crossAccountLogDestinations);
    }

    Ec2World(Topology topology, boolean crossAccountLogDestinations) {
        this.topology = topology;
        this.store = new FlowLogStore(topology);
        this.service = Ec2Service.create(topology, store, iam, crossAccountLogDestinations);
        this.network = topology.network(ACCOUNT, REGION);
        this.vpcId = network.vpcs().get(0).vpcId();
        this.subnetId = network.subnets().get(0).subnetId();
        this.webEni = network.networkInterfaces().get(0).networkInterfaceId();
    }

    @SuppressWarnings("unchecked")
    OperationHandler<XmlElement> handler(String operation) {
        return (OperationHandler<XmlElement>) service.operation(operation)
                .orElseThrow(() -> new AssertionError("no handler for " + operation));
    }

    XmlElement run(Call call) {
        return handler(call.operation()).handle(call);
    }

    Ec2TestSupport.Xml call(String operation, String... params) {
        return Ec2TestSupport.render(operation, run(Ec2TestSupport.call(operation, params)));
    }

    List<AccessCheck> accessChecks(String operation, String... params) {
        return handler(operation).accessChecks(Ec2TestSupport.call(operation, params));
    }

    /** The parameters of a valid CreateFlowLogs for the VPC, with extra ones appended. */
    String[] createParams(String... extra) {
        return Ec2TestSupport.concat(new String[]{"ResourceType", "VPC", "ResourceId.1", vpcId,
                "TrafficType", "ALL", "LogGroupName", GROUP, "DeliverLogsPermissionArn", ROLE_ARN}, extra);
    }

    /** Creates a flow log on the VPC and returns its id. */
    String createVpcFlowLog(String... extra) {
        Ec2TestSupport.Xml xml = call("CreateFlowLogs", createParams(extra));
        return xml.text("/CreateFlowLogsResponse/flowLogIdSet/item[1]");
    }
}
