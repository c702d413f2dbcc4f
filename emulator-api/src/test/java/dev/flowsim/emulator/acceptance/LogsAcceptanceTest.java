package dev.flowsim.emulator.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The skeleton's CloudWatch Logs calls through the real SDK, including AWS's modelled exceptions. */
class LogsAcceptanceTest {

    static EmulatorFixture fx;
    static CloudWatchLogsClient logs;

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

    @Test
    void writesAndReadsBackEventsInOrder() {
        logs.createLogGroup(b -> b.logGroupName("/acceptance/put-get"));
        logs.createLogStream(b -> b.logGroupName("/acceptance/put-get").logStreamName("eni-1-all"));
        long t = EmulatorFixture.START.toEpochMilli();
        PutLogEventsResponse put = logs.putLogEvents(b -> b.logGroupName("/acceptance/put-get")
                .logStreamName("eni-1-all")
                .logEvents(InputLogEvent.builder().timestamp(t - 2000).message("first").build(),
                        InputLogEvent.builder().timestamp(t - 1000).message("second").build()));
        assertNull(put.rejectedLogEventsInfo());

        List<OutputLogEvent> events = logs.getLogEvents(b -> b.logGroupName("/acceptance/put-get")
                .logStreamName("eni-1-all").startFromHead(true)).events();
        assertEquals(List.of("first", "second"), events.stream().map(OutputLogEvent::message).toList());
        assertEquals(t - 2000, events.get(0).timestamp());
    }

    @Test
    void describesTheGroupWithBothArnForms() {
        logs.createLogGroup(b -> b.logGroupName("/acceptance/describe"));
        LogGroup group = logs.describeLogGroups(b -> b.logGroupNamePrefix("/acceptance/describe")).logGroups().get(0);
        assertEquals("arn:aws:logs:us-east-2:000000000000:log-group:/acceptance/describe:*", group.arn());
        assertEquals("arn:aws:logs:us-east-2:000000000000:log-group:/acceptance/describe", group.logGroupArn());
        assertEquals(EmulatorFixture.START.toEpochMilli(), group.creationTime());
    }

    @Test
    void aDuplicateGroupIsResourceAlreadyExists() {
        logs.createLogGroup(b -> b.logGroupName("/acceptance/dup"));
        ResourceAlreadyExistsException e = assertThrows(ResourceAlreadyExistsException.class,
                () -> logs.createLogGroup(b -> b.logGroupName("/acceptance/dup")));
        assertEquals("The specified log group already exists", e.awsErrorDetails().errorMessage());
    }

    @Test
    void writingToAMissingStreamIsResourceNotFound() {
        logs.createLogGroup(b -> b.logGroupName("/acceptance/missing-stream"));
        ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
                () -> logs.putLogEvents(b -> b.logGroupName("/acceptance/missing-stream").logStreamName("nope")
                        .logEvents(InputLogEvent.builder().timestamp(EmulatorFixture.START.toEpochMilli())
                                .message("x").build())));
        assertEquals("The specified log stream does not exist.", e.awsErrorDetails().errorMessage());
    }
}
