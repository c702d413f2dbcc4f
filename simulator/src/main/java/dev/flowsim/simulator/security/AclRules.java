package dev.flowsim.simulator.security;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A network ACL's entries in rule-number order, as an immutable list (what {@link NetworkAcl#entries} returns), that
 * also keeps each direction's rules in flat arrays: the generator checks the ACLs of every connection it makes, and
 * an IPv4 address is then matched with a few array reads per rule instead of walking entry records and their blocks.
 * Addresses that are not IPv4 numbers take the entries' own checks.
 */
final class AclRules extends AbstractList<NetworkAclEntry> implements RandomAccess {

    private final NetworkAclEntry[] entries;
    private final Direction inbound;
    private final Direction outbound;

    AclRules(List<NetworkAclEntry> sorted) {
        this.entries = sorted.toArray(new NetworkAclEntry[0]);
        this.inbound = new Direction(entries, false);
        this.outbound = new Direction(entries, true);
    }

    @Override
    public NetworkAclEntry get(int index) {
        return entries[index];
    }

    @Override
    public int size() {
        return entries.length;
    }

    /** {@link NetworkAcl#allows(boolean, int, int, String, long)}: the first matching rule decides, else deny. */
    boolean allows(boolean egress, int protocol, int destinationPort, String remoteAddress, long remoteKey) {
        Direction rules = egress ? outbound : inbound;
        if (remoteKey >= 0) {
            return rules.allowsIpv4(protocol, destinationPort, remoteKey);
        }
        for (NetworkAclEntry entry : rules.entries) {
            if (entry.matches(protocol, destinationPort, remoteAddress, remoteKey)) {
                return entry.allow();
            }
        }
        return false;
    }

    /**
     * Whether {@link #allows} decides alike for every destination port 0-65535 for this IPv4 address; false when
     * the address is no IPv4 number (not worked out).
     */
    boolean sameForEveryPort(boolean egress, int protocol, long remoteKey) {
        return remoteKey >= 0 && (egress ? outbound : inbound).sameForEveryPortIpv4(protocol, remoteKey);
    }

    /** One direction's rules, in order, column by column. */
    private static final class Direction {

        final NetworkAclEntry[] entries;
        final int[] protocols;
        final int[] fromPorts;
        final int[] toPorts;
        /** An IPv6 block never holds an IPv4 address: such a rule gets an impossible network. */
        final long[] networks;
        final long[] masks;
        final boolean[] allows;

        Direction(NetworkAclEntry[] all, boolean egress) {
            int n = 0;
            for (NetworkAclEntry entry : all) {
                n += entry.egress() == egress ? 1 : 0;
            }
            entries = new NetworkAclEntry[n];
            protocols = new int[n];
            fromPorts = new int[n];
            toPorts = new int[n];
            networks = new long[n];
            masks = new long[n];
            allows = new boolean[n];
            int k = 0;
            for (NetworkAclEntry entry : all) {
                if (entry.egress() != egress) {
                    continue;
                }
                entries[k] = entry;
                protocols[k] = entry.protocol();
                fromPorts[k] = entry.fromPort();
                toPorts[k] = entry.toPort();
                Cidr block = entry.block();
                networks[k] = block.ipv6() ? -1 : block.network();
                masks[k] = block.ipv6() ? 0 : block.mask();
                allows[k] = entry.allow();
                k++;
            }
        }

        /** The rules' decision for an IPv4 address given as its unsigned number. */
        boolean allowsIpv4(int protocol, int destinationPort, long address) {
            for (int k = 0; k < protocols.length; k++) {
                if ((address & masks[k]) == networks[k]
                        && RuleMatch.matches(protocols[k], fromPorts[k], toPorts[k], protocol, destinationPort)) {
                    return allows[k];
                }
            }
            return false;
        }

        /**
         * Every port gets the same answer when the first rule for the address that matches any port matches them
         * all (or none does: the implicit deny); a rule matching some ports first makes the answer port-dependent.
         */
        boolean sameForEveryPortIpv4(int protocol, long address) {
            for (int k = 0; k < protocols.length; k++) {
                if ((address & masks[k]) != networks[k]) {
                    continue;
                }
                int ports = RuleMatch.ports(protocols[k], fromPorts[k], toPorts[k], protocol);
                if (ports != RuleMatch.NO_PORT) {
                    return ports == RuleMatch.EVERY_PORT;
                }
            }
            return true;
        }
    }
}
