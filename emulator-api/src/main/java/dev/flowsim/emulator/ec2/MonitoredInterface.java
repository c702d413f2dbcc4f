package dev.flowsim.emulator.ec2;

import java.util.ArrayList;
import java.util.List;

/**
 * One network interface a subscription records, with what the publisher writes into its records and the filters
 * that decide ACCEPT and REJECT (JSON field names are the contract with the simulator; members after
 * {@code availabilityZoneId} were added later and older publishers ignore them).
 *
 * @param securityGroups its groups, each permission expanded to one rule per peer
 * @param networkAcl     its subnet's ACL; null if the subnet has none
 */
public record MonitoredInterface(String interfaceId, String accountId, String vpcId, String subnetId,
                                 String privateIpAddress, String instanceId, String availabilityZoneId,
                                 String publicIpAddress, String vpcCidrBlock, String interfaceType,
                                 List<PublishedGroup> securityGroups, PublishedAcl networkAcl,
                                 NetworkInterface.Workload workload) {

    /** A security-group rule for one peer: a CIDR block or a group. Protocol -1 is all. */
    public record PublishedRule(int protocol, int fromPort, int toPort, String cidr, String groupId) {
    }

    public record PublishedGroup(String groupId, List<PublishedRule> ingress, List<PublishedRule> egress) {
    }

    public record PublishedEntry(int ruleNumber, boolean egress, int protocol, int fromPort, int toPort, String cidr,
                                 boolean allow) {
    }

    public record PublishedAcl(String networkAclId, List<PublishedEntry> entries) {
    }

    static MonitoredInterface of(NetworkInterface eni, RegionNetwork network) {
        String vpcCidr = network.vpc(eni.vpcId()).map(Vpc::cidrBlock).orElse(null);
        List<PublishedGroup> groups = eni.groupIds().stream()
                .flatMap(id -> network.securityGroup(id).stream())
                .map(g -> new PublishedGroup(g.groupId(), rules(g.ingress()), rules(g.egress())))
                .toList();
        PublishedAcl acl = network.networkAclOf(eni.subnetId()).map(a -> new PublishedAcl(a.networkAclId(),
                a.entries().stream().map(e -> new PublishedEntry(e.ruleNumber(), e.egress(), e.protocol(),
                        e.fromPort() == null ? 0 : e.fromPort(), e.toPort() == null ? 65_535 : e.toPort(),
                        e.cidrBlock(), e.allow())).toList())).orElse(null);
        return new MonitoredInterface(eni.networkInterfaceId(), eni.accountId(), eni.vpcId(), eni.subnetId(),
                eni.privateIpAddress(), eni.instanceId(), eni.availabilityZoneId(), eni.publicIpAddress(), vpcCidr,
                eni.interfaceType(), groups, acl, eni.workload());
    }

    private static List<PublishedRule> rules(List<IpPermission> permissions) {
        List<PublishedRule> rules = new ArrayList<>();
        for (IpPermission p : permissions) {
            int from = p.fromPort() == null ? 0 : p.fromPort();
            int to = p.toPort() == null ? 65_535 : p.toPort();
            p.cidrBlocks().forEach(c -> rules.add(new PublishedRule(p.protocol(), from, to, c, null)));
            p.groupIds().forEach(g -> rules.add(new PublishedRule(p.protocol(), from, to, null, g)));
        }
        return rules;
    }
}
