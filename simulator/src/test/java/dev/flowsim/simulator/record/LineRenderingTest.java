package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The byte-buffer rendering of {@link RecordFormat#render} against each field's own {@link FlowField#render}, on
 * the values the traffic model never produces: counts past the int range, the largest long, non-ASCII Latin-1 text
 * and text beyond Latin-1 (which takes the general path), every field of every version at once.
 */
class LineRenderingTest {

    private static final RecordFormat EVERY_FIELD = RecordFormat.parse(Arrays.stream(FlowField.values())
            .map(field -> "${" + field.fieldName() + "}").collect(Collectors.joining(" ")));
    private static final FiveTuple TUPLE = new FiveTuple("10.0.0.5", "2001:db8::7", 0, 65_535, 255);

    @Test
    void countsBeyondTheIntRangeAndTheLargestLongRenderAsDecimalDigits() {
        InterfaceMetadata eni = InterfaceMetadata.of("123456789012", "eni-0a");
        for (long bytes : new long[] {1, 9, 10, 99, 2_147_483_647L, 2_147_483_648L, 9_999_999_999L,
            10_000_000_000L, 12_345_678_901_234L, 999_999_999_999_999_999L, Long.MAX_VALUE}) {
            FlowRecord record = FlowRecord.ok(eni, TUPLE, 1, bytes, 0, 4_102_444_800L, Action.ACCEPT,
                    TcpFlags.NOT_COMPUTED, null);
            assertEquals(fieldByField(record), EVERY_FIELD.render(record));
            assertEquals("2 123456789012 eni-0a 10.0.0.5 2001:db8::7 0 65535 255 1 " + bytes
                    + " 0 4102444800 ACCEPT OK", RecordFormat.DEFAULT.render(record));
        }
    }

    @Test
    void textBeyondAsciiRendersExactlyWhetherOrNotItFitsLatin1() {
        for (String tag : new String[] {"café", "naïve ü", "coffee ☕", "日本語", "emoji 🚀"}) {
            InterfaceMetadata eni = new InterfaceMetadata("123456789012", "eni-0b", "vpc-1", "subnet-1", "i-1",
                    "eu-west-1", "euw1-az1", null, null, null, null, Map.of("instance-tag", tag, "asg-tag", "é"));
            FlowRecord record = FlowRecord.ok(eni, TUPLE, 3, 300, 10, 20, Action.REJECT, 18, null);
            String line = EVERY_FIELD.render(record);
            assertEquals(fieldByField(record), line);
            assertEquals(true, line.contains(" " + tag + " "), line);
        }
    }

    @Test
    void noDataAndSkipDataRecordsRenderDashesThroughTheBuffer() {
        InterfaceMetadata eni = InterfaceMetadata.of("123456789012", "eni-0c");
        for (FlowRecord record : new FlowRecord[] {FlowRecord.noData(eni, 60, 119), FlowRecord.skipData(eni, 60, 119)}) {
            assertEquals(fieldByField(record), EVERY_FIELD.render(record));
        }
        assertEquals("2 123456789012 eni-0c - - - - - - - 60 119 - NODATA",
                RecordFormat.DEFAULT.render(FlowRecord.noData(eni, 60, 119)));
    }

    private static String fieldByField(FlowRecord record) {
        return EVERY_FIELD.fields().stream().map(field -> field.render(record, EVERY_FIELD.version()))
                .collect(Collectors.joining(" "));
    }
}
