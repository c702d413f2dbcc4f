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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One interface's window of seeded random flows, rendered both ways: each aggregated {@code FlowRecord} through
 * {@link RecordFormat#render}, and each flow read in place from the table through {@link RecordFormat#write}.
 */
final class InPlaceRendering {

    static final long WINDOW_START = 1_767_225_600L;
    private static final String ENI = "eni-a";
    private static final String ACCOUNT = "111111111111";

    /** The lines both ways, in record order. */
    record Lines(List<String> expected, List<String> inPlace) {
    }

    private InPlaceRendering() {
    }

    /**
     * {@code count} observations of one interface in the window starting at {@link #WINDOW_START}: tuples drawn from
     * {@code addresses}, any ports and protocol, counters from the given draws.
     */
    static List<FlowObservation> randomFlows(long seed, int count, String[] addresses,
                                             ToLongFunction<SplittableRandom> packets,
                                             ToLongFunction<SplittableRandom> bytes) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<FlowObservation> observations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long start = WINDOW_START + rng.nextInt(60);
            FiveTuple tuple = new FiveTuple(addresses[rng.nextInt(addresses.length)],
                    addresses[rng.nextInt(addresses.length)], rng.nextInt(65_536), rng.nextInt(65_536),
                    rng.nextInt(256));
            observations.add(new FlowObservation(ENI, ACCOUNT, tuple, packets.applyAsLong(rng),
                    bytes.applyAsLong(rng), start, Math.min(WINDOW_START + 59, start + rng.nextInt(5)),
                    rng.nextBoolean() ? Action.ACCEPT : Action.REJECT, rng.nextInt(32), null));
        }
        return observations;
    }

    /** Aggregates the observations and renders every record both ways; writing in place must always succeed. */
    static Lines bothWays(RecordFormat format, List<FlowObservation> observations) {
        CaptureWindow window = new CaptureWindow(Instant.ofEpochSecond(WINDOW_START), Duration.ofSeconds(60));
        List<MonitoredEni> enis = List.of(new MonitoredEni(ENI, ACCOUNT, "10.0.0.1"));
        List<String> expected = WindowAggregator.aggregate(enis, window, observations).get(ENI).stream()
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
        return new Lines(expected, inPlace);
    }
}
