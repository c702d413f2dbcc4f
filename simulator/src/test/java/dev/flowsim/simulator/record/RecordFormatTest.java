package dev.flowsim.simulator.record;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordFormatTest {

    private static final FlowRecord SSH_ACCEPTED = FlowRecord.ok("123456789010", "eni-1235b8ca123456789",
            new FiveTuple("172.31.16.139", "172.31.16.21", 20641, 22, FiveTuple.TCP), 20, 4249,
            1418530010, 1418530070, Action.ACCEPT);

    @Test
    void defaultFormatRendersTheAwsDocumentationExample() {
        assertEquals("2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 "
                + "1418530010 1418530070 ACCEPT OK", RecordFormat.DEFAULT.render(SSH_ACCEPTED));
    }

    @Test
    void noDataRecordHasDashesForEveryFlowField() {
        FlowRecord idle = FlowRecord.noData("123456789010", "eni-1235b8ca123456789", 1431280876, 1431280934);
        assertEquals("2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA",
                RecordFormat.DEFAULT.render(idle));
    }

    @Test
    void skipDataRecordHasTheNoDataShape() {
        FlowRecord skipped = FlowRecord.skipData("123456789010", "eni-1", 100, 159);
        assertEquals("2 123456789010 eni-1 - - - - - - - 100 159 - SKIPDATA", RecordFormat.DEFAULT.render(skipped));
    }

    @Test
    void defaultFormatListsTheFourteenVersionTwoFieldsInOrder() {
        assertEquals(14, RecordFormat.DEFAULT.fields().size());
        assertEquals(FlowField.VERSION, RecordFormat.DEFAULT.fields().get(0));
        assertEquals(FlowField.LOG_STATUS, RecordFormat.DEFAULT.fields().get(13));
        assertEquals(2, RecordFormat.DEFAULT.version());
        assertEquals(RecordFormat.DEFAULT_FORMAT_STRING, RecordFormat.DEFAULT.formatString());
    }

    @Test
    void customFormatWithVersionTwoFieldsRendersThemInItsOwnOrder() {
        RecordFormat format = RecordFormat.parse("${action} ${srcaddr} ${dstport} ${bytes} ${interface-id}");
        assertEquals("ACCEPT 172.31.16.139 22 4249 eni-1235b8ca123456789", format.render(SSH_ACCEPTED));
    }

    @Test
    void aFieldMayAppearTwice() {
        RecordFormat format = RecordFormat.parse("${start} ${start}");
        assertEquals("1418530010 1418530010", format.render(SSH_ACCEPTED));
    }

    @Test
    void unknownFieldIsRefusedAsUnknown() {
        LogFormatException error = assertThrows(LogFormatException.class,
                () -> RecordFormat.parse("${version} ${timestamp}"));
        assertTrue(error.getMessage().startsWith("unknown flow-log field ${timestamp}"), error.getMessage());
        assertTrue(error.getMessage().contains("${next-hop-interface-type}"), "lists the known fields: "
                + error.getMessage());
    }

    @Test
    void malformedFormatsAreRefusedNamingTheToken() {
        assertTrue(assertThrows(LogFormatException.class, () -> RecordFormat.parse("${version} "))
                .getMessage().contains("has the token ''"));
        assertTrue(assertThrows(LogFormatException.class, () -> RecordFormat.parse("$${version}"))
                .getMessage().contains("'$${version}'"));
        assertTrue(assertThrows(LogFormatException.class, () -> RecordFormat.parse("${srcaddr}  ${dstaddr}"))
                .getMessage().contains("one space"));
        assertThrows(LogFormatException.class, () -> RecordFormat.parse(""));
        assertThrows(LogFormatException.class, () -> RecordFormat.parse("version srcaddr"));
    }

    @Test
    void formatsWithTheSameStringAreEqual() {
        assertEquals(RecordFormat.DEFAULT, RecordFormat.parse(RecordFormat.DEFAULT_FORMAT_STRING));
    }
}
