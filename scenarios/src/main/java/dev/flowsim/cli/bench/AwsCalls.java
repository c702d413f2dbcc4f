package dev.flowsim.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few signed calls the benchmark makes to set itself up (IAM, STS, Logs), over one raw connection with the
 * light signer: the same wire the load uses, so setup needs no SDK.
 */
public final class AwsCalls implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGS_PREFIX = "Logs_20140328.";

    private final RawHttpConnection connection;

    AwsCalls(InetSocketAddress address) throws IOException {
        connection = new RawHttpConnection(address, 30_000);
    }

    /** A CloudWatch Logs JSON 1.1 call; returns the parsed response body or fails with AWS's error. */
    JsonNode logs(Keys keys, String region, String operation, Object input) throws IOException {
        byte[] body = JSON.writeValueAsBytes(input);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", connection.host());
        headers.put("Content-Type", "application/x-amz-json-1.1");
        headers.put("X-Amz-Target", LOGS_PREFIX + operation);
        RawHttpConnection.Response response = send(keys, region, "logs", headers, body);
        return JSON.readTree(response.body().length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : response.body());
    }

    /** A Query call (IAM, STS); returns the XML response text. */
    String query(Keys keys, String region, String service, Map<String, String> params, Map<String, String> extra)
            throws IOException {
        StringBuilder form = new StringBuilder();
        params.forEach((k, v) -> form.append(form.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        Map<String, String> headers = new LinkedHashMap<>(extra);
        headers.put("Host", connection.host());
        headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        return send(keys, region, service, headers, form.toString().getBytes(StandardCharsets.UTF_8)).text();
    }

    private RawHttpConnection.Response send(Keys keys, String region, String service, Map<String, String> headers,
                                            byte[] body) throws IOException {
        LightSigner signer = new LightSigner(keys.accessKeyId(), keys.secret(), region, service);
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (keys.sessionToken() != null) {
            all.put("X-Amz-Security-Token", keys.sessionToken());
        }
        Map<String, String> signed = signer.signPost(all, signer.sha256Hex(body), Instant.now());
        RawHttpConnection.Response response = connection.send("POST", "/", signed, body);
        if (response.status() != 200) {
            throw new IOException(service + " call failed with HTTP " + response.status() + ": " + response.text());
        }
        return response;
    }

    /** GET on the emulator's admin API (loopback only). */
    JsonNode admin(String path) throws IOException {
        RawHttpConnection.Response response = connection.send("GET", path, Map.of("Host", connection.host()),
                new byte[0]);
        if (response.status() != 200) {
            throw new IOException("GET " + path + " failed with HTTP " + response.status() + ": " + response.text());
        }
        return JSON.readTree(response.body());
    }

    static String xmlElement(String xml, String name) throws IOException {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(xml);
        if (!m.find()) {
            throw new IOException("no <" + name + "> in the response: " + xml);
        }
        return m.group(1);
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    /** Access key, secret and, for a role session, its token. */
    public record Keys(String accessKeyId, String secret, String sessionToken) {
    }
}
