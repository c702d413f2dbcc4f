package dev.flowsim.simulator.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters in front of one interface: its security groups (stateful; any group admitting a packet is enough) and
 * its subnet's network ACL (stateless).
 */
public record InterfaceSecurity(String subnetId, List<SecurityGroup> groups, NetworkAcl networkAcl) {

    /**
     * For interfaces the emulator listed without rules (older contract): like a public web server's group, HTTP and
     * HTTPS from anywhere, everything from private address space, everything outbound; an allow-all network ACL.
     */
    public static InterfaceSecurity permissiveWebDefault(String subnetId) {
        List<SecurityGroupRule> ingress = List.of(
                new SecurityGroupRule(6, 80, 80, "0.0.0.0/0", null),
                new SecurityGroupRule(6, 443, 443, "0.0.0.0/0", null),
                new SecurityGroupRule(-1, 0, 65_535, "10.0.0.0/8", null),
                new SecurityGroupRule(-1, 0, 65_535, "172.16.0.0/12", null),
                new SecurityGroupRule(-1, 0, 65_535, "192.168.0.0/16", null));
        List<SecurityGroupRule> egress = List.of(new SecurityGroupRule(-1, 0, 65_535, "0.0.0.0/0", null));
        return new InterfaceSecurity(subnetId, List.of(new SecurityGroup("sg-flowsim-default", ingress, egress)),
                NetworkAcl.ALLOW_ALL);
    }

    public InterfaceSecurity {
        // Kept as GroupRules: an immutable list of the groups that also matches IPv4 peers on rule arrays.
        groups = new GroupRules(groups == null ? List.of() : List.copyOf(groups));
        networkAcl = networkAcl == null ? NetworkAcl.ALLOW_ALL : networkAcl;
    }

    public Set<String> groupIds() {
        return groups.stream().map(SecurityGroup::groupId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasGroup(String groupId) {
        for (SecurityGroup group : groups) {
            if (group.groupId().equals(groupId)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any group admits the packet from {@code peer} (null: a host outside the topology). */
    public boolean groupsAdmitInbound(int protocol, int port, String peerAddress, InterfaceSecurity peer) {
        for (SecurityGroup group : groups) {
            for (SecurityGroupRule rule : group.ingress()) {
                if (rule.admits(protocol, port, peerAddress, peer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any group lets the packet out to {@code peer} (null: a host outside the topology). */
    public boolean groupsAdmitOutbound(int protocol, int port, String peerAddress, InterfaceSecurity peer) {
        for (SecurityGroup group : groups) {
            for (SecurityGroupRule rule : group.egress()) {
                if (rule.admits(protocol, port, peerAddress, peer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As {@link #groupsAdmitInbound(int, int, String, InterfaceSecurity)}, with the address parsed once. */
    public boolean groupsAdmitInbound(int protocol, int port, String peerAddress, long peerKey,
                                      InterfaceSecurity peer) {
        return ((GroupRules) groups).admits(false, protocol, port, peerAddress, peerKey, peer);
    }

    /** As {@link #groupsAdmitOutbound(int, int, String, InterfaceSecurity)}, with the address parsed once. */
    public boolean groupsAdmitOutbound(int protocol, int port, String peerAddress, long peerKey,
                                       InterfaceSecurity peer) {
        return ((GroupRules) groups).admits(true, protocol, port, peerAddress, peerKey, peer);
    }

    public boolean groupsAdmitInbound(int protocol, int port, String peerAddress, Set<String> peerGroups) {
        return groups.stream().flatMap(g -> g.ingress().stream())
                .anyMatch(rule -> rule.admits(protocol, port, peerAddress, peerGroups));
    }

    public boolean groupsAdmitOutbound(int protocol, int port, String peerAddress, Set<String> peerGroups) {
        return groups.stream().flatMap(g -> g.egress().stream())
                .anyMatch(rule -> rule.admits(protocol, port, peerAddress, peerGroups));
    }
}
