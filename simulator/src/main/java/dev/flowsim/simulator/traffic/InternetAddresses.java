package dev.flowsim.simulator.traffic;

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
        int first;
        do {
            first = rng.nextInt(1, 224);
        } while (first == 10 || first == 100 || first == 127 || first == 169 || first == 172 || first == 192
                || first == 198 || first == 203);
        return first + "." + rng.nextInt(256) + "." + rng.nextInt(256) + "." + rng.nextInt(1, 255);
    }

    /** A client source port: mostly the Linux ephemeral range, sometimes the Windows one. */
    static int clientPort(RandomGenerator rng) {
        return rng.nextDouble() < 0.7 ? linuxEphemeralPort(rng) : rng.nextInt(49_152, 65_536);
    }

    static int linuxEphemeralPort(RandomGenerator rng) {
        return rng.nextInt(32_768, 61_000);
    }
}
