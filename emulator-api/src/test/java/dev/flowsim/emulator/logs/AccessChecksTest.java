package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.AwsService;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The IAM action and the resource string AWS evaluates for each operation. */
class AccessChecksTest {

    private static final String PREFIX = "arn:aws:logs:eu-west-1:111122223333:log-group:";

    private final AwsService service = new LogsFixture().service;

    private List<AccessCheck> checks(String operation, Object body) {
        OperationHandler<?> handler = service.operation(operation).orElseThrow();
        Call call = LogsFixture.call(operation, body, LogsFixture.NOW);
        return handler.accessChecks(call);
    }

    @Test
    void groupLevelActionsEvaluateTheGroupWithAnEmptyStream() {
        assertEquals(List.of(new AccessCheck("logs:CreateLogGroup", PREFIX + "/vpc/fl:log-stream:")),
                checks("CreateLogGroup", Map.of("logGroupName", "/vpc/fl")));
        assertEquals(List.of(new AccessCheck("logs:DescribeLogStreams", PREFIX + "/vpc/fl:log-stream:")),
                checks("DescribeLogStreams", Map.of("logGroupName", "/vpc/fl")));
    }

    @Test
    void creatingATaggedGroupAlsoNeedsTagResourceOnThePlainGroupArn() {
        assertEquals(List.of(new AccessCheck("logs:CreateLogGroup", PREFIX + "g:log-stream:"),
                        new AccessCheck("logs:TagResource", PREFIX + "g")),
                checks("CreateLogGroup", Map.of("logGroupName", "g", "tags", Map.of("team", "net"))));
    }

    @Test
    void describeLogGroupsEvaluatesTheAccountWideResource() {
        assertEquals(List.of(new AccessCheck("logs:DescribeLogGroups", PREFIX + ":log-stream:")),
                checks("DescribeLogGroups", Map.of("logGroupNamePrefix", "/vpc")));
    }

    @Test
    void streamActionsEvaluateTheStreamArn() {
        Map<String, String> body = Map.of("logGroupName", "/vpc/fl", "logStreamName", "eni-1-all");
        for (String op : List.of("CreateLogStream", "PutLogEvents", "GetLogEvents")) {
            assertEquals(List.of(new AccessCheck("logs:" + op, PREFIX + "/vpc/fl:log-stream:eni-1-all")),
                    checks(op, body), op);
        }
    }

    @Test
    void aGroupNamedByArnIsEvaluatedInThatArnsAccount() {
        String foreign = "arn:aws:logs:eu-west-1:999988887777:log-group:shared";
        AccessCheck check = checks("GetLogEvents", Map.of("logGroupIdentifier", foreign, "logStreamName", "s"))
                .get(0);
        assertEquals(foreign + ":log-stream:s", check.resourceArn());
        assertEquals("999988887777", check.resourceAccount());
        assertEquals(foreign + ":log-stream:",
                checks("DescribeLogStreams", Map.of("logGroupIdentifier", foreign)).get(0).resourceArn());
        assertEquals(PREFIX + "byname:log-stream:",
                checks("DescribeLogStreams", Map.of("logGroupIdentifier", "byname")).get(0).resourceArn());
    }

    @Test
    void malformedBodiesNeverFailTheAccessCheck() {
        assertEquals(List.of(new AccessCheck("logs:PutLogEvents", PREFIX + ":log-stream:")),
                checks("PutLogEvents", Map.of("logGroupName", 5, "logStreamName", List.of())));
    }

    @Test
    void arnsFollowThePartitionOfTheRegion() {
        assertEquals("arn:aws-cn:logs:cn-north-1:1:log-group:g:*", LogsArns.logGroupWildcard("cn-north-1", "1", "g"));
        assertEquals("arn:aws-us-gov:logs:us-gov-west-1:1:log-group:g",
                LogsArns.logGroup("us-gov-west-1", "1", "g"));
    }
}
