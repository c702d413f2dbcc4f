package dev.flowsim.simulator.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signature Version 4 for {@code POST /} with a small, fixed set of headers, as the direct PutLogEvents path sends
 * it. Keeps what does not change per request, the derived signing key of a secret for a day, region and service;
 * everything else is computed per request. Safe for concurrent use (digest and MAC are per thread).
 */
final class SigV4Signer {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final HexFormat HEX = HexFormat.of();
    /** Session credentials change every hour or so; a bound keeps a long run from collecting keys. */
    private static final int MAX_CACHED_KEYS = 4_096;

    private final ThreadLocal<MessageDigest> sha256 = ThreadLocal.withInitial(() -> instance("SHA-256", true));
    private final ThreadLocal<Mac> hmac = ThreadLocal.withInitial(() -> instance("HmacSHA256", false));
    private final Map<String, byte[]> signingKeys = new ConcurrentHashMap<>();

    /**
     * @param names       lower-case header names in ascending order, all of them signed
     * @param values      their values, already trimmed, in the same order
     * @param amzDate     the {@code X-Amz-Date} value (yyyyMMdd'T'HHmmss'Z'), also among the headers
     * @return the {@code Authorization} header value
     */
    String authorization(String accessKeyId, String secretKey, String region, String service, String amzDate,
                         String[] names, String[] values, byte[] body) {
        StringBuilder signedHeaders = new StringBuilder(96);
        StringBuilder canonical = new StringBuilder(256 + 64 * names.length);
        canonical.append("POST\n/\n\n");
        for (int i = 0; i < names.length; i++) {
            canonical.append(names[i]).append(':').append(values[i]).append('\n');
            if (i > 0) {
                signedHeaders.append(';');
            }
            signedHeaders.append(names[i]);
        }
        canonical.append('\n').append(signedHeaders).append('\n').append(hex(sha256.get().digest(body)));
        String date = amzDate.substring(0, 8);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + hex(sha256.get().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] signature = mac(signingKey(secretKey, date, region, service), stringToSign);
        return ALGORITHM + " Credential=" + accessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + hex(signature);
    }

    private byte[] signingKey(String secretKey, String date, String region, String service) {
        String cacheKey = date + '/' + region + '/' + service + '/' + secretKey;
        byte[] key = signingKeys.get(cacheKey);
        if (key == null) {
            key = mac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
            key = mac(key, region);
            key = mac(key, service);
            key = mac(key, "aws4_request");
            if (signingKeys.size() >= MAX_CACHED_KEYS) {
                signingKeys.clear();
            }
            signingKeys.put(cacheKey, key);
        }
        return key;
    }

    private byte[] mac(byte[] key, String data) {
        try {
            Mac mac = hmac.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 refused a key", e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    @SuppressWarnings("unchecked")
    private static <T> T instance(String algorithm, boolean digest) {
        try {
            return (T) (digest ? MessageDigest.getInstance(algorithm) : Mac.getInstance(algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }
}
