package dev.flowsim.emulator.ec2;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DescribeSecurityGroups and DescribeNetworkAcls on the built-in topology, with the filters the CLI sends. */
class DescribeFiltersTopologyTest {

    private final Ec2World world = new Ec2World();

    @Test
    void securityGroupsShowTheTiersRulesWithGroupPeers() {
        Ec2TestSupport.Xml xml = world.call("DescribeSecurityGroups", "Filter.1.Name", "group-name",
                "Filter.1.Value.1", "flowsim-app");
        String item = "/DescribeSecurityGroupsResponse/securityGroupInfo/item";
        assertEquals(1, xml.count(item));
        assertEquals("tcp", xml.text(item + "/ipPermissions/item/ipProtocol"));
        assertEquals("8080", xml.text(item + "/ipPermissions/item/fromPort"));
        String webGroup = world.network.networkInterfaces().get(0).groupIds().get(0);
        assertEquals(webGroup, xml.text(item + "/ipPermissions/item/groups/item/groupId"));
        assertEquals("-1", xml.text(item + "/ipPermissionsEgress/item/ipProtocol"));
        assertEquals("0.0.0.0/0", xml.text(item + "/ipPermissionsEgress/item/ipRanges/item/cidrIp"));
        assertEquals(world.vpcId, xml.text(item + "/vpcId"));

        assertEquals(List.of("flowsim-web"), world.call("DescribeSecurityGroups", "Filter.1.Name",
                "ip-permission.cidr", "Filter.1.Value.1", "0.0.0.0/0").texts("//securityGroupInfo/item/groupName"));
        assertEquals(3, world.call("DescribeSecurityGroups", "Filter.1.Name", "vpc-id", "Filter.1.Value.1",
                world.vpcId).count("//securityGroupInfo/item"));
        assertEc2Error("InvalidGroup.NotFound", "The security group 'sg-0123456789abcdef0' does not exist",
                () -> world.call("DescribeSecurityGroups", "GroupId.1", "sg-0123456789abcdef0"));
    }

    @Test
    void networkAclsListRulesInOrderWithTheImplicitDenyAndTheirSubnets() {
        Ec2TestSupport.Xml xml = world.call("DescribeNetworkAcls", "Filter.1.Name", "association.subnet-id",
                "Filter.1.Value.1", world.subnetId);
        String item = "/DescribeNetworkAclsResponse/networkAclSet/item";
        assertEquals(1, xml.count(item));
        assertEquals("true", xml.text(item + "/default"));
        assertEquals(List.of("100", "32767", "100", "32767"), xml.texts(item + "/entrySet/item/ruleNumber"));
        assertEquals(List.of("true", "true", "false", "false"), xml.texts(item + "/entrySet/item/egress"));
        assertEquals(List.of("allow", "deny", "allow", "deny"), xml.texts(item + "/entrySet/item/ruleAction"));
        assertEquals(world.subnetId, xml.text(item + "/associationSet/item/subnetId"));
        assertEquals(0, world.call("DescribeNetworkAcls", "Filter.1.Name", "default", "Filter.1.Value.1", "false")
                .count(item));
        assertEc2Error("InvalidParameterValue", "The filter 'bogus' is invalid",
                () -> world.call("DescribeNetworkAcls", "Filter.1.Name", "bogus", "Filter.1.Value.1", "x"));
    }

    @Test
    void interfacesShowTheirGroupsAndPublicAddress() {
        Ec2TestSupport.Xml xml = world.call("DescribeNetworkInterfaces", "NetworkInterfaceId.1", world.webEni);
        String item = "/DescribeNetworkInterfacesResponse/networkInterfaceSet/item";
        assertEquals("flowsim-web", xml.text(item + "/groupSet/item/groupName"));
        assertEquals("198.51.100.10", xml.text(item + "/association/publicIp"));
        assertEquals(List.of(world.webEni), world.call("DescribeNetworkInterfaces", "Filter.1.Name",
                "association.public-ip", "Filter.1.Value.1", "198.51.100.10")
                .texts("//networkInterfaceSet/item/networkInterfaceId"));
    }
}
