package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.RecordFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Formats whose fields end like the default format's are written by straight-line code in the compiled plan; those
 * near it (a field more, a field missing, one out of order, no constant run before) by the general loop. Every one
 * renders a flow read in place exactly as its {@link dev.flowsim.simulator.record.FlowRecord} renders.
 */
class DefaultTailRenderingTest {

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
            InPlaceRendering.Lines lines = InPlaceRendering.bothWays(format, InPlaceRendering.randomFlows(7, 1000,
                    ADDRESSES, rng -> 1 + rng.nextLong(1L << 40), rng -> (1L << 41) + rng.nextLong(1L << 50)));
            List<String> expected = lines.expected();
            List<String> inPlace = lines.inPlace();
            assertEquals(expected, inPlace, text);
            assertTrue(expected.size() > 500, text + ": most observations are flows of their own");
        }
    }
}
