package dev.flowsim.cli.bench;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small SigV4 signer for the load client: {@code POST /} requests with a handful of headers, signed afresh for
 * every request. It keeps only what is expensive and does not change per request: the derived signing key of the
 * day. The AWS SDK signs the same way but costs far more per request than the server being measured. One instance
 * per thread (it holds the digest and MAC).
 */
public final class LightSigner {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKeyId;
    private final String secret;
    private final String region;
    private final String service;
    private final MessageDigest sha256;
    private final Mac hmac;
    private String keyDate = "";
    private SecretKeySpec signingKey;

    public LightSigner(String accessKeyId, String secret, String region, String service) {
        this.accessKeyId = accessKeyId;
        this.secret = secret;
        this.region = region;
        this.service = service;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
            hmac = Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String sha256Hex(byte[] data) {
        return HEX.formatHex(sha256.digest(data));
    }

    /**
     * Signs {@code POST /} with the given headers (names in any case; all are signed) and a body whose SHA-256 hex
     * is given, at the given time. Adds {@code X-Amz-Date} and returns the headers to send, Authorization included.
     */
    public Map<String, String> signPost(Map<String, String> headers, String bodySha256Hex, Instant at) {
        String amzDate = AMZ_DATE.format(at);
        String date = amzDate.substring(0, 8);
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((k, v) -> signed.put(k.toLowerCase(java.util.Locale.ROOT), v.trim()));
        signed.put("x-amz-date", amzDate);
        StringBuilder canonical = new StringBuilder(256).append("POST\n/\n\n");
        signed.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
        String signedNames = String.join(";", signed.keySet());
        canonical.append('\n').append(signedNames).append('\n').append(bodySha256Hex);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
        String signature = HEX.formatHex(mac(key(date), stringToSign));
        signed.put("authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope
                + ", SignedHeaders=" + signedNames + ", Signature=" + signature);
        return signed;
    }

    private SecretKeySpec key(String date) {
        if (!date.equals(keyDate)) {
            byte[] k = mac(new SecretKeySpec(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256"), date);
            k = mac(new SecretKeySpec(k, "HmacSHA256"), region);
            k = mac(new SecretKeySpec(k, "HmacSHA256"), service);
            k = mac(new SecretKeySpec(k, "HmacSHA256"), "aws4_request");
            signingKey = new SecretKeySpec(k, "HmacSHA256");
            keyDate = date;
        }
        return signingKey;
    }

    private byte[] mac(SecretKeySpec key, String data) {
        try {
            hmac.init(key);
            return hmac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
