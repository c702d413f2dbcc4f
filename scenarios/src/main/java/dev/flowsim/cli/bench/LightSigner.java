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
import java.util.LinkedHashMap;
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
        return prepare(headers).sign(bodySha256Hex, at);
    }

    /**
     * Sorts and lower-cases a fixed set of headers once, for a connection that sends many requests with them. Every
     * {@link PreparedPost#sign} still builds the canonical request, hashes it and signs it for its own time and body.
     */
    public PreparedPost prepare(Map<String, String> headers) {
        TreeMap<String, String> sorted = new TreeMap<>();
        headers.forEach((k, v) -> sorted.put(k.toLowerCase(java.util.Locale.ROOT), v.trim()));
        sorted.put("x-amz-date", "");
        return new PreparedPost(sorted);
    }

    /** Signing for one fixed set of headers; use from the signer's thread only. */
    public final class PreparedPost {
        private final String[] names;
        private final String[] values;
        private final String signedNames;
        private final int dateIndex;
        private final StringBuilder canonical = new StringBuilder(512);

        private PreparedPost(TreeMap<String, String> sorted) {
            names = sorted.keySet().toArray(new String[0]);
            values = sorted.values().toArray(new String[0]);
            signedNames = String.join(";", names);
            dateIndex = java.util.Arrays.asList(names).indexOf("x-amz-date");
        }

        /** The headers to send for a body with this SHA-256 hex at this time: X-Amz-Date and Authorization added. */
        public Map<String, String> sign(String bodySha256Hex, Instant at) {
            String amzDate = AMZ_DATE.format(at);
            String date = amzDate.substring(0, 8);
            values[dateIndex] = amzDate;
            canonical.setLength(0);
            canonical.append("POST\n/\n\n");
            for (int i = 0; i < names.length; i++) {
                canonical.append(names[i]).append(':').append(values[i]).append('\n');
            }
            canonical.append('\n').append(signedNames).append('\n').append(bodySha256Hex);
            String scope = date + "/" + region + "/" + service + "/aws4_request";
            String stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
                    + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
            String signature = HEX.formatHex(mac(key(date), stringToSign));
            Map<String, String> out = new LinkedHashMap<>(names.length * 2 + 2);
            for (int i = 0; i < names.length; i++) {
                out.put(names[i], values[i]);
            }
            out.put("authorization", "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope
                    + ", SignedHeaders=" + signedNames + ", Signature=" + signature);
            return out;
        }
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
