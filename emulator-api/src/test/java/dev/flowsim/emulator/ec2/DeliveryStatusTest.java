package dev.flowsim.emulator.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.emulator.protocol.JsonProtocol;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.GROUP;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.NOW;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.ROLE_ARN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The publisher's side: the subscriptions it serves and the delivery reports that drive DeliverLogsStatus. */
class DeliveryStatusTest {

    private static final ObjectMapper JSON = JsonProtocol.MAPPER;
    private final Ec2World world = new Ec2World();

    @Test
    void aSubscriptionCarriesTheDeliverySettingsAndTheInterfacesInScope() {
        String vpcLog = world.createVpcFlowLog("LogFormat", "${version} ${interface-id} ${srcaddr}");
        String eniLog = world.createVpcFlowLog("ResourceType", "NetworkInterface", "ResourceId.1", world.webEni,
                "MaxAggregationInterval", "60");

        List<Subscription> subs = world.store.activeSubscriptions();
        assertEquals(List.of(vpcLog, eniLog), subs.stream().map(Subscription::flowLogId).toList());
        Subscription vpc = subs.get(0);
        assertEquals("arn:aws:ec2:us-east-1:000000000000:vpc-flow-log/" + vpcLog, vpc.flowLogArn());
        assertEquals("000000000000", vpc.accountId());
        assertEquals("us-east-1", vpc.region());
        assertEquals(world.vpcId, vpc.resourceId());
        assertEquals(TrafficType.ALL, vpc.trafficType());
        assertEquals(GROUP, vpc.logGroupName());
        assertEquals(ROLE_ARN, vpc.deliverLogsPermissionArn());
        assertEquals("${version} ${interface-id} ${srcaddr}", vpc.logFormat());
        assertEquals(600, vpc.maxAggregationInterval());
        assertEquals(NOW.toEpochMilli(), vpc.creationTime());
        assertEquals(3, vpc.interfaces().size(), "a VPC flow log records all its interfaces");

        NetworkInterface web = world.network.networkInterfaces().get(0);
        MonitoredInterface only = subs.get(1).interfaces().get(0);
        assertEquals(1, subs.get(1).interfaces().size());
        assertEquals(List.of(web.networkInterfaceId(), "000000000000", world.vpcId, world.subnetId, "10.0.1.10",
                web.instanceId(), "use1-az1", "198.51.100.10", "10.0.0.0/16"), List.of(only.interfaceId(),
                only.accountId(), only.vpcId(), only.subnetId(), only.privateIpAddress(), only.instanceId(),
                only.availabilityZoneId(), only.publicIpAddress(), only.vpcCidrBlock()));
        assertEquals(List.of(443, 80), only.securityGroups().get(0).ingress().stream()
                .map(MonitoredInterface.PublishedRule::fromPort).toList(), "the web group's rules travel along");
        assertEquals("web", only.workload().role());
        assertEquals(60, subs.get(1).maxAggregationInterval());
    }

    @Test
    void subscriptionsUseTheJsonFieldNamesAgreedWithTheSimulator() throws Exception {
        world.createVpcFlowLog("ResourceType", "Subnet", "ResourceId.1", world.subnetId);
        JsonNode sub = JSON.readTree(JSON.writeValueAsString(world.store.activeSubscriptions())).get(0);

        assertEquals(List.of("flowLogId", "flowLogArn", "accountId", "region", "resourceId", "trafficType",
                "logGroupName", "deliverLogsPermissionArn", "logFormat", "maxAggregationInterval", "creationTime",
                "interfaces", "logGroupAccountId"), fieldNames(sub));
        assertEquals(sub.get("accountId"), sub.get("logGroupAccountId"), "a group named by name is the owner's");
        assertEquals(List.of("interfaceId", "accountId", "vpcId", "subnetId", "privateIpAddress", "instanceId",
                "availabilityZoneId", "publicIpAddress", "vpcCidrBlock", "interfaceType", "securityGroups",
                "networkAcl", "workload"), fieldNames(sub.get("interfaces").get(0)));
        assertEquals("ALL", sub.get("trafficType").asText());
        assertEquals(NOW.toEpochMilli(), sub.get("creationTime").asLong());
    }

