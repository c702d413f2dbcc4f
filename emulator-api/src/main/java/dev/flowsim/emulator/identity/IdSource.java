package dev.flowsim.emulator.identity;

import java.util.SplittableRandom;

/**
 * Makes the emulator's identifiers (role ids, access key ids, session secrets and tokens) from one seed, so a run
 * with the same seed hands out the same ids. Not for secrets that guard anything: the service principal's key is
 * drawn from a SecureRandom instead.
 */
public final class IdSource {

    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final SplittableRandom random;

    public IdSource(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** e.g. {@code upperAlnum("AROA", 17)} for a role id, {@code ("ASIA", 16)} for a session key id. */
    public synchronized String upperAlnum(String prefix, int length) {
        return prefix + draw(UPPER_ALNUM, length);
    }

    /** A 40-character secret access key. */
    public synchronized String secretKey() {
        return draw(SECRET_CHARS, 40);
    }

    /** A session token: long and opaque, like STS's. */
    public synchronized String sessionToken() {
        return "FwoGZXIvYXdzE" + draw(SECRET_CHARS, 200);
    }

    /** A request id in UUID form. */
    public synchronized String uuid() {
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String draw(String alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(out);
    }
}
