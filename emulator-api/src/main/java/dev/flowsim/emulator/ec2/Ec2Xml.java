package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Shapes EC2 responses share: tag sets, unsuccessful items, millisecond timestamps. */
final class Ec2Xml {

    /** EC2 prints times in UTC with milliseconds, e.g. {@code 2018-02-21T13:22:12.644Z}. */
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Ec2Xml() {
    }

    static String timestamp(Instant instant) {
        return MILLIS.format(instant);
    }

    /** {@code <tagSet><item><key/><value/></item>...</tagSet>}; an empty {@code <tagSet/>} when there are none. */
    static void tagSet(XmlElement parent, Map<String, String> tags) {
        XmlElement set = parent.child("tagSet");
        tags.forEach((k, v) -> set.child("item").add("key", k).add("value", v));
    }

    /** {@code <unsuccessful>} with one item per failure; present and empty when all succeeded, as AWS sends it. */
    static void unsuccessful(XmlElement parent, List<UnsuccessfulItem> items) {
        XmlElement set = parent.child("unsuccessful");
        for (UnsuccessfulItem u : items) {
            XmlElement item = set.child("item");
            item.child("error").add("code", u.code()).add("message", u.message());
            item.add("resourceId", u.resourceId());
        }
    }
}
