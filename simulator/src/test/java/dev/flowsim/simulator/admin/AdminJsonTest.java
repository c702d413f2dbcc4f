package dev.flowsim.simulator.admin;

import dev.flowsim.simulator.record.RecordFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminJsonTest {

    private static final String CONTRACT_EXAMPLE = """
            {"subscriptions":[{"flowLogId":"fl-0a1b2c3d4e5f60718",
              "flowLogArn":"arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-0a1b2c3d4e5f60718",
              "accountId":"000000000000","region":"us-east-2","resourceId":"vpc-0abc","trafficType":"ALL",
              "logGroupName":"/aws/vpc/flow-logs","deliverLogsPermissionArn":"arn:aws:iam::000000000000:role/FlowLogsRole",
              "logFormat":"${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}",
              "maxAggregationInterval":60,"creationTime":1767225600000,
              "destinationOptions":{"perHourPartition":false},
              "interfaces":[{"interfaceId":"eni-0abc","accountId":"000000000000","vpcId":"vpc-0abc",
                             "subnetId":"subnet-0abc","privateIpAddress":"10.0.1.10","instanceId":"i-0abc",
                             "availabilityZoneId":"use2-az1","tags":{"Name":"web"}}]}],
             "generatedAt":"later contract member"}
            """;

    @Test
    void readsTheContractExampleIgnoringMembersAddedLater() {
        List<Subscription> subscriptions = FlowsimAdminClient.readSubscriptions(bytes(CONTRACT_EXAMPLE));
        assertEquals(1, subscriptions.size());
        Subscription subscription = subscriptions.get(0);
        assertEquals("fl-0a1b2c3d4e5f60718", subscription.flowLogId());
        assertEquals("arn:aws:iam::000000000000:role/FlowLogsRole", subscription.deliverLogsPermissionArn());
        assertEquals(60, subscription.maxAggregationInterval());
        assertEquals(1767225600000L, subscription.creationTime());
        assertEquals(RecordFormat.DEFAULT_FORMAT_STRING, subscription.logFormat());
        assertEquals(new SubscribedInterface("eni-0abc", "000000000000", "vpc-0abc", "subnet-0abc", "10.0.1.10",
                "i-0abc", "use2-az1"), subscription.interfaces().get(0));
    }

    @Test
    void theLogGroupAccountDefaultsToTheFlowLogsOwnAndIsKeptWhenGiven() {
        assertEquals("000000000000", FlowsimAdminClient.readSubscriptions(bytes(CONTRACT_EXAMPLE)).get(0)
                .logGroupAccountId());
        Subscription crossAccount = FlowsimAdminClient.readSubscriptions(bytes("""
                {"subscriptions":[{"flowLogId":"fl-1","accountId":"000000000000",
                  "logGroupAccountId":"111122223333"}]}""")).get(0);
        assertEquals("111122223333", crossAccount.logGroupAccountId());
    }

    @Test
    void absentOptionalMembersTakeTheAwsDefaults() {
        Subscription subscription = FlowsimAdminClient.readSubscriptions(bytes("""
                {"subscriptions":[{"flowLogId":"fl-1","trafficType":"REJECT"}]}""")).get(0);
        assertEquals(600, subscription.maxAggregationInterval());
        assertEquals(RecordFormat.DEFAULT_FORMAT_STRING, subscription.logFormat());
        assertEquals(List.of(), subscription.interfaces());
        assertEquals(List.of(), FlowsimAdminClient.readSubscriptions(bytes("{}")));
    }

    @Test
    void unreadableAnswersSayWhatCouldNotBeRead() {
        AdminApiException error = assertThrows(AdminApiException.class,
                () -> FlowsimAdminClient.readSubscriptions(bytes("<html>")));
        assertTrue(error.getMessage().startsWith("could not read the answer of the subscription list"),
                error.getMessage());
    }

    @Test
    void aSuccessReportCarriesNoFailureMembers() throws Exception {
        String json = FlowsimAdminClient.writeReport(new DeliveryReport("fl-1", 1767225960000L, "SUCCESS", null,
                null, null, 120, 0, 0));
        assertEquals("{\"flowLogId\":\"fl-1\",\"time\":1767225960000,\"outcome\":\"SUCCESS\","
                + "\"recordsDelivered\":120,\"recordsRejected\":0,\"recordsDropped\":0}", json);
    }

    @Test
    void aFailureReportNamesTheCallCodeAndMessage() throws Exception {
        String json = FlowsimAdminClient.writeReport(new DeliveryReport("fl-1", 5, "ACCESS_ERROR", "PutLogEvents",
                "AccessDeniedException", "User: x is not authorized", 0, 0, 7));
        assertTrue(json.contains("\"operation\":\"PutLogEvents\",\"errorCode\":\"AccessDeniedException\","
                + "\"errorMessage\":\"User: x is not authorized\""), json);
        assertTrue(json.contains("\"recordsDropped\":7"), json);
    }

    @Test
    void serviceCredentialsNeverPrintTheSecret() {
        ServiceCredentials credentials = new ServiceCredentials("vpc-flow-logs.amazonaws.com", "AKIAFLOW", "s3cr3t");
        assertFalse(credentials.toString().contains("s3cr3t"));
        assertEquals("AKIAFLOW", credentials.toAwsCredentials().accessKeyId());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
