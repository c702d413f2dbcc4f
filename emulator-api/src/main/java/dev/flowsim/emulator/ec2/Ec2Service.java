package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.identity.IamState;
import dev.flowsim.emulator.protocol.Ec2Protocol;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.ResourcePolicySource;

import java.util.List;

/** The EC2 slice flowsim emulates: the flow-log calls and the Describe calls that reveal the simulated network. */
public final class Ec2Service {

    private Ec2Service() {
    }

    public static AwsService create(Topology topology, FlowLogStore store, IamState iam) {
        return create(topology, store, iam, true);
    }

    /** @param crossAccountLogDestinations whether CreateFlowLogs accepts a log group of another account [U] */
    public static AwsService create(Topology topology, FlowLogStore store, IamState iam,
                                    boolean crossAccountLogDestinations) {
        return new AwsService("ec2", new Ec2Protocol(), List.of(
                new CreateFlowLogs(topology, store, iam, crossAccountLogDestinations),
                new DescribeFlowLogs(store),
                new DeleteFlowLogs(store),
                new DescribeVpcs(topology),
                new DescribeSubnets(topology),
                new DescribeNetworkInterfaces(topology),
                new DescribeSecurityGroups(topology),
                new DescribeNetworkAcls(topology)),
                ResourcePolicySource.NONE);
    }
}
