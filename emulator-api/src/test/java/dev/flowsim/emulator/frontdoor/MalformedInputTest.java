package dev.flowsim.emulator.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flowsim.emulator.Emulator;
import dev.flowsim.emulator.EmulatorOptions;
import dev.flowsim.emulator.clock.SimulatedClock;
import dev.flowsim.emulator.http.ServerConfig;
import dev.flowsim.emulator.wire.WireRequest;
import dev.flowsim.emulator.wire.WireResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signed requests with broken bodies reach the decoders and validators, and every one gets a clean 4xx in the
 * service's own error shape: never a 500, never a stack trace, and XML-significant characters in any string field
 * never break the XML or JSON that carries them back.
 */
class MalformedInputTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HOSTILE = "<&>\"'</Error>]]><!--";

    static Emulator emulator;

    @BeforeAll
    static void start() {
        emulator = Emulator.create(EmulatorOptions.defaults()
                .withClock(SimulatedClock.manual(Instant.parse("2026-01-15T10:00:00Z")))
                .withServer(ServerConfig.defaults().withPort(0)));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    /** The response is a 4xx whose body parses in the protocol's shape and names an error code. */
    static void assertClean4xx(WireResponse response, boolean json) {
        String body = response.bodyAsUtf8();
        assertTrue(response.status() >= 400 && response.status() < 500, response.status() + " " + body);
        assertFalse(body.contains("at dev.flowsim") || body.contains("at java.") || body.contains("Exception:"), body);
        if (json) {
            JsonNode node = parseJson(body);
            assertTrue(node.hasNonNull("__type"), body);
        } else {
            assertTrue(parseXml(body).contains("<Code>") || body.contains("<Code>"), body);
        }
    }

    static JsonNode parseJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static String parseXml(String body) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(body)));
            return body;
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + body, e);
        }
    }

    /** Bodies no operation can accept: not JSON, not an object, bad encoding, too deep, numbers too long. */
    static Stream<byte[]> unreadableJsonBodies() {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add("{".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"logGroupName\":".getBytes(StandardCharsets.UTF_8));
        bodies.add("[1,2,3]".getBytes(StandardCharsets.UTF_8));
        bodies.add("\"just a string\"".getBytes(StandardCharsets.UTF_8));
        bodies.add("{} {}".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[]{'{', '"', 'l', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0});
        bodies.add(("{\"limit\":" + "9".repeat(400) + "}").getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
        bodies.add(("{\"a\":" + "{\"b\":".repeat(2000) + "1" + "}".repeat(2001)).getBytes(StandardCharsets.UTF_8));
        bodies.add("\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8));
        return bodies.stream();
    }

    /**
     * Well-formed JSON with members of the wrong type or out of range: an error for the operations that have those
     * members; the others ignore unknown members, as AWS's deserializers do.
     */
    static Stream<byte[]> mistypedJsonBodies() {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add("{\"limit\":1e999999}".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"startTime\":99999999999999999999999}".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"limit\":-1.5e308}".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"logGroupName\":{\"nested\":true}}".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"logEvents\":\"not a list\",\"logGroupName\":\"g\",\"logStreamName\":\"s\"}"
                .getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"logEvents\":[{\"timestamp\":\"x\",\"message\":1}],\"logGroupName\":\"g\",\"logStreamName\":\"s\"}"
                .getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"logEvents\":[{\"timestamp\":18446744073709551616,\"message\":\"m\"}],\"logGroupName\":\"g\","
                .concat("\"logStreamName\":\"s\"}").getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"logGroupName\":\"g\",\"logStreamName\":\"s\",\"limit\":99999999999999999999}"
                .getBytes(StandardCharsets.UTF_8));
        return bodies.stream();
    }

    static final List<String> LOGS_OPERATIONS = List.of("CreateLogGroup", "DescribeLogGroups", "CreateLogStream",
            "DescribeLogStreams", "PutLogEvents", "GetLogEvents");

    @ParameterizedTest
    @MethodSource("unreadableJsonBodies")
    void unreadableJsonBodiesAreCleanErrorsForEveryLogsOperation(byte[] body) {
        for (String op : LOGS_OPERATIONS) {
            WireResponse response = emulator.handle(SignedWire.logs(op, body));
            assertClean4xx(response, true);
            assertEquals("SerializationException", parseJson(response.bodyAsUtf8()).get("__type").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("mistypedJsonBodies")
    void mistypedJsonBodiesNeverFailTheServer(byte[] body) {
        int refused = 0;
        for (String op : LOGS_OPERATIONS) {
            WireResponse response = emulator.handle(SignedWire.logs(op, body));
            assertCleanOrSuccess(response, true);
            refused += response.status() >= 400 ? 1 : 0;
        }
        assertTrue(refused > 0, "some operation has the mistyped member and refuses it");
    }

    /** Never a 5xx; an error is in the protocol's shape. */
    static void assertCleanOrSuccess(WireResponse response, boolean json) {
        assertTrue(response.status() < 500, response.status() + " " + response.bodyAsUtf8());
        if (response.status() >= 400) {
            assertClean4xx(response, json);
        }
    }

    static byte[] form(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Stream<byte[]> brokenFormBodies() {
        return Stream.of(
                "Action=GetCallerIdentity&Version=2011-06-15&Bad=%ZZ".getBytes(StandardCharsets.UTF_8),
                "Action=AssumeRole&Version=2011-06-15&RoleArn=%".getBytes(StandardCharsets.UTF_8),
                new byte[]{'A', 'c', 't', 'i', 'o', 'n', '=', (byte) 0xC3, (byte) 0x28},
                "Action=&Version=".getBytes(StandardCharsets.UTF_8),
                "&&&===&&".getBytes(StandardCharsets.UTF_8),
                "Action=NoSuchThing&Version=2011-06-15".getBytes(StandardCharsets.UTF_8),
                "Action=AssumeRole&Version=2011-06-15&DurationSeconds=99999999999999999999999"
                        .getBytes(StandardCharsets.UTF_8),
                "Action=AssumeRole&Version=2011-06-15&DurationSeconds=-1e9".getBytes(StandardCharsets.UTF_8),
                "Action=CreateRole&Version=2010-05-08&RoleName=r&MaxSessionDuration=1e99&AssumeRolePolicyDocument={"
                        .getBytes(StandardCharsets.UTF_8),
                "Action=DescribeVpcs&Version=2016-11-15&MaxResults=99999999999999999999".getBytes(StandardCharsets.UTF_8),
                "Action=DescribeVpcs&Version=2016-11-15&Filter.1.Name=vpc-id&Filter.1.Value.1=%00"
                        .getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("brokenFormBodies")
    void brokenFormBodiesAreCleanErrorsForEveryQueryService(byte[] body) {
        int refused = 0;
        for (String service : List.of("sts", "iam", "ec2")) {
            WireResponse response = emulator.handle(SignedWire.query(service, body));
            assertCleanOrSuccess(response, false);
            refused += response.status() >= 400 ? 1 : 0;
        }
        assertTrue(refused >= 2, "at most the service that owns the action accepts it");
    }

    /** Every string member of the Query operations, one at a time, carries XML-significant characters. */
    @Test
    void xmlSignificantCharactersInEveryQueryStringFieldComeBackEscaped() {
        Map<String, Map<String, String>> operations = new LinkedHashMap<>();
        operations.put("sts", ordered("Action", "AssumeRole", "Version", "2011-06-15",
                "RoleArn", "arn:aws:iam::000000000000:role/R", "RoleSessionName", "s", "ExternalId", "e1",
                "Policy", "{}", "SourceIdentity", "si", "SerialNumber", "arn:aws:iam::0:mfa/x", "TokenCode", "123456",
                "Tags.member.1.Key", "k", "Tags.member.1.Value", "v", "TransitiveTagKeys.member.1", "k",
                "DurationSeconds", "900"));
        operations.put("iam", ordered("Action", "CreateRole", "Version", "2010-05-08", "RoleName", "r",
                "Path", "/", "AssumeRolePolicyDocument", "{}", "Description", "d", "MaxSessionDuration", "3600",
                "Tags.member.1.Key", "k", "Tags.member.1.Value", "v"));
        operations.put("ec2", ordered("Action", "CreateFlowLogs", "Version", "2016-11-15",
                "ResourceType", "VPC", "ResourceId.1", "vpc-1", "TrafficType", "ALL", "LogGroupName", "g",
                "DeliverLogsPermissionArn", "arn:aws:iam::000000000000:role/R", "LogFormat", "${version}",
                "LogDestinationType", "cloud-watch-logs", "MaxAggregationInterval", "60"));
        int checked = 0;
        for (var op : operations.entrySet()) {
            for (String field : op.getValue().keySet()) {
                if (field.equals("Version")) {
                    continue;
                }
                Map<String, String> params = new LinkedHashMap<>(op.getValue());
                params.put(field, params.get(field) + HOSTILE);
                WireResponse response = emulator.handle(SignedWire.query(op.getKey(), form(params)));
                assertClean4xx(response, false);
                checked++;
            }
        }
        assertTrue(checked >= 29, "fields checked: " + checked);
    }

    @Test
    void xmlSignificantCharactersInEveryLogsStringFieldComeBackAsValidJson() throws Exception {
        Map<String, String> fields = ordered("logGroupName", "g", "logStreamName", "s", "kmsKeyId", "k",
                "logGroupNamePrefix", "p", "logStreamNamePrefix", "p", "nextToken", "t", "orderBy", "LogStreamName",
                "logGroupClass", "STANDARD", "logGroupIdentifier", "g");
        for (String op : List.of("CreateLogGroup", "DescribeLogGroups", "CreateLogStream", "DescribeLogStreams",
                "GetLogEvents")) {
            for (String field : fields.keySet()) {
                var body = JSON.createObjectNode();
                body.put(field, fields.get(field) + HOSTILE);
                WireResponse response = emulator.handle(SignedWire.logs(op, JSON.writeValueAsBytes(body)));
                assertCleanOrSuccess(response, true);
            }
        }
    }

    @Test
    void anUnsignedBodyOfGarbageIsStillAnAwsError() {
        WireRequest garbage = new WireRequest("POST", "/", "", List.of(Map.entry("Content-Type", "text/plain")),
                new byte[]{(byte) 0xC3, (byte) 0x28, 0, '<', '&'}, "127.0.0.1");
        WireResponse response = emulator.handle(garbage);
        assertEquals(403, response.status(), response.bodyAsUtf8());
        parseXml(response.bodyAsUtf8());
    }

    static Map<String, String> ordered(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
