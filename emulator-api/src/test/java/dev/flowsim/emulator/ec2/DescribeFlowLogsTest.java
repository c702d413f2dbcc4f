package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.service.AccessCheck;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.ACCOUNT;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.NOW;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.REGION;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.ROLE_ARN;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescribeFlowLogsTest {

    private final Ec2World world = new Ec2World();

    @Test
    void showsEveryFieldWithEc2ElementNames() {
        String id = world.call("CreateFlowLogs", "ResourceType", "VPC", "ResourceId.1", world.vpcId,
                "TrafficType", "ACCEPT", "LogDestination", "arn:aws:logs:us-east-1:000000000000:log-group:fl-group",
                "DeliverLogsPermissionArn", ROLE_ARN, "MaxAggregationInterval", "60",
                "TagSpecification.1.ResourceType", "vpc-flow-log",
                "TagSpecification.1.Tag.1.Key", "Name", "TagSpecification.1.Tag.1.Value", "demo")
                .text("//flowLogIdSet/item");

        Ec2TestSupport.Xml xml = world.call("DescribeFlowLogs");

        String item = "/DescribeFlowLogsResponse/flowLogSet/item";
        assertEquals("2026-03-01T12:00:00.123Z", xml.text(item + "/creationTime"));
        assertEquals(ROLE_ARN, xml.text(item + "/deliverLogsPermissionArn"));
        assertEquals("SUCCESS", xml.text(item + "/deliverLogsStatus"));
        assertEquals(id, xml.text(item + "/flowLogId"));
        assertEquals("ACTIVE", xml.text(item + "/flowLogStatus"));
        assertEquals("fl-group", xml.text(item + "/logGroupName"));
        assertEquals(world.vpcId, xml.text(item + "/resourceId"));
        assertEquals("ACCEPT", xml.text(item + "/trafficType"));
        assertEquals("cloud-watch-logs", xml.text(item + "/logDestinationType"));
        assertEquals("arn:aws:logs:us-east-1:000000000000:log-group:fl-group", xml.text(item + "/logDestination"));
        assertEquals(LogFormats.DEFAULT_FORMAT, xml.text(item + "/logFormat"));
        assertEquals("Name", xml.text(item + "/tagSet/item/key"));
        assertEquals("demo", xml.text(item + "/tagSet/item/value"));
        assertEquals("60", xml.text(item + "/maxAggregationInterval"));
        assertEquals(0, xml.count(item + "/deliverLogsErrorMessage"), "absent while delivery succeeds");
        assertEquals(0, xml.count("//nextToken"));
    }

    @Test
    void aGroupNamedByNameHasNoLogDestinationAndAnEmptyTagSet() {
        world.createVpcFlowLog();
        Ec2TestSupport.Xml xml = world.call("DescribeFlowLogs");
        assertEquals(0, xml.count("//flowLogSet/item/logDestination"));
        assertTrue(xml.text.contains("<tagSet/>"), xml.text);
    }

    @Test
    void showsTheDeliveryErrorOnceThePublisherReportsOne() {
        String id = world.createVpcFlowLog();
        world.store.applyDeliveryReport(new DeliveryReport(id, NOW.toEpochMilli(), DeliveryOutcome.ACCESS_ERROR,
                "PutLogEvents", "AccessDeniedException", "not authorized", 0, 0, 12));

        Ec2TestSupport.Xml xml = world.call("DescribeFlowLogs");
        assertEquals("FAILED", xml.text("//flowLogSet/item/deliverLogsStatus"));
        assertEquals("Access error", xml.text("//flowLogSet/item/deliverLogsErrorMessage"));
    }

    @Test
    void selectsByIdAndUnknownIdsMatchNothing() {
        String a = world.createVpcFlowLog();
        world.createVpcFlowLog("TrafficType", "REJECT");
        assertEquals(List.of(a), world.call("DescribeFlowLogs", "FlowLogId.1", a, "FlowLogId.2",
                "fl-00000000000000000").texts("//flowLogSet/item/flowLogId"));
        assertEquals(0, world.call("DescribeFlowLogs", "FlowLogId.1", "fl-00000000000000000")
                .count("//flowLogSet/item"));
    }

    @Test
    void filtersAndTogetherAndTheirValuesOr() {
        String vpcAll = world.createVpcFlowLog();
        String vpcReject = world.createVpcFlowLog("TrafficType", "REJECT", "LogGroupName", "rejects",
                "TagSpecification.1.ResourceType", "vpc-flow-log",
                "TagSpecification.1.Tag.1.Key", "env", "TagSpecification.1.Tag.1.Value", "prod");
        String eni = world.createVpcFlowLog("ResourceType", "NetworkInterface", "ResourceId.1", world.webEni);
        world.store.applyDeliveryReport(new DeliveryReport(eni, 1, DeliveryOutcome.RATE_LIMITED, "PutLogEvents",
                "ThrottlingException", "Rate exceeded", 0, 0, 0));

        assertEquals(List.of(vpcAll, vpcReject), ids("Filter.1.Name", "resource-id", "Filter.1.Value.1", world.vpcId));
        assertEquals(List.of(vpcReject), ids("Filter.1.Name", "traffic-type", "Filter.1.Value.1", "REJECT"));
        assertEquals(List.of(vpcReject), ids("Filter.1.Name", "log-group-name", "Filter.1.Value.1", "rejects"));
        assertEquals(List.of(eni), ids("Filter.1.Name", "flow-log-id", "Filter.1.Value.1", eni));
        assertEquals(List.of(eni), ids("Filter.1.Name", "deliver-log-status", "Filter.1.Value.1", "FAILED"));
        assertEquals(List.of(vpcAll, vpcReject, eni),
                ids("Filter.1.Name", "log-destination-type", "Filter.1.Value.1", "cloud-watch-logs"));
        assertEquals(List.of(vpcReject), ids("Filter.1.Name", "tag:env", "Filter.1.Value.1", "prod"));
        assertEquals(List.of(), ids("Filter.1.Name", "tag:env", "Filter.1.Value.1", "Prod"), "case-sensitive");
        assertEquals(List.of(vpcReject), ids("Filter.1.Name", "tag-key", "Filter.1.Value.1", "env"));
        assertEquals(List.of(vpcAll, eni), ids("Filter.1.Name", "traffic-type",
                "Filter.1.Value.1", "ALL", "Filter.1.Value.2", "ACCEPT"));
        assertEquals(List.of(vpcAll), ids("Filter.1.Name", "traffic-type", "Filter.1.Value.1", "ALL",
                "Filter.2.Name", "resource-id", "Filter.2.Value.1", world.vpcId));
    }

    @Test
    void anUnknownFilterIsRefused() {
        world.createVpcFlowLog();
        assertEc2Error("InvalidParameterValue", "The filter 'vpc-id' is invalid",
                () -> world.call("DescribeFlowLogs", "Filter.1.Name", "vpc-id", "Filter.1.Value.1", world.vpcId));
    }

    @Test
    void pagesFollowCreationOrderAndSurviveADeleteBetweenPages() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(world.createVpcFlowLog("LogGroupName", "group-" + i));
        }
        Ec2TestSupport.Xml first = world.call("DescribeFlowLogs", "MaxResults", "5");
        assertEquals(created.subList(0, 5), first.texts("//flowLogSet/item/flowLogId"));
        String token = first.text("/DescribeFlowLogsResponse/nextToken");
        assertTrue(!token.isEmpty(), first.text);

        world.store.delete(ACCOUNT, REGION, created.get(5));
        Ec2TestSupport.Xml second = world.call("DescribeFlowLogs", "MaxResults", "5", "NextToken", token);
        assertEquals(List.of(created.get(6)), second.texts("//flowLogSet/item/flowLogId"));
        assertEquals(0, second.count("//nextToken"), "last page has no token");
    }

    @Test
    void pageSizeMustBeBetweenFiveAndAThousand() {
        assertEc2Error("InvalidParameterValue",
                "Value ( 4 ) for parameter maxResults is invalid. Expecting a value greater than 5.",
                () -> world.call("DescribeFlowLogs", "MaxResults", "4"));
        assertEc2Error("InvalidParameterValue",
                "Value ( 1001 ) for parameter maxResults is invalid. Expecting a value less than 1000.",
                () -> world.call("DescribeFlowLogs", "MaxResults", "1001"));
        assertEc2Error("InvalidParameterValue", "Value ( many ) for parameter MaxResults is invalid.",
                () -> world.call("DescribeFlowLogs", "MaxResults", "many"));
    }

    @Test
    void aTokenFlowsimDidNotIssueIsRefused() {
        assertEc2Error("InvalidParameterValue",
                "Value ( not-a-token ) for parameter NextToken is invalid. The token is invalid.",
                () -> world.call("DescribeFlowLogs", "NextToken", "not-a-token"));
    }

    @Test
    void flowLogsOfOtherRegionsAndAccountsAreInvisible() {
        world.createVpcFlowLog();
        assertEquals(0, Ec2TestSupport.render("DescribeFlowLogs", world.run(
                Ec2TestSupport.callAs(ACCOUNT, "eu-west-1", NOW, "DescribeFlowLogs"))).count("//flowLogSet/item"));
        assertEquals(0, Ec2TestSupport.render("DescribeFlowLogs", world.run(
                Ec2TestSupport.callAs("111122223333", REGION, NOW, "DescribeFlowLogs"))).count("//flowLogSet/item"));
    }

    @Test
    void asksIamForDescribeFlowLogsOnEverything() {
        assertEquals(List.of(new AccessCheck("ec2:DescribeFlowLogs", "*")), world.accessChecks("DescribeFlowLogs"));
    }

    private List<String> ids(String... params) {
        return world.call("DescribeFlowLogs", params).texts("//flowLogSet/item/flowLogId");
    }
}
