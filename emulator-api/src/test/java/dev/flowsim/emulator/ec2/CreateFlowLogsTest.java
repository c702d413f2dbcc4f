package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.ACCOUNT;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.GROUP;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.REGION;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.ROLE_ARN;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateFlowLogsTest {

    private final Ec2World world = new Ec2World();

    @Test
    void createsAFlowLogWithAwsDefaultsAndAnswersLikeTheApiReferenceSample() {
        Ec2TestSupport.Xml xml = world.call("CreateFlowLogs", world.createParams());

        assertTrue(xml.text.contains("<CreateFlowLogsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                + "<requestId>req-1</requestId><unsuccessful/><flowLogIdSet><item>fl-"), xml.text);
        String id = xml.text("/CreateFlowLogsResponse/flowLogIdSet/item");
        assertTrue(id.matches("fl-[0-9a-f]{17}"), id);
        assertEquals(0, xml.count("//clientToken"), "no token was sent, none is echoed");

        FlowLog created = world.store.find(ACCOUNT, REGION, id).orElseThrow();
        assertEquals(world.vpcId, created.resourceId());
        assertEquals(FlowLogResourceType.VPC, created.spec().resourceType());
        assertEquals(TrafficType.ALL, created.trafficType());
        assertEquals(LogDestinationType.CLOUD_WATCH_LOGS, created.spec().logDestinationType());
        assertEquals(GROUP, created.logGroupName());
        assertNull(created.spec().logDestination());
        assertEquals(ROLE_ARN, created.spec().deliverLogsPermissionArn());
        assertEquals(LogFormats.DEFAULT_FORMAT, created.spec().logFormat());
        assertEquals(600, created.spec().maxAggregationInterval());
        assertEquals("2026-03-01T12:00:00.123Z", created.creationTime().toString(), "ms precision, simulated time");
        assertEquals("ACTIVE", created.flowLogStatus());
        assertEquals("SUCCESS", created.deliverLogsStatus());
        assertNull(created.deliverLogsErrorMessage());
        assertEquals("arn:aws:ec2:us-east-1:000000000000:vpc-flow-log/" + id, created.arn());
    }

    @Test
    void idsAreTheSameInEveryRun() {
        String first = new Ec2World().createVpcFlowLog();
        String again = new Ec2World().createVpcFlowLog();
        assertEquals(first, again, "a fresh store hands out the same ids");

        String one = world.createVpcFlowLog();
        String two = world.createVpcFlowLog("TrafficType", "REJECT");
        assertTrue(!one.equals(two) && two.matches("fl-[0-9a-f]{17}"), one + " / " + two);
    }

    @Test
    void flowLogsCanWatchASubnetOrOneInterface() {
        world.call("CreateFlowLogs", world.createParams("ResourceType", "Subnet", "ResourceId.1", world.subnetId));
        world.call("CreateFlowLogs", world.createParams("ResourceType", "NetworkInterface",
                "ResourceId.1", world.webEni, "TrafficType", "REJECT", "MaxAggregationInterval", "60"));

        List<FlowLog> all = world.store.list(ACCOUNT, REGION);
        assertEquals(List.of(world.subnetId, world.webEni), all.stream().map(FlowLog::resourceId).toList());
        assertEquals(60, all.get(1).spec().maxAggregationInterval());
        assertEquals(TrafficType.REJECT, all.get(1).trafficType());
    }

    @Test
    void anUnknownResourceIsReportedAsUnsuccessfulWhileTheOthersAreCreated() {
        Ec2TestSupport.Xml xml = world.call("CreateFlowLogs",
                world.createParams("ResourceId.1", "vpc-0123456789abcdef0", "ResourceId.2", world.vpcId));

        assertEquals("InvalidVpcID.NotFound", xml.text("//unsuccessful/item/error/code"));
        assertEquals("The vpc ID 'vpc-0123456789abcdef0' does not exist", xml.text("//unsuccessful/item/error/message"));
        assertEquals("vpc-0123456789abcdef0", xml.text("//unsuccessful/item/resourceId"));
        assertEquals(1, xml.count("//flowLogIdSet/item"));
        assertEquals(world.vpcId, world.store.all().get(0).resourceId());
    }

    @Test
    void unknownInterfacesAndSubnetsUseTheirOwnNotFoundCodes() {
        Ec2TestSupport.Xml eni = world.call("CreateFlowLogs",
                world.createParams("ResourceType", "NetworkInterface", "ResourceId.1", "eni-00000000000000000"));
        assertEquals("InvalidNetworkInterfaceID.NotFound", eni.text("//unsuccessful/item/error/code"));
        assertEquals("The networkInterface ID 'eni-00000000000000000' does not exist",
                eni.text("//unsuccessful/item/error/message"));

        Ec2TestSupport.Xml subnet = world.call("CreateFlowLogs",
                world.createParams("ResourceType", "Subnet", "ResourceId.1", world.vpcId));
        assertEquals("InvalidSubnetID.NotFound", subnet.text("//unsuccessful/item/error/code"));
        assertEquals(0, subnet.count("//flowLogIdSet/item"));
    }

    @Test
    void resourcesOfAnotherRegionDoNotExistHere() {
        String otherRegionVpc = world.topology.network(ACCOUNT, "eu-west-1").vpcs().get(0).vpcId();
        Ec2TestSupport.Xml xml = world.call("CreateFlowLogs", world.createParams("ResourceId.1", otherRegionVpc));
        assertEquals("InvalidVpcID.NotFound", xml.text("//unsuccessful/item/error/code"));
    }

    @Test
    void sameTokenAndSameInputReturnsTheFirstAnswerWithoutCreatingAgain() {
        Ec2TestSupport.Xml first = world.call("CreateFlowLogs", world.createParams("ClientToken", "tok-1"));
        Ec2TestSupport.Xml retry = world.call("CreateFlowLogs", world.createParams("ClientToken", "tok-1"));

        assertEquals("tok-1", first.text("/CreateFlowLogsResponse/clientToken"));
        assertEquals(first.text("//flowLogIdSet/item"), retry.text("//flowLogIdSet/item"));
        assertEquals(1, world.store.all().size());
    }

    @Test
    void sameTokenWithDifferentInputIsRefused() {
        world.call("CreateFlowLogs", world.createParams("ClientToken", "tok-1"));
        assertEc2Error("IdempotentParameterMismatch",
                "The request uses the same client token as a previous, but non-identical request.",
                () -> world.call("CreateFlowLogs", world.createParams("ClientToken", "tok-1", "TrafficType", "REJECT")));
    }

    @Test
    void aSecondFlowLogWithTheSameDeliveryIsRefusedButAnotherTrafficTypeIsNot() {
        world.createVpcFlowLog();
        assertEc2Error("FlowLogAlreadyExists",
                "Error. There is an existing Flow Log with the same configuration and log destination.",
                () -> world.call("CreateFlowLogs", world.createParams()));

        world.createVpcFlowLog("TrafficType", "REJECT");
        assertEquals(2, world.store.all().size());
    }

    @Test
    void theSameResourceTwiceInOneRequestIsADuplicateAndNothingIsCreated() {
        assertEc2Error("FlowLogAlreadyExists",
                "Error. There is an existing Flow Log with the same configuration and log destination.",
                () -> world.call("CreateFlowLogs", world.createParams("ResourceId.2", world.vpcId)));
        assertTrue(world.store.all().isEmpty());
    }

    @Test
    void aLogGroupArnNamesTheGroupAndIsShownAsLogDestination() {
        String arn = "arn:aws:logs:us-east-1:000000000000:log-group:from-arn";
        String id = world.call("CreateFlowLogs", "ResourceType", "VPC", "ResourceId.1", world.vpcId,
                "TrafficType", "ALL", "LogDestination", arn, "DeliverLogsPermissionArn", ROLE_ARN)
                .text("//flowLogIdSet/item");

        FlowLog created = world.store.find(ACCOUNT, REGION, id).orElseThrow();
        assertEquals("from-arn", created.logGroupName());
        assertEquals(arn, created.spec().logDestination());
    }

    @Test
    void tagsFromTheTagSpecificationAreKeptInOrder() {
        String id = world.createVpcFlowLog("TagSpecification.1.ResourceType", "vpc-flow-log",
                "TagSpecification.1.Tag.1.Key", "Name", "TagSpecification.1.Tag.1.Value", "web-vpc",
                "TagSpecification.1.Tag.2.Key", "team", "TagSpecification.1.Tag.2.Value", "");
        assertEquals(Map.of("Name", "web-vpc", "team", ""), world.store.find(ACCOUNT, REGION, id).orElseThrow().tags());
    }

    @Test
    void aCustomFormatIsKeptAsGiven() {
        String id = world.createVpcFlowLog("LogFormat", "${version} ${vpc-id} ${srcaddr} ${reject-reason}");
        assertEquals("${version} ${vpc-id} ${srcaddr} ${reject-reason}",
                world.store.find(ACCOUNT, REGION, id).orElseThrow().spec().logFormat());
    }

    @Test
    void aDryRunChecksTheInputButCreatesNothing() {
        assertEc2Error("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412,
                () -> world.call("CreateFlowLogs", world.createParams("DryRun", "true")));
        assertTrue(world.store.all().isEmpty());
    }

    @Test
    void asksIamForCreateFlowLogsOnTheFlowLogResourceAndForPassRoleOnTheDeliveryRole() {
        assertEquals(List.of(
                        new AccessCheck("ec2:CreateFlowLogs", "arn:aws:ec2:us-east-1:000000000000:vpc-flow-log/*"),
                        new AccessCheck("iam:PassRole", ROLE_ARN)
                                .withKey("iam:PassedToService", "vpc-flow-logs.amazonaws.com")),
                world.accessChecks("CreateFlowLogs", world.createParams()));
        assertEquals(List.of(
                        new AccessCheck("ec2:CreateFlowLogs", "arn:aws:ec2:us-east-1:000000000000:vpc-flow-log/*")),
                world.accessChecks("CreateFlowLogs", "ResourceType", "VPC"));
    }
}
