package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.Ipv4;

import java.util.random.RandomGenerator;

/** Random but believable addresses and ports of hosts on the internet. */
final class InternetAddresses {

    private InternetAddresses() {
    }

    /**
     * A public unicast IPv4 address. Whole /8 blocks that hold private, shared, loopback, link-local or
     * documentation ranges are skipped, which keeps the rule simple and the results unmistakably public.
     */
    static String publicIpv4(RandomGenerator rng) {
        return Ipv4.text((int) publicIpv4Number(rng));
    }

    /** As {@link #publicIpv4}, the same draws in the same order, as an unsigned 32-bit number. */
    static long publicIpv4Number(RandomGenerator rng) {
        int first;
        do {
            first = rng.nextInt(1, 224);
        } while (first == 10 || first == 100 || first == 127 || first == 169 || first == 172 || first == 192
                || first == 198 || first == 203);
        int second = rng.nextInt(256);
        int third = rng.nextInt(256);
        int fourth = rng.nextInt(1, 255);
        return ((long) first << 24) | (second << 16) | (third << 8) | fourth;
    }

    /** A client source port: mostly the Linux ephemeral range, sometimes the Windows one. */
    static int clientPort(RandomGenerator rng) {
        return rng.nextDouble() < 0.7 ? linuxEphemeralPort(rng) : rng.nextInt(49_152, 65_536);
    }

    static int linuxEphemeralPort(RandomGenerator rng) {
        return rng.nextInt(32_768, 61_000);
    }
}
