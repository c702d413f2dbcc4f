package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static dev.flowsim.emulator.ec2.Ec2TestSupport.GROUP;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.NOW;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.ROLE_ARN;
import static dev.flowsim.emulator.ec2.Ec2TestSupport.assertEc2Error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every way CreateFlowLogs refuses its input, with the code and message the user sees. */
class CreateFlowLogsValidationTest {

    private static final Ec2World WORLD_IDS = new Ec2World();
    private static final String VPC = WORLD_IDS.vpcId;

    private final Ec2World world = new Ec2World();

    private static String[] base(String... extra) {
        return WORLD_IDS.createParams(extra);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("no ResourceType", new String[]{"ResourceId.1", VPC, "TrafficType", "ALL"},
                        "MissingParameter", "The request must contain the parameter ResourceType"),
                arguments("unknown ResourceType", base("ResourceType", "Vpc"), "InvalidParameterValue",
                        "Value (Vpc) for parameter ResourceType is invalid. Valid values: VPC, Subnet, "
                                + "NetworkInterface, TransitGateway, TransitGatewayAttachment, RegionalNatGateway."),
                arguments("transit gateway", base("ResourceType", "TransitGateway"), "InvalidParameter",
                        "ResourceType TransitGateway is not supported by flowsim yet; use VPC, Subnet or "
                                + "NetworkInterface."),
                arguments("no ResourceId", new String[]{"ResourceType", "VPC", "TrafficType", "ALL"},
                        "MissingParameter", "The request must contain the parameter ResourceId"),
                arguments("no TrafficType", new String[]{"ResourceType", "VPC", "ResourceId.1", VPC,
                        "LogGroupName", GROUP, "DeliverLogsPermissionArn", ROLE_ARN},
                        "MissingParameter", "The request must contain the parameter TrafficType"),
                arguments("unknown TrafficType", base("TrafficType", "all"), "InvalidParameterValue",
                        "Value (all) for parameter TrafficType is invalid. Valid values: ACCEPT, REJECT, ALL."),
                arguments("s3 with a log group name", base("LogDestinationType", "s3"), "InvalidParameter",
                        "LogDestination type must be cloud-watch-logs if LogGroupName is provided."),
                arguments("s3 with a role", new String[]{"ResourceType", "VPC", "ResourceId.1", VPC, "TrafficType",
                        "ALL", "LogDestinationType", "s3", "LogDestination", "arn:aws:s3:::bucket",
                        "DeliverLogsPermissionArn", ROLE_ARN}, "InvalidParameter",
                        "DeliverLogsPermissionArn is not applicable for s3 delivery"),
                arguments("s3 without a destination", new String[]{"ResourceType", "VPC", "ResourceId.1", VPC,
                        "TrafficType", "ALL", "LogDestinationType", "s3"}, "InvalidParameter",
                        "LogDestination can't be empty if LogGroupName is not provided."),
                arguments("s3", new String[]{"ResourceType", "VPC", "ResourceId.1", VPC, "TrafficType", "ALL",
                        "LogDestinationType", "s3", "LogDestination", "arn:aws:s3:::bucket"}, "InvalidParameter",
                        "LogDestinationType s3 is not supported by flowsim yet; use cloud-watch-logs."),
                arguments("firehose", new String[]{"ResourceType", "VPC", "ResourceId.1", VPC, "TrafficType", "ALL",
                        "LogDestinationType", "kinesis-data-firehose", "LogDestination",
                        "arn:aws:firehose:us-east-1:000000000000:deliverystream:x"}, "InvalidParameter",
                        "LogDestinationType kinesis-data-firehose is not supported by flowsim yet; "
                                + "use cloud-watch-logs."),
                arguments("both group and destination",
                        base("LogDestination", "arn:aws:logs:us-east-1:000000000000:log-group:x"),
                        "InvalidParameter", "Please only provide LogGroupName or only provide LogDestination."),
                arguments("neither group nor destination", new String[]{"ResourceType", "VPC", "ResourceId.1", VPC,
                        "TrafficType", "ALL", "DeliverLogsPermissionArn", ROLE_ARN},
                        "InvalidParameter", "LogDestination can't be empty if LogGroupName is not provided."),
                arguments("destination in another region", destination(
                        "arn:aws:logs:eu-west-1:000000000000:log-group:x"), "InvalidParameter",
                        "LogDestination must be in the same region as the API caller."),
                arguments("destination with :*", destination("arn:aws:logs:us-east-1:000000000000:log-group:x:*"),
                        "InvalidParameter", "LogDestination arn:aws:logs:us-east-1:000000000000:log-group:x:* is "
                                + "not a CloudWatch Logs log group ARN (arn:aws:logs:REGION:ACCOUNT:log-group:NAME, "
                                + "without a trailing ':*')."),
                arguments("destination not a log group", destination("arn:aws:s3:::bucket"), "InvalidParameter",
                        "LogDestination arn:aws:s3:::bucket is not a CloudWatch Logs log group ARN "
                                + "(arn:aws:logs:REGION:ACCOUNT:log-group:NAME, without a trailing ':*')."),
                arguments("destination account not an account id",
                        destination("arn:aws:logs:us-east-1:1111:log-group:x"), "InvalidParameter",
                        "LogDestination arn:aws:logs:us-east-1:1111:log-group:x is not a CloudWatch Logs log group "
                                + "ARN (arn:aws:logs:REGION:ACCOUNT:log-group:NAME, without a trailing ':*')."),
                arguments("no delivery role", new String[]{"ResourceType", "VPC", "ResourceId.1", VPC,
                        "TrafficType", "ALL", "LogGroupName", GROUP}, "InvalidParameter",
                        "DeliverLogsPermissionArn can't be empty if LogDestinationType is cloud-watch-logs."),
                arguments("cross-account role", base("DeliverCrossAccountRole", ROLE_ARN), "InvalidParameter",
                        "DeliverCrossAccountRole is not supported by flowsim yet; it only applies to cross-account "
                                + "kinesis-data-firehose delivery."),
                arguments("trailing space in format", base("LogFormat", "${version} "), "InvalidParameterValue",
                        "1 validation error detected: Value '${version} ' at 'logFormat' has an invalid format"),
                arguments("doubled dollar", base("LogFormat", "$${version}"), "InvalidParameterValue",
                        "1 validation error detected: Value '$${version}' at 'logFormat' has an invalid format"),
                arguments("unknown field", base("LogFormat", "${version} ${timestamp}"), "InvalidParameterValue",
                        "1 validation error detected: Value '${version} ${timestamp}' at 'logFormat' has an "
                                + "invalid format"),
                arguments("interval 120", base("MaxAggregationInterval", "120"), "InvalidParameter",
                        "Invalid Flow Log Max Aggregation Interval"),
                arguments("interval not a number", base("MaxAggregationInterval", "ten"), "InvalidParameterValue",
                        "Value ( ten ) for parameter MaxAggregationInterval is invalid."),
                arguments("tags for a vpc", base("TagSpecification.1.ResourceType", "vpc",
                        "TagSpecification.1.Tag.1.Key", "k", "TagSpecification.1.Tag.1.Value", "v"),
                        "InvalidParameterValue", "'vpc' is not a valid taggable resource type for this operation."),
                arguments("tag spec without tags", base("TagSpecification.1.ResourceType", "vpc-flow-log"),
                        "InvalidParameterValue", "Tag specification must have at least one tag"),
                arguments("reserved tag key", base("TagSpecification.1.ResourceType", "vpc-flow-log",
                        "TagSpecification.1.Tag.1.Key", "aws:owner", "TagSpecification.1.Tag.1.Value", "v"),
                        "InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use"),
                arguments("tag without value", base("TagSpecification.1.ResourceType", "vpc-flow-log",
                        "TagSpecification.1.Tag.1.Key", "k"),
                        "InvalidParameterValue", "Tag value cannot be null. Use empty string instead."),
                arguments("s3 destination options", base("DestinationOptions.FileFormat", "parquet"),
                        "InvalidParameter",
                        "DestinationOptions is not supported by flowsim yet; they only apply to s3 delivery."),
                arguments("role that does not exist", base("DeliverLogsPermissionArn",
                        "arn:aws:iam::000000000000:role/missing"), "InvalidParameter",
                        "Unable to assume given IAM role: 'arn:aws:iam::000000000000:role/missing'"));
    }

    private static String[] destination(String arn) {
        return new String[]{"ResourceType", "VPC", "ResourceId.1", VPC, "TrafficType", "ALL",
                "LogDestination", arn, "DeliverLogsPermissionArn", ROLE_ARN};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithAwsError(String situation, String[] params, String code, String message) {
        assertEc2Error(code, message, () -> world.call("CreateFlowLogs", params));
        assertTrue(world.store.all().isEmpty(), "nothing is created when the call is refused");
    }

    @Test
    void moreThanFiftyTagsAreRefused() {
        String[] params = base("TagSpecification.1.ResourceType", "vpc-flow-log");
        for (int i = 1; i <= 51; i++) {
            params = Ec2TestSupport.concat(params, "TagSpecification.1.Tag." + i + ".Key", "k" + i,
                    "TagSpecification.1.Tag." + i + ".Value", "v");
        }
        String[] all = params;
        assertEc2Error("TagLimitExceeded", "The resultant tag set must not have more than 50 user tags.",
                () -> world.call("CreateFlowLogs", all));
    }

    @Test
    void aRoleOfAnotherAccountCannotBeAssumed() {
        String foreign = "arn:aws:iam::111122223333:role/theirs";
        world.iam.addRole(new Role("111122223333", "theirs", "/", "AROAFOREIGNROLE0001", foreign, NOW, null, 3600,
                null, Map.of()));
        assertEc2Error("InvalidParameter", "Unable to assume given IAM role: '" + foreign + "'",
                () -> world.call("CreateFlowLogs", base("DeliverLogsPermissionArn", foreign)));
    }

    @Test
    void aDestinationInAnotherAccountIsRefusedWhenCrossAccountDestinationsAreOff() {
        Ec2World sameAccountOnly = new Ec2World(false);
        assertEc2Error("InvalidParameter", "LogDestination must be in the same account as the API caller.",
                () -> sameAccountOnly.call("CreateFlowLogs",
                        destination("arn:aws:logs:us-east-1:111122223333:log-group:x")));
        assertTrue(sameAccountOnly.store.all().isEmpty());
    }

    @Test
    void aDestinationInAnotherAccountKeepsItsAccountWhenCrossAccountDestinationsAreOn() {
        String arn = "arn:aws:logs:us-east-1:111122223333:log-group:central";
        Ec2TestSupport.Xml created = world.call("CreateFlowLogs", destination(arn));
        String id = created.text("/CreateFlowLogsResponse/flowLogIdSet/item[1]");
        FlowLog flowLog = world.store.byId(id).orElseThrow();
        assertEquals("central", flowLog.logGroupName());
        assertEquals("111122223333", flowLog.logGroupAccountId());
        assertEquals(Ec2TestSupport.ACCOUNT, flowLog.accountId(), "the flow log stays in the caller's account");
        Ec2TestSupport.Xml described = world.call("DescribeFlowLogs", "FlowLogId.1", id);
        assertEquals(arn, described.text("/DescribeFlowLogsResponse/flowLogSet/item[1]/logDestination"),
                "DescribeFlowLogs shows the ARN as given");
    }

    @Test
    void theSameGroupNameInAnotherAccountIsNotADuplicate() {
        world.call("CreateFlowLogs", destination("arn:aws:logs:us-east-1:" + Ec2TestSupport.ACCOUNT
                + ":log-group:central"));
        world.call("CreateFlowLogs", destination("arn:aws:logs:us-east-1:111122223333:log-group:central"));
        assertEquals(2, world.store.all().size());
    }

    @Test
    void aCrossAccountDestinationStillNeedsTheFlowLogAccountsOwnRole() {
        String foreign = "arn:aws:iam::111122223333:role/theirs";
        world.iam.addRole(new Role("111122223333", "theirs", "/", "AROAFOREIGNROLE0002", foreign, NOW, null, 3600,
                null, Map.of()));
        String[] params = destination("arn:aws:logs:us-east-1:111122223333:log-group:central");
        params[params.length - 1] = foreign;
        assertEc2Error("InvalidParameter", "Unable to assume given IAM role: '" + foreign + "'",
                () -> world.call("CreateFlowLogs", params));
    }
}
