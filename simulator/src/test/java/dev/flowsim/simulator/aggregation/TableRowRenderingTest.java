package dev.flowsim.simulator.aggregation;

import dev.flowsim.simulator.record.FlowField;
import dev.flowsim.simulator.record.FlowRecord;
import dev.flowsim.simulator.record.RecordFormat;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A flow read in place from the table (its IPv4 numbers, ports, protocol and action kept in the table's own arrays)
 * renders exactly as the same flow built as a {@link FlowRecord}: IPv4, IPv6 and tuples with one address of each
 * kind, every field of every version.
 */
class TableRowRenderingTest {

    private static final String[] ADDRESSES = {"10.0.0.1", "10.0.0.10", "192.168.7.200", "0.0.0.0",
        "255.255.255.255", "2001:db8::1", "fe80::2", "::ffff:10.0.0.1"};

    @Test
    void rowsInPlaceRenderAsTheirRecords() {
        RecordFormat everyField = RecordFormat.parse(Arrays.stream(FlowField.values())
                .map(field -> "${" + field.fieldName() + "}").collect(Collectors.joining(" ")));
        for (RecordFormat format : List.of(RecordFormat.DEFAULT, everyField)) {
            InPlaceRendering.Lines lines = InPlaceRendering.bothWays(format, InPlaceRendering.randomFlows(31, 2000,
                    ADDRESSES, rng -> 1 + rng.nextInt(9), rng -> 40 + rng.nextInt(9000)));
            assertEquals(lines.expected(), lines.inPlace());
        }
    }
}
