package dev.flowsim.emulator.acceptance;

import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request timer names the operation and outcome each request had, so the metrics endpoint can be read per call. */
class RequestMetricsAcceptanceTest {

    private final EmulatorFixture fixture;

    RequestMetricsAcceptanceTest() throws InterruptedException {
        fixture = new EmulatorFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void requestsAreTimedByOperationAndOutcome() {
        try (CloudWatchLogsClient logs = fixture.logs()) {
            logs.createLogGroup(b -> b.logGroupName("metrics-group"));
            assertThrows(ResourceAlreadyExistsException.class,
                    () -> logs.createLogGroup(b -> b.logGroupName("metrics-group")));
            logs.describeLogGroups(b -> b.logGroupNamePrefix("metrics"));
            logs.describeLogGroups(b -> b.logGroupNamePrefix("metrics"));
        }
        assertEquals(1, timer("CreateLogGroup", "ok").count());
        assertEquals(1, timer("CreateLogGroup", "ResourceAlreadyExistsException").count());
        assertEquals(2, timer("DescribeLogGroups", "ok").count());
        assertTrue(fixture.emulator.meters().scrape().contains("operation=\"DescribeLogGroups\""));
    }

    private Timer timer(String operation, String outcome) {
        Timer timer = fixture.emulator.meters().find("flowsim.requests")
                .tags("service", "logs", "operation", operation, "outcome", outcome).timer();
        assertNotNull(timer, "no timer for " + operation + " " + outcome);
        return timer;
    }
}
