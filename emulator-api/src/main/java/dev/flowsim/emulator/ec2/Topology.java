package dev.flowsim.emulator.ec2;

/**
 * Where the simulated network comes from. The EC2 handlers and the publisher feed only read it through this
 * interface, so a topology loaded from configuration can replace {@link BuiltInTopology} without touching them.
 */
public interface Topology {

    /** The account's network in the region; {@link RegionNetwork#EMPTY} when it has none there. */
    RegionNetwork network(String accountId, String region);

    /** The network flowsim ships with (see {@link BuiltInTopology}). */
    static Topology builtIn() {
        return new BuiltInTopology();
    }
}
