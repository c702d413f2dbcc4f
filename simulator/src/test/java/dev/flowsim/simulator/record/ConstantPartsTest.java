package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-interface parts of a line (account, interface, VPC, tags...) are rendered once per interface and reused:
 * records of different interfaces, formats and statuses interleaved on one writer still come out exactly as each
 * field renders on its own, and an interface whose tag is beyond Latin-1 takes the general way.
 */
class ConstantPartsTest {

    private static InterfaceMetadata eni(String id, String tag) {
        return new InterfaceMetadata("111122223333", id, "vpc-" + id, "subnet-" + id, "i-" + id, "eu-west-1",
                "euw1-az2", null, null, null, "res-" + id, Map.of("interface-tag", tag));
    }

    private static String fieldByField(RecordFormat format, FlowRecord record) {
        return format.fields().stream().map(f -> f.render(record, format.version())).collect(Collectors.joining(" "));
    }

    @Test
    void interleavedInterfacesAndFormatsRenderAsEachFieldDoes() {
        RecordFormat every = RecordFormat.parse(Arrays.stream(FlowField.values())
                .map(f -> "${" + f.fieldName() + "}").collect(Collectors.joining(" ")));
        RecordFormat mixed = RecordFormat.parse("${srcaddr} ${account-id} ${vpc-id} ${packets} ${interface-tag} "
                + "${version}");
        InterfaceMetadata a = eni("eni-a", "web");
        InterfaceMetadata b = eni("eni-b", "db");
        InterfaceMetadata wide = eni("eni-c", "caf\u00e9-\u4e2d");
        FiveTuple tuple = new FiveTuple("10.0.0.10", "10.0.0.2", 40_000, 443, FiveTuple.TCP);
        List<FlowRecord> records = List.of(
                FlowRecord.ok(a, tuple, 3, 180, 100, 160, Action.ACCEPT, 2, null),
                FlowRecord.ok(b, tuple.reversed(), 4, 400, 101, 150, Action.REJECT, 0,
                        FlowDetail.plain(tuple.reversed(), FlowDirection.INGRESS, null)),
                FlowRecord.noData(a, 100, 159),
                FlowRecord.ok(wide, tuple, 1, 60, 100, 100, Action.ACCEPT, 0, null),
                FlowRecord.skipData(b, 100, 159),
                FlowRecord.ok(a, tuple, 5, 500, 120, 130, Action.ACCEPT, 19, null));
        LineWriter line = new LineWriter();
        for (int round = 0; round < 2; round++) {
            for (FlowRecord record : records) {
                for (RecordFormat format : List.of(every, mixed, RecordFormat.DEFAULT)) {
                    assertEquals(fieldByField(format, record), format.render(record));
                    if (record.eni() == wide && format != RecordFormat.DEFAULT) {
                        assertFalse(format.write(RecordRow.of(record), line), "text beyond Latin-1 is not bytes");
                    }
                }
            }
        }
    }

    /**
     * A flow line's lead (the constant part and its space) is copied only when the buffer does not begin with it:
     * lines of one interface in a row, another interface of another length, other formats, other statuses and other
     * use of the writer in between each still give the line the fields render.
     */
    @Test
    void theLeadKeptInTheBufferIsOnlyReusedForTheSameInterfaceAndFormat() {
        RecordFormat tailOnly = RecordFormat.parse("${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} "
                + "${packets} ${bytes} ${start} ${end} ${action} ${log-status}");
        RecordFormat accountFirst = RecordFormat.parse("${account-id} ${vpc-id} " + tailOnly.formatString());
        RecordFormat partFirst = RecordFormat.parse("${version} ${interface-id} ${srcaddr} ${packets} ${tcp-flags} "
                + "${region} ${flow-direction} ${log-status}");
        RecordFormat partOnly = RecordFormat.parse("${account-id} ${interface-id}");
        InterfaceMetadata a = eni("eni-a", "web");
        InterfaceMetadata longer = eni("eni-0123456789abcdef0", "db");
        FiveTuple tuple = new FiveTuple("10.0.0.10", "10.0.0.2", 40_000, 443, FiveTuple.TCP);
        FiveTuple text = new FiveTuple("2001:db8::1", "2001:db8::2", 5, 6, FiveTuple.UDP);
        List<FlowRecord> records = List.of(
                FlowRecord.ok(a, tuple, 3, 180, 1_767_225_600L, 1_767_225_660L, Action.ACCEPT, 2, null),
                FlowRecord.ok(a, tuple.reversed(), 4, 400, 1_767_225_601L, 1_767_225_650L, Action.REJECT, 0, null),
                FlowRecord.ok(longer, tuple, 1, 60, 100, 100, Action.ACCEPT, 0, null),
                FlowRecord.ok(longer, text, 1, 60, 100, 100, Action.ACCEPT, 0, null),
                FlowRecord.ok(a, text, 7, 70_000, 100, 100, Action.ACCEPT, 0, null),
                FlowRecord.noData(a, 100, 159),
                FlowRecord.ok(a, tuple, 5, 500, 120, 130, Action.ACCEPT, 19, null),
                FlowRecord.skipData(longer, 100, 159),
                FlowRecord.ok(longer, tuple, 5, 500, 120, 130, Action.ACCEPT, 19, null));
        LineWriter line = new LineWriter();
        for (int round = 0; round < 3; round++) {
            for (FlowRecord record : records) {
                for (RecordFormat format : List.of(RecordFormat.DEFAULT, accountFirst, tailOnly, partFirst,
                        partOnly)) {
                    for (int again = 0; again < 2; again++) {
                        assertTrue(format.write(RecordRow.of(record), line));
                        assertEquals(fieldByField(format, record), line.finish(), format + " " + record);
                    }
                    if (round == 1) {
                        // Other use of the writer between lines overwrites the start of its buffer.
                        line.reset();
                        line.text("#".repeat(60));
                    }
                }
            }
        }
    }
}
