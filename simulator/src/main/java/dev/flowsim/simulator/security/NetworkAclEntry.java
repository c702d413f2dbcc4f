package dev.flowsim.simulator.security;

/**
 * One numbered network-ACL rule. Rules are evaluated in ascending number; the first that matches decides.
 *
 * @param protocol IANA number, or -1 for all
 * @param block    {@code cidr} parsed, once, for the checks of every packet; whatever is passed, it is derived
 *                 from {@code cidr}
 */
public record NetworkAclEntry(int ruleNumber, boolean egress, int protocol, int fromPort, int toPort, String cidr,
                              boolean allow, Cidr block) {

    public NetworkAclEntry {
        if (ruleNumber < 1 || ruleNumber > 32_766) {
            throw new IllegalArgumentException("network ACL rule numbers are 1-32766, got " + ruleNumber);
        }
        block = Cidr.of(cidr);
    }

    public NetworkAclEntry(int ruleNumber, boolean egress, int protocol, int fromPort, int toPort, String cidr,
                           boolean allow) {
        this(ruleNumber, egress, protocol, fromPort, toPort, cidr, allow, null);
    }

    /** As the three-argument form, with the address parsed once ({@link Cidr#addressKey}). */
    boolean matches(int packetProtocol, int destinationPort, String remoteAddress, long remoteKey) {
        return RuleMatch.matches(protocol, fromPort, toPort, packetProtocol, destinationPort)
                && block.contains(remoteAddress, remoteKey);
    }

    boolean matches(int packetProtocol, int destinationPort, String remoteAddress) {
        return RuleMatch.matches(protocol, fromPort, toPort, packetProtocol, destinationPort)
                && Cidr.of(cidr).contains(remoteAddress);
    }
}
