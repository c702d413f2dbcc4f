package dev.flowsim.emulator.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.InvalidParameterException;
import software.amazon.awssdk.services.cloudwatchlogs.model.LimitExceededException;
import software.amazon.awssdk.services.cloudwatchlogs.model.PolicyScope;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cloudwatchlogs.model.TooManyTagsException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operations beyond the skeleton through the typed SDK client, with AWS's modelled exceptions and fields. */
class LogsApiAcceptanceTest {

    static EmulatorFixture fx;
    static CloudWatchLogsClient logs;
    static final long T = EmulatorFixture.START.toEpochMilli();

    @BeforeAll
    static void start() throws InterruptedException {
        fx = new EmulatorFixture();
        logs = fx.logs();
    }

    @AfterAll
    static void stop() {
        logs.close();
        fx.close();
    }

    static void put(String group, String stream, long ts, String message) {
        logs.putLogEvents(b -> b.logGroupName(group).logStreamName(stream)
                .logEvents(InputLogEvent.builder().timestamp(ts).message(message).build()));
    }

    @Test
    void filterLogEventsPagesAcrossStreamsThroughTheSdkPaginator() {
        logs.createLogGroup(b -> b.logGroupName("/sdk/filter"));
        for (String s : List.of("x", "y")) {
            logs.createLogStream(b -> b.logGroupName("/sdk/filter").logStreamName(s));
        }
        for (int i = 0; i < 5; i++) {
            put("/sdk/filter", i % 2 == 0 ? "x" : "y", T - 10_000 + i, "e" + i);
        }
        List<String> all = logs.filterLogEventsPaginator(b -> b.logGroupName("/sdk/filter").limit(2)).events()
                .stream().map(FilteredLogEvent::message).toList();
        assertEquals(List.of("e0", "e1", "e2", "e3", "e4"), all);
        FilterLogEventsResponse first = logs.filterLogEvents(b -> b.logGroupName("/sdk/filter").limit(1));
        assertEquals(56, first.events().get(0).eventId().length());
        assertEquals("x", first.events().get(0).logStreamName());
        assertEquals(List.of("e3"), logs.filterLogEvents(b -> b.logGroupName("/sdk/filter").filterPattern("e3"))
                .events().stream().map(FilteredLogEvent::message).toList());
        assertThrows(InvalidParameterException.class,
                () -> logs.filterLogEvents(b -> b.logGroupName("/sdk/filter").filterPattern("{ $.a = ")));
    }

    @Test
    void retentionHidesExpiredEventsAndDeletionRemovesEverything() {
        logs.createLogGroup(b -> b.logGroupName("/sdk/retention"));
        logs.createLogStream(b -> b.logGroupName("/sdk/retention").logStreamName("s"));
        put("/sdk/retention", "s", T - 6 * 86_400_000L, "six days old");
        put("/sdk/retention", "s", T - 1000, "fresh");
        logs.putRetentionPolicy(b -> b.logGroupName("/sdk/retention").retentionInDays(5));
        assertEquals(5, logs.describeLogGroups(b -> b.logGroupNamePrefix("/sdk/retention")).logGroups().get(0)
                .retentionInDays());
        assertEquals(List.of("fresh"), logs.getLogEvents(b -> b.logGroupName("/sdk/retention").logStreamName("s")
                .startFromHead(true)).events().stream().map(e -> e.message()).toList());
        assertThrows(InvalidParameterException.class,
                () -> logs.putRetentionPolicy(b -> b.logGroupName("/sdk/retention").retentionInDays(4)));
        logs.deleteRetentionPolicy(b -> b.logGroupName("/sdk/retention"));
        assertNull(logs.describeLogGroups(b -> b.logGroupNamePrefix("/sdk/retention")).logGroups().get(0)
                .retentionInDays());
        logs.deleteLogStream(b -> b.logGroupName("/sdk/retention").logStreamName("s"));
        assertThrows(ResourceNotFoundException.class,
                () -> logs.deleteLogStream(b -> b.logGroupName("/sdk/retention").logStreamName("s")));
        logs.deleteLogGroup(b -> b.logGroupName("/sdk/retention"));
        assertThrows(ResourceNotFoundException.class, () -> logs.deleteLogGroup(b -> b.logGroupName("/sdk/retention")));
    }

    @Test
    void resourcePoliciesAreLimitedToTenPerAccountAndRegion() {
        String doc = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"route53.amazonaws.com"},
                  "Action":"logs:PutLogEvents","Resource":"*"}]}""";
        for (int i = 0; i < 10; i++) {
            String name = "limit-" + i;
            assertEquals(PolicyScope.ACCOUNT, logs.putResourcePolicy(b -> b.policyName(name).policyDocument(doc))
                    .resourcePolicy().policyScope());
        }
        LimitExceededException full = assertThrows(LimitExceededException.class,
                () -> logs.putResourcePolicy(b -> b.policyName("limit-10").policyDocument(doc)));
        assertEquals("Resource limit exceeded.", full.awsErrorDetails().errorMessage());
        assertEquals(10, logs.describeResourcePolicies(b -> { }).resourcePolicies().size());
        ResourceNotFoundException missing = assertThrows(ResourceNotFoundException.class,
                () -> logs.deleteResourcePolicy(b -> b.policyName("limit-10")));
        assertEquals("Policy with name [limit-10] does not exist.", missing.awsErrorDetails().errorMessage());
        for (int i = 0; i < 10; i++) {
            String name = "limit-" + i;
            logs.deleteResourcePolicy(b -> b.policyName(name));
        }
    }

    @Test
    void tagsAreSharedByBothTaggingApisAndCappedAtFifty() {
        logs.createLogGroup(b -> b.logGroupName("/sdk/tags"));
        String arn = "arn:aws:logs:us-east-2:000000000000:log-group:/sdk/tags";
        logs.tagResource(b -> b.resourceArn(arn).tags(Map.of("a", "1")));
        logs.tagLogGroup(b -> b.logGroupName("/sdk/tags").tags(Map.of("b", "2")));
        assertEquals(Map.of("a", "1", "b", "2"), logs.listTagsLogGroup(b -> b.logGroupName("/sdk/tags")).tags());
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 49; i++) {
            many.put("k" + i, "v");
        }
        TooManyTagsException tooMany = assertThrows(TooManyTagsException.class,
                () -> logs.tagResource(b -> b.resourceArn(arn).tags(many)));
        assertEquals(arn, tooMany.resourceName());
        logs.untagLogGroup(b -> b.logGroupName("/sdk/tags").tags("a"));
        logs.untagResource(b -> b.resourceArn(arn).tagKeys("b"));
        assertEquals(Map.of(), logs.listTagsForResource(b -> b.resourceArn(arn)).tags());
    }
}
