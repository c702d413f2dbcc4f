package dev.flowsim.emulator.logs.subscription;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.flowsim.emulator.protocol.JsonProtocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The record CloudWatch Logs hands a subscription destination (reference §8.1): JSON with messageType, owner,
 * logGroup, logStream, subscriptionFilters and logEvents (id, timestamp, message), gzip-compressed at the default
 * level (6, the level AWS documents for Firehose).
 */
public final class SubscriptionPayload {

    /** One delivered event; {@code id} is the stored event's 56-digit id. */
    public record Event(String id, long timestamp, String message) {
    }

    /** The health-check text AWS sends a Firehose destination when a filter is created. */
    public static final String FIREHOSE_CONTROL_TEXT = "CWL CONTROL MESSAGE: Checking health of destination Firehose.";

    private SubscriptionPayload() {
    }

    public static byte[] data(String owner, String logGroup, String logStream, String filterName, List<Event> events) {
        return gzipJson("DATA_MESSAGE", owner, logGroup, logStream, List.of(filterName), events);
    }

    /** The CONTROL_MESSAGE: owner {@code CloudwatchLogs}, empty names and filters, one event with an empty id. */
    public static byte[] control(long timestamp) {
        return gzipJson("CONTROL_MESSAGE", "CloudwatchLogs", "", "", List.of(),
                List.of(new Event("", timestamp, FIREHOSE_CONTROL_TEXT)));
    }

    private static byte[] gzipJson(String type, String owner, String logGroup, String logStream,
                                   List<String> filters, List<Event> events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + events.size() * 160);
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 8192);
             JsonGenerator json = JsonProtocol.MAPPER.getFactory().createGenerator(gzip)) {
            json.writeStartObject();
            json.writeStringField("messageType", type);
            json.writeStringField("owner", owner);
            json.writeStringField("logGroup", logGroup);
            json.writeStringField("logStream", logStream);
            json.writeArrayFieldStart("subscriptionFilters");
            for (String filter : filters) {
                json.writeString(filter);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("logEvents");
            for (Event e : events) {
                json.writeStartObject();
                json.writeStringField("id", e.id());
                json.writeNumberField("timestamp", e.timestamp());
                json.writeStringField("message", e.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build a subscription payload", e);
        }
        return bytes.toByteArray();
    }
}
