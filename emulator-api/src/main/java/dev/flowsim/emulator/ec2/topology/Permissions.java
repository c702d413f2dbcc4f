package dev.flowsim.emulator.ec2.topology;

import dev.flowsim.emulator.ec2.IpPermission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Security-group rules of the configuration as EC2 permissions, with group names resolved to ids. */
final class Permissions {

    private Permissions() {
    }

    static List<IpPermission> of(List<TopologyConfig.Rule> rules, Map<String, String> groupIds, String where) {
        List<IpPermission> out = new ArrayList<>();
        int index = 0;
        for (TopologyConfig.Rule r : ConfiguredTopology.list(rules)) {
            String ruleWhere = where + "[" + index++ + "]";
            int protocol = AclEntries.protocol(r.protocol(), ruleWhere);
            Integer[] ports = AclEntries.ports(protocol, r.fromPort(), r.toPort(), ruleWhere);
            if ((r.cidr() == null) == (r.group() == null)) {
                throw new TopologyConfigException(ruleWhere + ": give exactly one of 'cidr' or 'group'");
            }
            if (r.cidr() != null) {
                if (!r.cidr().contains(":")) {
                    Ipv4Block.parse(r.cidr(), ruleWhere);
                }
                out.add(new IpPermission(protocol, ports[0], ports[1], List.of(r.cidr()), List.of()));
            } else {
                String id = groupIds.get(r.group());
                if (id == null) {
                    throw new TopologyConfigException(ruleWhere + ": no security group named '" + r.group()
                            + "' in the VPC; declared: " + groupIds.keySet());
                }
                out.add(new IpPermission(protocol, ports[0], ports[1], List.of(), List.of(id)));
            }
        }
        return out;
    }
}
