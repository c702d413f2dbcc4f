package dev.flowsim.simulator.security;

import java.util.Comparator;
import java.util.List;

/**
 * A subnet's network ACL: stateless, so a reply is judged like any other packet. Each direction's rules are
 * evaluated in ascending rule number and the first match decides; when none matches, the implicit last rule
 * ({@code *}) denies.
 */
public record NetworkAcl(String networkAclId, List<NetworkAclEntry> entries) {

    /** What AWS's default network ACL does: allow everything both ways. */
    public static final NetworkAcl ALLOW_ALL = new NetworkAcl("acl-allow-all", List.of(
            new NetworkAclEntry(100, false, -1, 0, 65_535, "0.0.0.0/0", true),
            new NetworkAclEntry(100, true, -1, 0, 65_535, "0.0.0.0/0", true)));

    public NetworkAcl {
        // Kept as AclRules: an immutable list of the entries in order that also matches IPv4 addresses on arrays.
        entries = new AclRules(entries == null ? List.of()
                : entries.stream().sorted(Comparator.comparingInt(NetworkAclEntry::ruleNumber)).toList());
    }

    /**
     * @param egress        true for a packet leaving the subnet
     * @param remoteAddress the address outside the subnet: the source of an inbound packet, the destination of an
     *                      outbound one
     */
    /** As the four-argument form, with the address parsed once ({@link Cidr#addressKey}). */
    public boolean allows(boolean egress, int protocol, int destinationPort, String remoteAddress, long remoteKey) {
        return ((AclRules) entries).allows(egress, protocol, destinationPort, remoteAddress, remoteKey);
    }

    /**
     * Whether {@link #allows(boolean, int, int, String, long)} gives the same answer for every destination port
     * 0-65535 (false when that is not known, e.g. for an address that is no IPv4 number).
     */
    boolean sameForEveryPort(boolean egress, int protocol, String remoteAddress, long remoteKey) {
        return ((AclRules) entries).sameForEveryPort(egress, protocol, remoteKey);
    }

    public boolean allows(boolean egress, int protocol, int destinationPort, String remoteAddress) {
        for (NetworkAclEntry entry : entries) {
            if (entry.egress() == egress && entry.matches(protocol, destinationPort, remoteAddress)) {
                return entry.allow();
            }
        }
        return false;
    }
}
