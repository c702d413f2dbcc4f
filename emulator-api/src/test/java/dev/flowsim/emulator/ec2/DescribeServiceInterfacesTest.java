package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.ec2.topology.ConfiguredTopology;
import dev.flowsim.emulator.ec2.topology.TopologyLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.ACCOUNT;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DescribeNetworkInterfaces for a NAT gateway's and a Network Load Balancer's interfaces from a topology file. */
class DescribeServiceInterfacesTest {

    private static final String TOPOLOGY = """
            {"accounts":[{"accountId":"%s","regions":[{"region":"%s","vpcs":[{
              "name":"shop","cidrBlock":"10.20.0.0/16",
              "subnets":[{"name":"public-a","cidrBlock":"10.20.1.0/24"},{"name":"private-a","cidrBlock":"10.20.2.0/24"}],
              "networkInterfaces":[
                {"name":"app-1","subnet":"private-a","privateIpAddress":"10.20.2.10","workload":{"role":"web"}},
                {"name":"nat","subnet":"public-a","privateIpAddress":"10.20.1.50","publicIpAddress":"198.51.100.50",
                 "interfaceType":"nat_gateway"},
                {"name":"shop-nlb","subnet":"public-a","privateIpAddress":"10.20.1.60","publicIpAddress":"198.51.100.60",
                 "interfaceType":"network_load_balancer","workload":{"servicePorts":[443]}}]}]}]}]}"""
            .formatted(ACCOUNT, REGION);

    private final Topology topology = ConfiguredTopology.of(TopologyLoader.fromJson(TOPOLOGY));
    private final Ec2World world = new Ec2World(topology);

    @Test
    void aNatGatewayInterfaceIsRequesterManagedWithItsElasticIpAndNoGroupsOrInstance() {
        String item = "/DescribeNetworkInterfacesResponse/networkInterfaceSet/item";
        Ec2TestSupport.Xml xml = world.call("DescribeNetworkInterfaces", "Filter.1.Name", "interface-type",
                "Filter.1.Value.1", "nat_gateway");
        assertEquals(1, xml.count(item));
        assertEquals("nat_gateway", xml.text(item + "/interfaceType"));
        assertEquals("true", xml.text(item + "/requesterManaged"));
        assertEquals("198.51.100.50", xml.text(item + "/association/publicIp"));
        assertEquals(ACCOUNT, xml.text(item + "/association/ipOwnerId"), "the Elastic IP is the account's");
        assertEquals(0, xml.count(item + "/groupSet/item"));
        assertEquals(0, xml.count(item + "/attachment"));
        assertEquals(true, xml.text(item + "/description").startsWith("Interface for NAT Gateway nat-"));
    }

    @Test
    void aLoadBalancerInterfaceNamesItsBalancerAndRequester() {
        String item = "/DescribeNetworkInterfacesResponse/networkInterfaceSet/item";
        Ec2TestSupport.Xml xml = world.call("DescribeNetworkInterfaces", "Filter.1.Name", "requester-managed",
                "Filter.1.Value.1", "true", "Filter.2.Name", "interface-type", "Filter.2.Value.1",
                "network_load_balancer");
        assertEquals(1, xml.count(item));
        assertEquals("amazon-elb", xml.text(item + "/requesterId"));
        assertEquals("amazon", xml.text(item + "/association/ipOwnerId"));
        assertEquals(true, xml.text(item + "/description").matches("ELB net/shop-nlb/[0-9a-f]{16}"));
        assertEquals(List.of("interface", "nat_gateway", "network_load_balancer"),
                world.call("DescribeNetworkInterfaces").texts("//networkInterfaceSet/item/interfaceType").stream()
                        .sorted().toList());
    }
}
