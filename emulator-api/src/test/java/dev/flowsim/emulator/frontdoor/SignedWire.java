package dev.flowsim.emulator.frontdoor;

import dev.flowsim.emulator.wire.WireRequest;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds requests signed by the AWS SDK's SigV4 signer (root keys test/test), for in-process and socket tests. */
final class SignedWire {

    static final AwsCredentialsIdentity ROOT = AwsCredentialsIdentity.create("test", "test");
    static final String LOGS_TARGET = "Logs_20140328.";

    private SignedWire() {
    }

    /** A CloudWatch Logs JSON 1.1 call with an arbitrary body (the bytes are signed as they are). */
    static WireRequest logs(String operation, byte[] body) {
        return sign("logs", "us-east-2", SdkHttpRequest.builder().method(SdkHttpMethod.POST).protocol("http")
                .host("127.0.0.1").port(4566).encodedPath("/")
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", LOGS_TARGET + operation).build(), body);
    }

    /** A Query call (STS, IAM, EC2) with an arbitrary form body. */
    static WireRequest query(String service, byte[] body) {
        return sign(service, "iam".equals(service) ? "us-east-1" : "us-east-2", SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST).protocol("http").host("127.0.0.1").port(4566).encodedPath("/")
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build(), body);
    }

    static WireRequest sign(String service, String region, SdkHttpRequest unsigned, byte[] body) {
        var signed = AwsV4HttpSigner.create().sign(r -> r.identity(ROOT).request(unsigned)
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        SdkHttpRequest request = signed.request();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        request.forEachHeader((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        if (request.firstMatchingHeader("Host").isEmpty()) {
            headers.add(Map.entry("Host", request.host() + ":" + request.port()));
        }
        return new WireRequest(request.method().name(), request.encodedPath(),
                request.encodedQueryParameters().orElse(""), headers, body, "127.0.0.1");
    }

    /** The request as HTTP/1.1 bytes for a raw socket (Host kept, Content-Length set). */
    static byte[] toHttp(WireRequest request) {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.rawPath())
                .append(request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery()).append(" HTTP/1.1\r\n");
        request.headers().forEach(h -> {
            if (!h.getKey().equalsIgnoreCase("Content-Length")) {
                head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
        });
        head.append("Content-Length: ").append(request.body().length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] out = new byte[headBytes.length + request.body().length];
        System.arraycopy(headBytes, 0, out, 0, headBytes.length);
        System.arraycopy(request.body(), 0, out, headBytes.length, request.body().length);
        return out;
    }
}
