package dev.flowsim.emulator.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The small network flowsim ships with, so flow logs can be tried without configuring anything: in every region, the
 * default account {@value #DEFAULT_ACCOUNT} has one VPC (10.0.0.0/16) with one subnet (10.0.1.0/24) and three
 * instances with one interface each: web (public address, HTTPS/HTTP from anywhere), app (port 8080 from the web
 * group) and db (port 5432 from the app group), each in its own security group, and the VPC's default network ACL
 * (allow all). Created on first use; ids are derived from account and region, so they are the same in every run.
 * Other accounts have no network.
 */
public final class BuiltInTopology implements Topology {

    public static final String DEFAULT_ACCOUNT = "000000000000";

    /** Name tag, last octet of the private address, the port it serves, the tier allowed to call it. */
    private record Tier(String name, int hostOctet, List<Integer> ports, String callerTier) {
    }

    private static final List<Tier> TIERS = List.of(new Tier("web", 10, List.of(443, 80), null),
            new Tier("app", 20, List.of(8080), "web"), new Tier("db", 30, List.of(5432), "app"));
    /** A documentation address (RFC 5737), so no real host is ever named. */
    private static final String WEB_PUBLIC_IP = "198.51.100.10";

    private final ConcurrentMap<String, RegionNetwork> byRegion = new ConcurrentHashMap<>();

    @Override
    public RegionNetwork network(String accountId, String region) {
        if (!DEFAULT_ACCOUNT.equals(accountId)) {
            return RegionNetwork.EMPTY;
        }
        return byRegion.computeIfAbsent(region, r -> build(accountId, r));
    }

    private static RegionNetwork build(String account, String region) {
        String vpcId = ResourceIds.derive("vpc-", account, region, "vpc", "default");
        Vpc vpc = new Vpc(vpcId, account, region, "10.0.0.0/16",
                ResourceIds.derive("vpc-cidr-assoc-", account, region, vpcId),
                Map.of("Name", "flowsim-default"));

        String subnetId = ResourceIds.derive("subnet-", account, region, "subnet", "default");
        Subnet subnet = new Subnet(subnetId, vpcId, account, region, "10.0.1.0/24",
                AvailabilityZones.name(region, 'a'), AvailabilityZones.id(region, 'a'),
                Map.of("Name", "flowsim-default"));

        List<NetworkInterface> interfaces = new ArrayList<>();
        List<SecurityGroup> groups = new ArrayList<>();
        for (Tier tier : TIERS) {
            String groupId = groupId(account, region, tier.name());
            List<IpPermission> ingress = tier.ports().stream().map(port -> tier.callerTier() == null
                    ? new IpPermission(6, port, port, List.of("0.0.0.0/0"), List.of())
                    : new IpPermission(6, port, port, List.of(), List.of(groupId(account, region, tier.callerTier()))))
                    .toList();
            groups.add(new SecurityGroup(groupId, "flowsim-" + tier.name(), "flowsim " + tier.name() + " tier", vpcId,
                    account, ingress, SecurityGroup.allOutbound(), Map.of("Name", "flowsim-" + tier.name())));
            String eniId = ResourceIds.derive("eni-", account, region, "eni", tier.name());
            interfaces.add(new NetworkInterface(eniId, account, region, vpcId, subnetId,
                    subnet.availabilityZone(), subnet.availabilityZoneId(), "10.0.1." + tier.hostOctet(),
                    ResourceIds.macAddress(account, region, eniId),
                    ResourceIds.derive("i-", account, region, "instance", tier.name()),
                    ResourceIds.derive("eni-attach-", account, region, eniId),
                    "flowsim " + tier.name() + " server", Map.of("Name", "flowsim-" + tier.name()),
                    tier.callerTier() == null ? WEB_PUBLIC_IP : null, List.of(groupId), "interface",
                    new NetworkInterface.Workload(tier.name(), tier.ports(), null)));
        }
        NetworkAcl acl = new NetworkAcl(ResourceIds.derive("acl-", account, region, vpcId), vpcId, account, true,
                NetworkAcl.allowAll(), Map.of(subnetId, ResourceIds.derive("aclassoc-", account, region, subnetId)),
                Map.of());
        return new RegionNetwork(List.of(vpc), List.of(subnet), interfaces, groups, List.of(acl));
    }

    private static String groupId(String account, String region, String tier) {
        return ResourceIds.derive("sg-", account, region, "sg", tier);
    }
}
