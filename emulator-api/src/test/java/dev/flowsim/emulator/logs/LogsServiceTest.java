package dev.flowsim.emulator.logs;

import dev.flowsim.emulator.logs.store.LogStore;
import dev.flowsim.emulator.service.AwsService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogsServiceTest {

    @Test
    void answersToTheLogsSigningNameWithTheWholeLogGroupAndEventApi() {
        AwsService service = LogsService.create(new LogStore(), LogsLimits.defaults());
        assertEquals("logs", service.signingName());
        Set<String> analysis = Set.of("StartQuery", "GetQueryResults", "StopQuery", "DescribeQueries",
                "TestMetricFilter", "PutMetricFilter", "DescribeMetricFilters", "DeleteMetricFilter",
                "PutSubscriptionFilter", "DescribeSubscriptionFilters", "DeleteSubscriptionFilter");
        assertEquals(Set.of("CreateLogGroup", "DeleteLogGroup", "DescribeLogGroups", "CreateLogStream",
                "DeleteLogStream", "DescribeLogStreams", "PutLogEvents", "GetLogEvents", "FilterLogEvents",
                "PutRetentionPolicy", "DeleteRetentionPolicy", "PutResourcePolicy", "DescribeResourcePolicies",
                "DeleteResourcePolicy", "TagResource", "UntagResource", "ListTagsForResource", "TagLogGroup",
                "UntagLogGroup", "ListTagsLogGroup"), service.operationNames().stream()
                .filter(name -> !analysis.contains(name)).collect(java.util.stream.Collectors.toSet()));
        assertTrue(service.operationNames().containsAll(analysis));
        assertInstanceOf(LogsResourcePolicies.class, service.resourcePolicies());
    }

    @Test
    void defaultLimitsAreTodaysQuotas() {
        LogsLimits limits = LogsLimits.defaults();
        assertEquals(10_000, limits.maxEventsPerBatch());
        assertEquals(1_048_576, limits.maxBatchBytes());
        assertEquals(26, limits.eventOverheadBytes());
        assertEquals(1_048_576, limits.maxEventBytes());
        assertEquals(Duration.ofHours(24), limits.maxBatchSpan());
        assertEquals(Duration.ofDays(14), limits.maxEventAge());
        assertEquals(Duration.ofHours(2), limits.maxEventFutureSkew());
        assertEquals(262_144, limits.withMaxEventBytes(LogsLimits.LEGACY_MAX_EVENT_BYTES).maxEventBytes());
        assertThrows(IllegalArgumentException.class, () -> limits.withMaxEventBytes(26));
    }
}