    @Test
    void failuresShowAwsErrorMessagesAndSuccessClearsThem() {
        String id = world.createVpcFlowLog();

        report(id, 1_000, DeliveryOutcome.RATE_LIMITED, 10, 0, 0);
        assertEquals("Rate limited", world.store.byId(id).orElseThrow().deliverLogsErrorMessage());
        report(id, 2_000, DeliveryOutcome.UNKNOWN_ERROR, 0, 0, 3);
        assertEquals("Unknown error", world.store.byId(id).orElseThrow().deliverLogsErrorMessage());
        report(id, 3_000, DeliveryOutcome.ACCESS_ERROR, 0, 0, 5);
        FlowLog failed = world.store.byId(id).orElseThrow();
        assertEquals("FAILED", failed.deliverLogsStatus());
        assertEquals("Access error", failed.deliverLogsErrorMessage());

        report(id, 4_000, DeliveryOutcome.SUCCESS, 20, 1, 0);
        FlowLog recovered = world.store.byId(id).orElseThrow();
        assertEquals("SUCCESS", recovered.deliverLogsStatus());
        assertNull(recovered.deliverLogsErrorMessage());
        assertEquals(0, world.call("DescribeFlowLogs").count("//deliverLogsErrorMessage"));
    }

    @Test
    void flowsimKeepsTheLastFailureAndCumulativeCounters() {
        String id = world.createVpcFlowLog();
        world.store.applyDeliveryReport(new DeliveryReport(id, 1_000, DeliveryOutcome.ACCESS_ERROR, "AssumeRole",
                "AccessDenied", "not authorized to perform sts:AssumeRole", 0, 0, 7));
        report(id, 2_000, DeliveryOutcome.SUCCESS, 30, 2, 0);

        DeliveryState state = world.store.deliveryState(id);
        assertEquals(new DeliveryFailure(1_000, DeliveryOutcome.ACCESS_ERROR, "AssumeRole", "AccessDenied",
                "not authorized to perform sts:AssumeRole"), state.lastFailure());
        assertEquals(30, state.recordsDelivered());
        assertEquals(2, state.recordsRejected());
        assertEquals(7, state.recordsDropped());
        assertEquals(2, state.reportsApplied());
        assertEquals(2_000, state.statusTime());
    }

    @Test
    void aLateReportOfAnOlderAttemptCountsButDoesNotOverrideTheStatus() {
        String id = world.createVpcFlowLog();
        report(id, 5_000, DeliveryOutcome.SUCCESS, 10, 0, 0);
        report(id, 4_000, DeliveryOutcome.ACCESS_ERROR, 0, 0, 4);

        DeliveryState state = world.store.deliveryState(id);
        assertEquals("SUCCESS", state.deliverLogsStatus());
        assertEquals(4, state.recordsDropped());
    }

    @Test
    void aReportForAFlowLogThatDoesNotExistIsAClearError() {
        String id = world.createVpcFlowLog();
        world.call("DeleteFlowLogs", "FlowLogId.1", id);
        UnknownFlowLogException e = assertThrows(UnknownFlowLogException.class,
                () -> report(id, 1, DeliveryOutcome.SUCCESS, 1, 0, 0));
        assertEquals("no flow log " + id + " exists (it was never created or has been deleted)", e.getMessage());
        assertThrows(UnknownFlowLogException.class, () -> world.store.deliveryState("fl-00000000000000000"));
    }

    @Test
    void reportsArriveAsJsonWithTheAgreedFieldNames() throws Exception {
        String id = world.createVpcFlowLog();
        DeliveryReport parsed = JSON.readValue("{\"flowLogId\":\"" + id + "\",\"time\":1700000000000,"
                + "\"outcome\":\"RATE_LIMITED\",\"operation\":\"PutLogEvents\",\"errorCode\":\"ThrottlingException\","
                + "\"errorMessage\":\"Rate exceeded\",\"recordsDelivered\":5,\"recordsRejected\":0,"
                + "\"recordsDropped\":1}", DeliveryReport.class);
        world.store.applyDeliveryReport(parsed);
        assertEquals("Rate limited", world.store.byId(id).orElseThrow().deliverLogsErrorMessage());

        Exception noOutcome = assertThrows(Exception.class,
                () -> JSON.readValue("{\"flowLogId\":\"" + id + "\",\"time\":1}", DeliveryReport.class));
        assertEquals(true, noOutcome.getMessage().contains("has no outcome"), noOutcome.getMessage());
    }

    private void report(String id, long time, DeliveryOutcome outcome, long delivered, long rejected, long dropped) {
        world.store.applyDeliveryReport(new DeliveryReport(id, time, outcome,
                outcome == DeliveryOutcome.SUCCESS ? null : "PutLogEvents", null, null, delivered, rejected, dropped));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
