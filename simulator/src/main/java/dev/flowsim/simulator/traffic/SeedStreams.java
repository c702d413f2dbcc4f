package dev.flowsim.simulator.traffic;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives independent random streams from the one seed of a run. A stream depends only on the seed and on the
 * names it is derived for (purpose, interface, window), never on which thread asks or in which order, so the same
 * seed gives byte-identical traffic however deliveries interleave.
 */
public final class SeedStreams {

    private final long rootSeed;

    public SeedStreams(long rootSeed) {
        this.rootSeed = rootSeed;
    }

    public long rootSeed() {
        return rootSeed;
    }

    /** A fresh generator for the given path of names, e.g. {@code ("window", "eni-0abc", "1767225600", "60")}. */
    public SplittableRandom stream(String... path) {
        return new SplittableRandom(derive(path));
    }

    long derive(String... path) {
        long state = mix64(rootSeed ^ 0x9E3779B97F4A7C15L);
        for (String name : path) {
            state = extend(state, name);
        }
        return state;
    }

    /**
     * The state {@link #derive} reaches after {@code name}, from the state reached before it: a path shared by many
     * streams (the window's names, the same for every interface) is hashed once, not once per stream.
     */
    static long extend(long state, String name) {
        return extendHashed(state, nameHash(name));
    }

    /** As {@link #extend}, with the name already hashed ({@link #nameHash}). */
    static long extendHashed(long state, long nameHash) {
        return mix64(state ^ nameHash);
    }

    static long nameHash(String name) {
        return fnv1a64(name);
    }

    /** The SplitMix64 finaliser: spreads every input bit over the whole output. */
    public static long mix64(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a64(String name) {
        long hash = 0xCBF29CE484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001B3L;
        }
        return hash;
    }
}
