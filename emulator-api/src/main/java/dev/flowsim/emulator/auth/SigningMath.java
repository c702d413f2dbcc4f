package dev.flowsim.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 and the HMAC-SHA256 key derivation of SigV4, on the JDK only. */
final class SigningMath {

    private static final String HMAC = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();
    private static final int MAX_CACHED_KEYS = 4096;
    private static final Map<KeyScope, byte[]> SIGNING_KEYS = new ConcurrentHashMap<>();

    /** What a derived key depends on; a record, so no per-request string of the four is built to look it up. */
    private record KeyScope(String secretAccessKey, String date, String region, String service) {
    }
    // Provider look-ups cost more than hashing a small request: one instance per thread, reset before each use.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    });
    private static final ThreadLocal<Mac> HMACS = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(HMAC);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    });

    private SigningMath() {
    }

    static String sha256Hex(byte[] data) {
        MessageDigest sha256 = SHA256.get();
        sha256.reset();
        return HEX.formatHex(sha256.digest(data));
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The signing key is an HMAC chain over "AWS4"+secret, date, region, service, "aws4_request". */
    static String signature(String secretAccessKey, SignedRequest signed, String stringToSign) {
        return HEX.formatHex(hmac(signingKey(secretAccessKey, signed), stringToSign));
    }

    /**
     * The derived key changes only with the day, region and service, so it is kept (as AWS's own signers keep it)
     * instead of running four HMACs per request. The cache is emptied when it grows past a bound.
     */
    private static byte[] signingKey(String secretAccessKey, SignedRequest signed) {
        KeyScope cacheKey = new KeyScope(secretAccessKey, signed.date(), signed.region(), signed.service());
        byte[] key = SIGNING_KEYS.get(cacheKey);
        if (key == null) {
            key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), signed.date());
            key = hmac(key, signed.region());
            key = hmac(key, signed.service());
            key = hmac(key, CredentialScope.TERMINATOR);
            if (SIGNING_KEYS.size() >= MAX_CACHED_KEYS) {
                SIGNING_KEYS.clear();
            }
            SIGNING_KEYS.put(cacheKey, key);
        }
        return key;
    }

    /** Compares without leaking, through timing, how many leading characters matched. */
    static boolean constantTimeEquals(String expected, String provided) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                provided.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = HMACS.get();
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}
