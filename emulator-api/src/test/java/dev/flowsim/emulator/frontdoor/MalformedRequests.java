package dev.flowsim.emulator.frontdoor;

import dev.flowsim.emulator.wire.WireRequest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded generator of requests that no AWS service accepts, each malformed by construction, so none can change
 * state: JSON that cannot parse (truncated, invalid UTF-8, too deep, numbers too long, duplicate keys, not an object),
 * forms with broken escapes or invalid UTF-8 or names no model allows, unknown actions and targets, broken or
 * missing signatures, and admin paths from non-loopback peers. Signed variants reach the decoders and validators.
 */
final class MalformedRequests {

    private static final String[] LOGS_OPS = {"CreateLogGroup", "DescribeLogGroups", "CreateLogStream",
            "DescribeLogStreams", "PutLogEvents", "GetLogEvents"};
    private static final String[] HOSTILE = {"<", ">", "&", "\"", "'", "]]>", "<!--", "\u0000", "\uFFFF", "%", "\\"};

    private final SplittableRandom random;

    MalformedRequests(long seed) {
        this.random = new SplittableRandom(seed);
    }

    WireRequest next() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> SignedWire.logs(LOGS_OPS[random.nextInt(LOGS_OPS.length)], unreadableJson());
            case 3, 4 -> SignedWire.query(pick("sts", "iam", "ec2"), brokenForm());
            case 5 -> SignedWire.query(pick("sts", "iam", "ec2"), invalidNames());
            case 6 -> unsigned();
            case 7 -> badlySigned();
            case 8 -> SignedWire.logs("No" + random.nextInt(1000) + "Such", validJsonObject());
            default -> admin();
        };
    }

    /** A request refused before any signature math: unsigned, badly signed, or an admin path from afar. */
    WireRequest nextUnsigned() {
        return switch (random.nextInt(3)) {
            case 0 -> unsigned();
            case 1 -> badlySigned();
            default -> admin();
        };
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String hostile() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.append(HOSTILE[random.nextInt(HOSTILE.length)]).append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    private byte[] validJsonObject() {
        return ("{\"logGroupName\":\"g" + random.nextInt(100) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** JSON that fails to parse, or parses to something other than one object. */
    private byte[] unreadableJson() {
        String name = "\"logGroupName\":\"" + hostile().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return switch (random.nextInt(8)) {
            case 0 -> {
                String whole = "{" + name + ",\"limit\":" + random.nextInt(50) + "}";
                yield whole.substring(0, 1 + random.nextInt(whole.length() - 2)).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                byte[] prefix = ("{" + name + ",\"x\":\"").getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[prefix.length + 3];
                System.arraycopy(prefix, 0, out, 0, prefix.length);
                out[prefix.length] = (byte) (0x80 + random.nextInt(0x40));
                out[prefix.length + 1] = '"';
                out[prefix.length + 2] = '}';
                yield out;
            }
            case 2 -> ("{\"a\":" + "[".repeat(65 + random.nextInt(2000)) + "]").getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"limit\":" + "9".repeat(65 + random.nextInt(1000)) + "}").getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{" + name + "," + name + "}").getBytes(StandardCharsets.UTF_8);
            case 5 -> ("[" + random.nextInt() + "]").getBytes(StandardCharsets.UTF_8);
            case 6 -> ("{" + name + "} trailing").getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] noise = new byte[1 + random.nextInt(64)];
                random.nextBytes(noise);
                noise[0] = (byte) '}';
                yield noise;
            }
        };
    }

    /** Form bodies with a broken escape or invalid UTF-8 somewhere. */
    private byte[] brokenForm() {
        String head = "Action=" + pick("AssumeRole", "CreateRole", "CreateFlowLogs", "GetCallerIdentity")
                + "&Version=" + pick("2011-06-15", "2010-05-08", "2016-11-15");
        if (random.nextBoolean()) {
            return (head + "&RoleName=" + pick("%", "%G0", "%4", "a%zz")).getBytes(StandardCharsets.UTF_8);
        }
        byte[] prefix = (head + "&RoleName=x").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        out[prefix.length] = (byte) (0xC0 + random.nextInt(0x20));
        return out;
    }

    /** Well-formed forms whose names break the model's pattern, or name an action that does not exist. */
    private byte[] invalidNames() {
        String bad = java.net.URLEncoder.encode(hostile(), StandardCharsets.UTF_8);
        return switch (random.nextInt(4)) {
            case 0 -> ("Action=CreateRole&Version=2010-05-08&RoleName=" + bad
                    + "&AssumeRolePolicyDocument=%7B%7D").getBytes(StandardCharsets.UTF_8);
            case 1 -> ("Action=AssumeRole&Version=2011-06-15&RoleArn=arn:aws:iam::000000000000:role/R"
                    + "&RoleSessionName=" + bad).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("Action=CreateFlowLogs&Version=2016-11-15&ResourceType=VPC&ResourceId.1=" + bad
                    + "&TrafficType=" + bad).getBytes(StandardCharsets.UTF_8);
            default -> ("Action=" + bad + "&Version=2011-06-15").getBytes(StandardCharsets.UTF_8);
        };
    }

    private WireRequest unsigned() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (random.nextBoolean()) {
            headers.add(Map.entry("X-Amz-Target", "Logs_20140328." + LOGS_OPS[random.nextInt(LOGS_OPS.length)]));
        }
        headers.add(Map.entry("X-Amz-Date", pick("20260115T100000Z", "garbage", "")));
        byte[] body = new byte[random.nextInt(128)];
        random.nextBytes(body);
        return new WireRequest(pick("POST", "GET", "PUT", "DELETE"), pick("/", "/x", "/%zz", "//.."),
                pick("", "a=b", "%", "X-Amz-Signature=zz"), headers, body, "127.0.0.1");
    }

    private WireRequest badlySigned() {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry("Authorization", pick(
                "AWS4-HMAC-SHA256 Credential=test/20260115/us-east-2/logs/aws4_request, SignedHeaders=host, Signature=00",
                "AWS4-HMAC-SHA256 Credential=" + hostile() + ", SignedHeaders=host, Signature=" + hostile(),
                "AWS4-HMAC-SHA256 " + hostile(),
                "AWS3 " + hostile(),
                "Bearer " + hostile(),
                "AWS4-HMAC-SHA256 Credential=test/20260115/us-east-2/sts/aws4_request, SignedHeaders=x, Signature=1")));
        headers.add(Map.entry("X-Amz-Date", "20260115T100000Z"));
        headers.add(Map.entry("Host", "127.0.0.1"));
        byte[] body = ("Action=" + pick("AssumeRole", "CreateRole", "DescribeVpcs")).getBytes(StandardCharsets.UTF_8);
        return new WireRequest("POST", "/", "", headers, body, "127.0.0.1");
    }

    private WireRequest admin() {
        return new WireRequest(pick("GET", "POST", "DELETE"), pick("/_flowsim/health", "/_flowsim/decisions",
                "/_flowsim/service-credentials/vpc-flow-logs.amazonaws.com", "/_flowsim/delivery/reports",
                "/_flowsim/" + random.nextInt(1000)), "", List.of(), validJsonObject(),
                pick("10.0.0." + random.nextInt(255), "203.0.113.9", "2001:db8::" + random.nextInt(999)));
    }
}
