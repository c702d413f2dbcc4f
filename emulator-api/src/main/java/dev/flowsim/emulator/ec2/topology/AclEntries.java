package dev.flowsim.emulator.ec2.topology;

import dev.flowsim.emulator.ec2.IpProtocols;
import dev.flowsim.emulator.ec2.NetworkAclEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Network-ACL rules of the configuration, checked as EC2 checks them: unique numbers 1-32766 per direction. */
final class AclEntries {

    private AclEntries() {
    }

    static List<NetworkAclEntry> of(TopologyConfig.NetworkAcl acl, String where) {
        List<NetworkAclEntry> entries = new ArrayList<>();
        add(entries, ConfiguredTopology.list(acl.inbound()), false, where + " inbound");
        add(entries, ConfiguredTopology.list(acl.outbound()), true, where + " outbound");
        return entries;
    }

    private static void add(List<NetworkAclEntry> out, List<TopologyConfig.AclEntry> entries, boolean egress,
                            String where) {
        Set<Integer> numbers = new HashSet<>();
        int index = 0;
        for (TopologyConfig.AclEntry e : entries) {
            String entryWhere = where + "[" + index++ + "]";
            if (e.ruleNumber() == null || e.ruleNumber() < 1 || e.ruleNumber() > 32_766) {
                throw new TopologyConfigException(entryWhere + ": ruleNumber must be 1-32766");
            }
            if (!numbers.add(e.ruleNumber())) {
                throw new TopologyConfigException(entryWhere + ": rule number " + e.ruleNumber() + " is used twice");
            }
            if (!"allow".equals(e.action()) && !"deny".equals(e.action())) {
                throw new TopologyConfigException(entryWhere + ": action must be 'allow' or 'deny', got '"
                        + e.action() + "'");
            }
            int protocol = protocol(e.protocol(), entryWhere);
            Integer[] ports = ports(protocol, e.fromPort(), e.toPort(), entryWhere);
            String cidr = e.cidr() == null ? "0.0.0.0/0" : e.cidr();
            if (!cidr.contains(":")) {
                Ipv4Block.parse(cidr, entryWhere);
            }
            out.add(new NetworkAclEntry(e.ruleNumber(), egress, protocol, "allow".equals(e.action()), cidr,
                    ports[0], ports[1]));
        }
    }

    static int protocol(String protocol, String where) {
        try {
            return IpProtocols.number(protocol);
        } catch (IllegalArgumentException e) {
            throw new TopologyConfigException(where + ": " + e.getMessage(), e);
        }
    }

    /** Ports are required for TCP and UDP and meaningless otherwise (null there: all). */
    static Integer[] ports(int protocol, Integer from, Integer to, String where) {
        boolean ported = protocol == 6 || protocol == 17;
        if (!ported) {
            return new Integer[] {null, null};
        }
        if (from == null || to == null) {
            throw new TopologyConfigException(where + ": TCP and UDP rules need fromPort and toPort");
        }
        if (from < 0 || to > 65_535 || from > to) {
            throw new TopologyConfigException(where + ": port range " + from + "-" + to + " is not within 0-65535");
        }
        return new Integer[] {from, to};
    }
}
