package dev.flowsim.simulator.security;

import java.util.Set;

/**
 * One inbound or outbound security-group permission: protocol, port range and the peer it admits, either a CIDR
 * block or the members of a security group.
 *
 * @param protocol IANA number, or -1 for all
 * @param cidr     the peer block; null when the rule names a group
 * @param groupId  the peer group; null when the rule names a block
 * @param block    {@code cidr} parsed, once, for the checks of every packet (null without a block, or when the text
 *                 is no CIDR block: checks then fail on the text as they always did); whatever is passed, it is
 *                 derived from {@code cidr}
 */
public record SecurityGroupRule(int protocol, int fromPort, int toPort, String cidr, String groupId, Cidr block) {

    public SecurityGroupRule {
        if ((cidr == null) == (groupId == null)) {
            throw new IllegalArgumentException("a security-group rule names exactly one of a CIDR block or a group");
        }
        block = parsedOrNull(cidr);
    }

    public SecurityGroupRule(int protocol, int fromPort, int toPort, String cidr, String groupId) {
        this(protocol, fromPort, toPort, cidr, groupId, null);
    }

    private static Cidr parsedOrNull(String cidr) {
        if (cidr == null) {
            return null;
        }
        try {
            return Cidr.of(cidr);
        } catch (IllegalArgumentException notABlock) {
            return null;
        }
    }

    /**
     * @param peerAddress the address at the other end
     * @param peerGroups  the security groups of the other end when it is an interface of the topology, else empty
     */
    public boolean admits(int packetProtocol, int destinationPort, String peerAddress, Set<String> peerGroups) {
        if (!RuleMatch.matches(protocol, fromPort, toPort, packetProtocol, destinationPort)) {
            return false;
        }
        return cidr != null ? Cidr.of(cidr).contains(peerAddress) : peerGroups.contains(groupId);
    }

    /** As above, with the peer's filters (null outside the topology) instead of a set of its group ids. */
    /** As {@link #admits(int, int, String, InterfaceSecurity)}, with the address parsed once. */
    public boolean admits(int packetProtocol, int destinationPort, String peerAddress, long peerKey,
                          InterfaceSecurity peer) {
        if (!RuleMatch.matches(protocol, fromPort, toPort, packetProtocol, destinationPort)) {
            return false;
        }
        if (cidr == null) {
            return peer != null && peer.hasGroup(groupId);
        }
        return (block != null ? block : Cidr.of(cidr)).contains(peerAddress, peerKey);
    }

    public boolean admits(int packetProtocol, int destinationPort, String peerAddress, InterfaceSecurity peer) {
        if (!RuleMatch.matches(protocol, fromPort, toPort, packetProtocol, destinationPort)) {
            return false;
        }
        return cidr != null ? Cidr.of(cidr).contains(peerAddress) : peer != null && peer.hasGroup(groupId);
    }
}
