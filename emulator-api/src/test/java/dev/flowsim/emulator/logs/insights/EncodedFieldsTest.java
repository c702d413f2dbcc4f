package dev.flowsim.emulator.logs.insights;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fields read from a message's stored bytes are exactly the fields discovered in its text, for any shape. */
class EncodedFieldsTest {

    private static final String LINE = "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 "
            + "4249 1418530010 1418530070 REJECT OK";

    @Test
    void everyFieldOfEveryShapeMatchesTheTextRules() {
        List<String> messages = List.of(LINE, LINE + " extra", LINE.replace(" OK", ""), "x" + LINE,
                " " + LINE.substring(2), LINE.replace("REJECT", "RÉJECT"), LINE.replace("2 1234", "٢ 1234"),
                "2 123456789010 eni-1 - - - - - - - 1431280876 1431280934 - NODATA", "", "2", " ",
                "{\"action\":\"REJECT\",\"srcAddr\":\"10.0.0.1\"}", LINE.replace(" 6 ", "  "));
        List<String> names = new ArrayList<>(List.of(DiscoveredFields.FLOW_LOG_NAMES));
        names.addAll(List.of("start", "end", "unknown", "srcaddr"));
        for (String message : messages) {
            DiscoveredFields.Lookup text = DiscoveredFields.of(message);
            for (String name : names) {
                MessageOnlyEvent event = new MessageOnlyEvent(message);
                assertEquals(text.get(name), event.field(name), () -> name + " of '" + message + "'");
            }
        }
    }

    @Test
    void bytesScannedIsTheUtf8LengthWithoutDecoding() {
        String message = LINE.replace("REJECT", "RÉJECT");
        assertEquals(message.getBytes(StandardCharsets.UTF_8).length, new MessageOnlyEvent(message).messageBytes());
        assertEquals(message, new MessageOnlyEvent(message).message());
    }
}
