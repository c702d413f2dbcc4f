package dev.flowsim.simulator;

import dev.flowsim.simulator.admin.SubscribedInterface;
import dev.flowsim.simulator.admin.Subscription;
import dev.flowsim.simulator.delivery.LogEvent;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.LogFormatException;
import dev.flowsim.simulator.traffic.TrafficMix;
import dev.flowsim.simulator.traffic.TrafficModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowRecordsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final CaptureWindow WINDOW = new CaptureWindow(T0, Duration.ofSeconds(600));
    private static final List<SubscribedInterface> INTERFACES = IntStream.range(0, 3)
            .mapToObj(i -> new SubscribedInterface("eni-0" + i, null, "vpc-1", "subnet-1", "10.0.1." + (10 + i),
                    "i-0" + i, "use2-az1"))
            .toList();

    @Test
    void eventsAreChronologicalPerInterfaceWithTheStartAsTimestamp() {
        Map<String, List<LogEvent>> events = new WindowRecords(new TrafficModel(1)).eventsFor(subscription("ALL",
                null), WINDOW);
        assertEquals(List.of("eni-00", "eni-01", "eni-02"), List.copyOf(events.keySet()));
        events.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                LogEvent event = list.get(i);
                String[] fields = event.message().split(" ");
                assertEquals(14, fields.length, event.message());
                assertEquals(Long.parseLong(fields[10]) * 1000, event.timestamp(), event.message());
                assertEquals("000000000000", fields[1], "interface owner defaults to the flow log's account");
                if (i > 0) {
                    assertTrue(list.get(i - 1).timestamp() <= event.timestamp());
                }
            }
        });
    }

    @Test
    void trafficTypeSelectsTheRecords() {
        WindowRecords records = new WindowRecords(new TrafficModel(4));
        List<String> all = lines(records.eventsFor(subscription("ALL", null), WINDOW));
        List<String> accepted = lines(records.eventsFor(subscription("ACCEPT", null), WINDOW));
        List<String> rejected = lines(records.eventsFor(subscription("REJECT", null), WINDOW));
        assertFalse(rejected.isEmpty(), "a 10-minute window of three interfaces sees SSH probes");
        assertTrue(accepted.stream().allMatch(line -> line.endsWith(" ACCEPT OK") || line.endsWith(" NODATA")));
        assertTrue(rejected.stream().allMatch(line -> line.endsWith(" REJECT OK") || line.endsWith(" NODATA")));
        assertEquals(okLines(all), okLines(accepted) + okLines(rejected));
    }

    @Test
    void aCustomFormatIsRenderedAndTheSeedDecidesTheContent() {
        Subscription custom = subscription("ALL", "${interface-id} ${srcaddr} ${dstaddr} ${action}");
        List<String> first = lines(new WindowRecords(new TrafficModel(8)).eventsFor(custom, WINDOW));
        assertTrue(first.stream().allMatch(line -> line.split(" ").length == 4), first.toString());
        assertEquals(first, lines(new WindowRecords(new TrafficModel(8)).eventsFor(custom, WINDOW)));
        assertNotEquals(first, lines(new WindowRecords(new TrafficModel(9)).eventsFor(custom, WINDOW)));
    }

    @Test
    void idleInterfacesReportNoData() {
        List<String> lines = lines(new WindowRecords(new TrafficModel(1, TrafficMix.silent()))
                .eventsFor(subscription("ACCEPT", null), WINDOW));
        assertEquals(List.of(
                "2 000000000000 eni-00 - - - - - - - 1767225600 1767226199 - NODATA",
                "2 000000000000 eni-01 - - - - - - - 1767225600 1767226199 - NODATA",
                "2 000000000000 eni-02 - - - - - - - 1767225600 1767226199 - NODATA"), lines);
    }

    @Test
    void unusableSubscriptionsFailClearly() {
        WindowRecords records = new WindowRecords(new TrafficModel(1));
        assertThrows(LogFormatException.class, () -> records.eventsFor(subscription("ALL", "${version} ${tcp_flags}"),
                WINDOW));
        assertThrows(IllegalArgumentException.class, () -> records.eventsFor(subscription("SOME", null), WINDOW));
    }

    private static Subscription subscription(String trafficType, String format) {
        return new Subscription("fl-1", "arn:aws:ec2:us-east-2:000000000000:vpc-flow-log/fl-1", "000000000000",
                "us-east-2", "vpc-1", trafficType, "/aws/vpc/flow-logs", "arn:aws:iam::000000000000:role/R", format,
                600, 0L, INTERFACES);
    }

    private static long okLines(List<String> lines) {
        return lines.stream().filter(line -> line.endsWith(" OK")).count();
    }

    private static List<String> lines(Map<String, List<LogEvent>> events) {
        return events.values().stream().flatMap(List::stream).map(LogEvent::message).toList();
    }
}
