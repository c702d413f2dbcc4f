package dev.flowsim.simulator.security;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An interface's security groups, as an immutable list (what {@link InterfaceSecurity#groups} returns), that also
 * keeps all their inbound and all their outbound rules in flat arrays, in the order the groups and rules are walked:
 * the generator checks the groups of every connection it makes, and a rule for an IPv4 peer is then matched with a
 * few array reads instead of walking group and rule records. Peers that are not IPv4 numbers, and rules whose block
 * is no CIDR block, take the rules' own checks, in the same order.
 */
final class GroupRules extends AbstractList<SecurityGroup> implements RandomAccess {

    private final SecurityGroup[] groups;
    private final Direction inbound;
    private final Direction outbound;

    GroupRules(List<SecurityGroup> groups) {
        this.groups = groups.toArray(new SecurityGroup[0]);
        this.inbound = new Direction(this.groups, false);
        this.outbound = new Direction(this.groups, true);
    }

    @Override
    public SecurityGroup get(int index) {
        return groups[index];
    }

    @Override
    public int size() {
        return groups.length;
    }

    /** Whether any rule admits the packet, as {@link SecurityGroupRule#admits} walked group by group decides. */
    boolean admits(boolean egress, int protocol, int port, String peerAddress, long peerKey, InterfaceSecurity peer) {
        return (egress ? outbound : inbound).admits(protocol, port, peerAddress, peerKey, peer);
    }

    /** One direction's rules of all the groups, column by column. */
    private static final class Direction {

        private static final byte BLOCK = 0;
        private static final byte GROUP = 1;
        /** A block that is no CIDR block: the rule's own check says what is wrong when it is reached. */
        private static final byte TEXT = 2;

        final SecurityGroupRule[] rules;
        final byte[] kinds;
        final int[] protocols;
        final int[] fromPorts;
        final int[] toPorts;
        /** An IPv6 block never holds an IPv4 address: such a rule gets an impossible network. */
        final long[] networks;
        final long[] masks;
        final String[] groupIds;

        Direction(SecurityGroup[] groups, boolean egress) {
            rules = Arrays.stream(groups).flatMap(g -> (egress ? g.egress() : g.ingress()).stream())
                    .toArray(SecurityGroupRule[]::new);
            int n = rules.length;
            kinds = new byte[n];
            protocols = new int[n];
            fromPorts = new int[n];
            toPorts = new int[n];
            networks = new long[n];
            masks = new long[n];
            groupIds = new String[n];
            for (int k = 0; k < n; k++) {
                SecurityGroupRule rule = rules[k];
                protocols[k] = rule.protocol();
                fromPorts[k] = rule.fromPort();
                toPorts[k] = rule.toPort();
                Cidr block = rule.block();
                if (rule.cidr() == null) {
                    kinds[k] = GROUP;
                    groupIds[k] = rule.groupId();
                } else if (block == null) {
                    kinds[k] = TEXT;
                } else {
                    networks[k] = block.ipv6() ? -1 : block.network();
                    masks[k] = block.ipv6() ? 0 : block.mask();
                }
            }
        }

        boolean admits(int protocol, int port, String peerAddress, long peerKey, InterfaceSecurity peer) {
            if (peerKey < 0) {
                for (SecurityGroupRule rule : rules) {
                    if (rule.admits(protocol, port, peerAddress, peerKey, peer)) {
                        return true;
                    }
                }
                return false;
            }
            for (int k = 0; k < kinds.length; k++) {
                if (!RuleMatch.matches(protocols[k], fromPorts[k], toPorts[k], protocol, port)) {
                    continue;
                }
                boolean admitted = switch (kinds[k]) {
                    case BLOCK -> (peerKey & masks[k]) == networks[k];
                    case GROUP -> peer != null && peer.hasGroup(groupIds[k]);
                    default -> rules[k].admits(protocol, port, peerAddress, peerKey, peer);
                };
                if (admitted) {
                    return true;
                }
            }
            return false;
        }
    }
}
