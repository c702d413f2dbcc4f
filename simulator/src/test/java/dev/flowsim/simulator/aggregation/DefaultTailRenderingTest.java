package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.Action;
import dev.flowsim.simulator.record.CaptureWindow;
import dev.flowsim.simulator.record.FiveTuple;
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
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formats whose fields end like the default format's are written by straight-line code in the compiled plan; those
 * near it (a field more, a field missing, one out of order, no constant run before) by the general loop. Every one
 * renders a flow read in place exactly as its {@link dev.flowsim.simulator.record.FlowRecord} renders.
 */
class DefaultTailRenderingTest {

    private static final long W = 1_767_225_600L;
    private static final String TAIL = "${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes}"
            + " ${start} ${end} ${action} ${log-status}";
    private static final String[] ADDRESSES = {"10.0.0.1", "172.31.255.254", "0.0.0.0", "255.255.255.255",
        "2001:db8::1", "::ffff:10.0.0.1"};

    @Test
    void formatsEndingLikeTheDefaultRenderAsTheirRecords() {
        List<String> formats = List.of(
                "${version} ${account-id} ${interface-id} " + TAIL,
                TAIL,
                "${vpc-id} ${subnet-id} ${instance-id} ${az-id} " + TAIL,
                "${version} ${interface-id} " + TAIL + " ${tcp-flags}",
                "${version} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start}"
                        + " ${end} ${log-status} ${action}",
                "${version} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start}"
                        + " ${end} ${action}",
                "${type} " + TAIL);
        for (String text : formats) {
            RecordFormat format = RecordFormat.parse(text);
            SplittableRandom rng = new SplittableRandom(7);
            CaptureWindow window = new CaptureWindow(Instant.ofEpochSecond(W), Duration.ofSeconds(60));
            List<FlowObservation> observations = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                long start = W + rng.nextInt(60);
                FiveTuple tuple = new FiveTuple(ADDRESSES[rng.nextInt(ADDRESSES.length)],
                        ADDRESSES[rng.nextInt(ADDRESSES.length)], rng.nextInt(65_536), rng.nextInt(65_536),
                        rng.nextInt(256));
                observations.add(new FlowObservation("eni-a", "111111111111", tuple, 1 + rng.nextLong(1L << 40),
                        (1L << 41) + rng.nextLong(1L << 50), start, Math.min(W + 59, start + rng.nextInt(5)),
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
            assertEquals(expected, inPlace, text);
            assertTrue(expected.size() > 500, text + ": most observations are flows of their own");
        }
    }
}
