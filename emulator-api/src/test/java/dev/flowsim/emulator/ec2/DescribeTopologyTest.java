package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** DescribeVpcs, DescribeSubnets and DescribeNetworkInterfaces: how users find the built-in resource ids. */
class DescribeTopologyTest {

    private final Ec2World world = new Ec2World();

    @Test
    void describeVpcsShowsTheBuiltInVpc() {
        Ec2TestSupport.Xml xml = world.call("DescribeVpcs");
        String item = "/DescribeVpcsResponse/vpcSet/item";
        assertEquals(world.vpcId, xml.text(item + "/vpcId"));
        assertEquals("000000000000", xml.text(item + "/ownerId"));
        assertEquals("available", xml.text(item + "/state"));
        assertEquals("10.0.0.0/16", xml.text(item + "/cidrBlock"));
        assertEquals("associated", xml.text(item + "/cidrBlockAssociationSet/item/cidrBlockState/state"));
        assertEquals("false", xml.text(item + "/isDefault"));
        assertEquals("flowsim-default", xml.text(item + "/tagSet/item[key='Name']/value"));
    }

    @Test
    void describeSubnetsShowsZoneAndFreeAddresses() {
        Ec2TestSupport.Xml xml = world.call("DescribeSubnets", "Filter.1.Name", "vpc-id",
                "Filter.1.Value.1", world.vpcId);
        String item = "/DescribeSubnetsResponse/subnetSet/item";
        assertEquals(world.subnetId, xml.text(item + "/subnetId"));
        assertEquals("arn:aws:ec2:us-east-1:000000000000:subnet/" + world.subnetId, xml.text(item + "/subnetArn"));
        assertEquals("us-east-1a", xml.text(item + "/availabilityZone"));
        assertEquals("use1-az1", xml.text(item + "/availabilityZoneId"));
        assertEquals("248", xml.text(item + "/availableIpAddressCount"), "256 - 5 reserved - 3 interfaces");
    }

    @Test
    void describeNetworkInterfacesShowsAddressesAndInstances() {
        Ec2TestSupport.Xml xml = world.call("DescribeNetworkInterfaces", "NetworkInterfaceId.1", world.webEni);
        String item = "/DescribeNetworkInterfacesResponse/networkInterfaceSet/item";
        NetworkInterface web = world.network.networkInterfaces().get(0);
        assertEquals(1, xml.count(item));
        assertEquals("10.0.1.10", xml.text(item + "/privateIpAddress"));
        assertEquals("true", xml.text(item + "/privateIpAddressesSet/item/primary"));
        assertEquals(web.instanceId(), xml.text(item + "/attachment/instanceId"));
        assertEquals("attached", xml.text(item + "/attachment/status"));
        assertEquals(world.subnetId, xml.text(item + "/subnetId"));
        assertEquals("flowsim-web", xml.text(item + "/tagSet/item/value"));
    }

    @Test
    void filtersFindInterfacesByInstanceAndTag() {
        NetworkInterface db = world.network.networkInterfaces().get(2);
        assertEquals(List.of(db.networkInterfaceId()), world.call("DescribeNetworkInterfaces",
                "Filter.1.Name", "attachment.instance-id", "Filter.1.Value.1", db.instanceId())
                .texts("//networkInterfaceSet/item/networkInterfaceId"));
        assertEquals(List.of(db.networkInterfaceId()), world.call("DescribeNetworkInterfaces",
                "Filter.1.Name", "tag:Name", "Filter.1.Value.1", "flowsim-db")
                .texts("//networkInterfaceSet/item/networkInterfaceId"));
        assertEquals(3, world.call("DescribeNetworkInterfaces", "Filter.1.Name", "subnet-id",
                "Filter.1.Value.1", world.subnetId).count("//networkInterfaceSet/item"));
    }

    @Test
    void interfacesPageLikeOtherDescribeCalls() {
        assertEquals(3, world.call("DescribeNetworkInterfaces", "MaxResults", "5").count("//networkInterfaceSet/item"));
        assertEc2Error("InvalidParameterValue",
                "Value ( 2 ) for parameter maxResults is invalid. Expecting a value greater than 5.",
                () -> world.call("DescribeNetworkInterfaces", "MaxResults", "2"));
    }

    @Test
    void unknownIdsFailTheCallWithEc2sNotFoundErrors() {
        assertEc2Error("InvalidVpcID.NotFound", "The vpc ID 'vpc-0000000000000000a' does not exist",
                () -> world.call("DescribeVpcs", "VpcId.1", "vpc-0000000000000000a"));
        assertEc2Error("InvalidSubnetID.NotFound", "The subnet ID 'subnet-1,subnet-2' does not exist",
                () -> world.call("DescribeSubnets", "SubnetId.1", "subnet-1", "SubnetId.2", "subnet-2"));
        assertEc2Error("InvalidNetworkInterfaceID.NotFound", "The networkInterface ID 'eni-1' does not exist",
                () -> world.call("DescribeNetworkInterfaces", "NetworkInterfaceId.1", "eni-1"));
    }

    @Test
    void unknownFiltersAreRefused() {
        assertEc2Error("InvalidParameterValue", "The filter 'default-for-zone' is invalid",
                () -> world.call("DescribeSubnets", "Filter.1.Name", "default-for-zone", "Filter.1.Value.1", "x"));
    }

    @Test
    void anotherAccountSeesAnEmptyNetwork() {
        Ec2TestSupport.Xml xml = Ec2TestSupport.render("DescribeVpcs", world.run(Ec2TestSupport.callAs(
                "111122223333", "us-east-1", Ec2TestSupport.NOW, "DescribeVpcs")));
        assertEquals(0, xml.count("//vpcSet/item"));
    }

    @Test
    void eachDescribeAsksIamForItsOwnAction() {
        assertEquals(List.of(new AccessCheck("ec2:DescribeVpcs", "*")), world.accessChecks("DescribeVpcs"));
        assertEquals(List.of(new AccessCheck("ec2:DescribeSubnets", "*")), world.accessChecks("DescribeSubnets"));
        assertEquals(List.of(new AccessCheck("ec2:DescribeNetworkInterfaces", "*")),
                world.accessChecks("DescribeNetworkInterfaces"));
    }
}
