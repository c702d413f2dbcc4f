package dev.flowsim.emulator.ec2;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltInTopologyTest {

    private final Topology topology = Topology.builtIn();

    @Test
    void theDefaultAccountHasOneVpcOneSubnetAndThreeServersInEveryRegion() {
        RegionNetwork net = topology.network(ACCOUNT, "us-east-1");

        Vpc vpc = net.vpcs().get(0);
        Subnet subnet = net.subnets().get(0);
        assertEquals(1, net.vpcs().size());
        assertEquals("10.0.0.0/16", vpc.cidrBlock());
        assertEquals(List.of(subnet), net.subnets());
        assertEquals("10.0.1.0/24", subnet.cidrBlock());
        assertEquals(vpc.vpcId(), subnet.vpcId());
        assertEquals("us-east-1a", subnet.availabilityZone());
        assertEquals("use1-az1", subnet.availabilityZoneId());
        assertEquals(List.of("flowsim-web", "flowsim-app", "flowsim-db"),
                net.networkInterfaces().stream().map(n -> n.tags().get("Name")).toList());
        assertEquals(List.of("10.0.1.10", "10.0.1.20", "10.0.1.30"),
                net.networkInterfaces().stream().map(NetworkInterface::privateIpAddress).toList());
        for (NetworkInterface eni : net.networkInterfaces()) {
            assertEquals(subnet.subnetId(), eni.subnetId());
            assertEquals(vpc.vpcId(), eni.vpcId());
            assertEquals("use1-az1", eni.availabilityZoneId());
            assertTrue(eni.macAddress().matches("02(:[0-9a-f]{2}){5}"), eni.macAddress());
        }
    }

    @Test
    void idsHaveAwsShapeAndAreTheSameInEveryRun() {
        RegionNetwork net = topology.network(ACCOUNT, "us-east-1");
        RegionNetwork again = new BuiltInTopology().network(ACCOUNT, "us-east-1");

        assertTrue(net.vpcs().get(0).vpcId().matches("vpc-[0-9a-f]{17}"));
        assertTrue(net.subnets().get(0).subnetId().matches("subnet-[0-9a-f]{17}"));
        assertTrue(net.networkInterfaces().get(0).networkInterfaceId().matches("eni-[0-9a-f]{17}"));
        assertTrue(net.networkInterfaces().get(0).instanceId().matches("i-[0-9a-f]{17}"));
        assertEquals(net, again);
        assertSame(net, topology.network(ACCOUNT, "us-east-1"), "created once, on first use");
    }

    @Test
    void eachRegionGetsItsOwnIds() {
        assertNotEquals(topology.network(ACCOUNT, "us-east-1").vpcs().get(0).vpcId(),
                topology.network(ACCOUNT, "eu-west-1").vpcs().get(0).vpcId());
        assertEquals("euw1-az1", topology.network(ACCOUNT, "eu-west-1").subnets().get(0).availabilityZoneId());
        assertEquals("apse2-az1",
                topology.network(ACCOUNT, "ap-southeast-2").subnets().get(0).availabilityZoneId());
        assertEquals("euc1-az1", topology.network(ACCOUNT, "eu-central-1").subnets().get(0).availabilityZoneId());
    }

    @Test
    void otherAccountsHaveNoNetwork() {
        assertEquals(RegionNetwork.EMPTY, topology.network("111122223333", "us-east-1"));
    }

    @Test
    void aFlowLogScopeCoversTheInterfacesOfItsResource() {
        RegionNetwork net = topology.network(ACCOUNT, "us-east-1");
        String vpc = net.vpcs().get(0).vpcId();
        String subnet = net.subnets().get(0).subnetId();
        NetworkInterface db = net.networkInterfaces().get(2);

        assertEquals(net.networkInterfaces(), net.interfacesIn(FlowLogResourceType.VPC, vpc));
        assertEquals(net.networkInterfaces(), net.interfacesIn(FlowLogResourceType.Subnet, subnet));
        assertEquals(List.of(db), net.interfacesIn(FlowLogResourceType.NetworkInterface, db.networkInterfaceId()));
        assertEquals(List.of(), net.interfacesIn(FlowLogResourceType.VPC, subnet), "a subnet id is not a VPC");
    }
}
