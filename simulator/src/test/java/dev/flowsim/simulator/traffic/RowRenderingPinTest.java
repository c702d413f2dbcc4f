package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.aggregation.WindowAggregator;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FlowField;
import dev.flowsim.simulator.record.LineWriter;
import dev.flowsim.simulator.record.RecordFormat;
import dev.flowsim.simulator.record.RecordRow;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The record path without objects (traffic into {@link Observations} columns, rows read in place from the
 * aggregation table, lines written into one reused {@link LineWriter}) gives exactly the bytes
 * {@link PipelineOutputPinTest} pins for the object path: the same digests, and one reused aggregator and column
 * set across every window, as the benchmark and a long-running publisher use them.
 */
class RowRenderingPinTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static String digest(RecordFormat format, Duration interval, int windows) throws NoSuchAlgorithmException {
        List<MonitoredEni> enis = PipelineOutputPinTest.vpc();
        TrafficModel model = new TrafficModel(20260101L, TrafficMix.DEFAULT.scaled(3));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Observations observations = new Observations();
        WindowAggregator aggregator = new WindowAggregator();
        LineWriter line = new LineWriter();
        int[] lines = new int[1];
        for (int w = 0; w < windows; w++) {
            CaptureWindow window = new CaptureWindow(T0.plus(interval.multipliedBy(w)), interval);
            model.observeInto(enis, window, observations);
            aggregator.aggregate(enis, window, observations, 400, new WindowAggregator.Visitor() {
                @Override
                public void beginInterface(MonitoredEni eni, int records) {
                }

                @Override
                public void record(RecordRow row) {
                    assertTrue(format.write(row, line), "the pinned topology's text is all Latin-1");
                    sha.update(line.array(), 0, line.length());
                    sha.update((byte) '\n');
                    lines[0]++;
                }
            });
        }
        assertTrue(lines[0] > 1_000, "the pinned traffic has lines to compare, got " + lines[0]);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static RecordFormat everyField() {
        return RecordFormat.parse(Arrays.stream(FlowField.values()).map(f -> "${" + f.fieldName() + "}")
                .collect(Collectors.joining(" ")));
    }

    @Test
    void defaultFormatRowsMatchThePinnedOutput() throws Exception {
        assertEquals("5a4283e3dd0df08c51ce3b214548ca4d2069cc8a5951f91afc876e5fe962c32f",
                digest(RecordFormat.DEFAULT, Duration.ofSeconds(60), 12));
    }

    @Test
    void everyFieldRowsMatchThePinnedOutput() throws Exception {
        assertEquals("225c7fd61026297a82f79a3e7d8f47eb6fd6d6d0469a276eeccf592bf7d163d8",
                digest(everyField(), Duration.ofSeconds(60), 12));
    }

    @Test
    void tenMinuteWindowRowsMatchThePinnedOutput() throws Exception {
        assertEquals("777fdf54c0edea6a02ff1f162c84f226428a65ea7ecbe6761422657e81771519",
                digest(everyField(), Duration.ofSeconds(600), 3));
    }
}
