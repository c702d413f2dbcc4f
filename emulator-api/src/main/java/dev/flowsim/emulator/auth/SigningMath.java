package dev.flowsim.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 and the HMAC-SHA256 key derivation of SigV4, on the JDK only. */
final class SigningMath {

    private static final String HMAC = "HmacSHA256";

    private SigningMath() {
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The signing key is an HMAC chain over "AWS4"+secret, date, region, service, "aws4_request". */
    static String signature(String secretAccessKey, SignedRequest signed, String stringToSign) {
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), signed.date());
        key = hmac(key, signed.region());
        key = hmac(key, signed.service());
        key = hmac(key, CredentialScope.TERMINATOR);
        return HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    /** Compares without leaking, through timing, how many leading characters matched. */
    static boolean constantTimeEquals(String expected, String provided) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                provided.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}
