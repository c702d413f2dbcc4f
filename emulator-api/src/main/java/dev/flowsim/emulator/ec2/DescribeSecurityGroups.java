package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** EC2 DescribeSecurityGroups over the simulated topology: the stateful filters that decide ACCEPT and REJECT. */
public final class DescribeSecurityGroups implements OperationHandler<XmlElement> {

    private static final FilterCatalog<SecurityGroup> FILTERS = new FilterCatalog<>(SecurityGroup::tags)
            .field("group-id", SecurityGroup::groupId)
            .field("group-name", SecurityGroup::groupName)
            .field("description", SecurityGroup::description)
            .field("vpc-id", SecurityGroup::vpcId)
            .field("owner-id", SecurityGroup::accountId)
            .multiField("ip-permission.cidr", g -> cidrs(g.ingress()))
            .multiField("ip-permission.group-id", g -> groups(g.ingress()))
            .multiField("ip-permission.protocol", g -> values(g.ingress(), p -> IpProtocols.permissionName(p.protocol())))
            .multiField("ip-permission.from-port", g -> values(g.ingress(), p -> text(p.fromPort())))
            .multiField("ip-permission.to-port", g -> values(g.ingress(), p -> text(p.toPort())))
            .multiField("egress.ip-permission.cidr", g -> cidrs(g.egress()))
            .multiField("egress.ip-permission.group-id", g -> groups(g.egress()))
            .multiField("egress.ip-permission.protocol",
                    g -> values(g.egress(), p -> IpProtocols.permissionName(p.protocol())));

    private final Topology topology;

    public DescribeSecurityGroups(Topology topology) {
        this.topology = topology;
    }

    @Override
    public String name() {
        return "DescribeSecurityGroups";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("ec2:DescribeSecurityGroups", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        Ec2Input in = new Ec2Input(call);
        List<SecurityGroup> all = topology.network(call.accountId(), call.region()).securityGroups();
        List<String> names = in.list("GroupName");
        List<SecurityGroup> named = names.isEmpty() ? all
                : all.stream().filter(g -> names.contains(g.groupName())).toList();
        Pages.Page<SecurityGroup> page = TopologyQuery.run(in, named, "GroupId", SecurityGroup::groupId,
                Ec2Errors::securityGroupNotFound, FILTERS);
        XmlElement out = XmlElement.of("DescribeSecurityGroupsResult");
        XmlElement set = out.child("securityGroupInfo");
        page.items().forEach(g -> item(set.child("item"), g));
        out.add("nextToken", page.nextToken());
        return out;
    }

    private static void item(XmlElement item, SecurityGroup g) {
        item.add("ownerId", g.accountId());
        item.add("groupId", g.groupId());
        item.add("groupName", g.groupName());
        item.add("groupDescription", g.description());
        item.add("vpcId", g.vpcId());
        permissions(item.child("ipPermissions"), g.ingress(), g.accountId());
        permissions(item.child("ipPermissionsEgress"), g.egress(), g.accountId());
        Ec2Xml.tagSet(item, g.tags());
    }

    private static void permissions(XmlElement set, List<IpPermission> permissions, String accountId) {
        for (IpPermission p : permissions) {
            XmlElement item = set.child("item");
            item.add("ipProtocol", IpProtocols.permissionName(p.protocol()));
            item.add("fromPort", p.fromPort());
            item.add("toPort", p.toPort());
            XmlElement groups = item.child("groups");
            p.groupIds().forEach(id -> groups.child("item").add("userId", accountId).add("groupId", id));
            XmlElement ranges = item.child("ipRanges");
            p.cidrBlocks().stream().filter(c -> !c.contains(":"))
                    .forEach(c -> ranges.child("item").add("cidrIp", c));
            XmlElement v6 = item.child("ipv6Ranges");
            p.cidrBlocks().stream().filter(c -> c.contains(":"))
                    .forEach(c -> v6.child("item").add("cidrIpv6", c));
            item.child("prefixListIds");
        }
    }

    private static Collection<String> cidrs(List<IpPermission> permissions) {
        return permissions.stream().flatMap(p -> p.cidrBlocks().stream()).toList();
    }

    private static Collection<String> groups(List<IpPermission> permissions) {
        return permissions.stream().flatMap(p -> p.groupIds().stream()).toList();
    }

    private static Collection<String> values(List<IpPermission> permissions, Function<IpPermission, String> value) {
        return permissions.stream().map(value).filter(Objects::nonNull).toList();
    }

    private static String text(Integer port) {
        return port == null ? null : port.toString();
    }
}
