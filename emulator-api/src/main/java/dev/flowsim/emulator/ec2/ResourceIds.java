package dev.flowsim.emulator.ec2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic EC2-shaped identifiers ({@code vpc-}, {@code subnet-}, {@code eni-}, {@code i-}, {@code fl-} + 17 hex
 * digits): a hash of what the resource is, so every run, demo and test sees the same ids without a random source.
 */
public final class ResourceIds {

    /** Current EC2 ids carry 17 hex digits after the prefix. */
    static final int HEX_DIGITS = 17;

    private ResourceIds() {
    }

    /** e.g. {@code derive("vpc-", "000000000000", "us-east-1", "default")} → {@code vpc-} + 17 hex digits. */
    public static String derive(String prefix, String... parts) {
        return prefix + hex(String.join("\u0000", parts)).substring(0, HEX_DIGITS);
    }

    /** A MAC address in AWS's shape (locally administered, lower-case), derived like the ids. */
    public static String macAddress(String... parts) {
        String h = hex(String.join("\u0000", parts));
        StringBuilder mac = new StringBuilder("02");
        for (int i = 0; i < 10; i += 2) {
            mac.append(':').append(h, i, i + 2);
        }
        return mac.toString();
    }

    private static String hex(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
