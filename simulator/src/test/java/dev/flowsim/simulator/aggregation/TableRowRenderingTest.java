package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.FlowField;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.LineWriter;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.record.RecordRow;
import dev.flowsim.simulator.traffic.FlowObservation;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.Observations;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flow read in place from the table (its IPv4 numbers, ports, protocol and action kept in the table's own arrays)
 * renders exactly as the same flow built as a {@link FlowRecord}: IPv4, IPv6 and tuples with one address of each
 * kind, every field of every version.
 */
class TableRowRenderingTest {

    private static final long W = 1_767_225_600L;
    private static final String[] ADDRESSES = {"10.0.0.1", "10.0.0.10", "192.168.7.200", "0.0.0.0",
        "255.255.255.255", "2001:db8::1", "fe80::2", "::ffff:10.0.0.1"};

    @Test
    void rowsInPlaceRenderAsTheirRecords() {
        RecordFormat everyField = RecordFormat.parse(Arrays.stream(FlowField.values())
                .map(field -> "${" + field.fieldName() + "}").collect(Collectors.joining(" ")));
        for (RecordFormat format : List.of(RecordFormat.DEFAULT, everyField)) {
            SplittableRandom rng = new SplittableRandom(31);
            CaptureWindow window = new CaptureWindow(Instant.ofEpochSecond(W), Duration.ofSeconds(60));
            List<FlowObservation> observations = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                long start = W + rng.nextInt(60);
                FiveTuple tuple = new FiveTuple(ADDRESSES[rng.nextInt(ADDRESSES.length)],
                        ADDRESSES[rng.nextInt(ADDRESSES.length)], rng.nextInt(65_536), rng.nextInt(65_536),
                        rng.nextInt(256));
                observations.add(new FlowObservation("eni-a", "111111111111", tuple, 1 + rng.nextInt(9),
                        40 + rng.nextInt(9000), start, Math.min(W + 59, start + rng.nextInt(5)),
                        rng.nextBoolean() ? Action.ACCEPT : Action.REJECT, rng.nextInt(32), null));
            }
            List<MonitoredEni> enis = List.of(new MonitoredEni("eni-a", "111111111111", "10.0.0.1"));
            List<String> expected = WindowAggregator.aggregate(enis, window, observations).get("eni-a").stream()
                    .map(format::render).toList();
            List<String> inPlace = new ArrayList<>();
            LineWriter line = new LineWriter();
            new WindowAggregator().aggregate(enis, window, Observations.of(observations), Integer.MAX_VALUE,
                    new WindowAggregator.Visitor() {
                        @Override
                        public void beginInterface(MonitoredEni eni, int records) {
                        }

                        @Override
                        public void record(RecordRow row) {
                            assertTrue(format.write(row, line));
                            inPlace.add(new String(line.array(), 0, line.length(), StandardCharsets.ISO_8859_1));
                        }
                    });
            assertEquals(expected, inPlace);
        }
    }
}
