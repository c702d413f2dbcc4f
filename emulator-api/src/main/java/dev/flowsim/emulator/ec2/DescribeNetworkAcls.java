package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * EC2 DescribeNetworkAcls over the simulated topology: the stateless, numbered rules of each subnet, including the
 * implicit deny-all rule 32767 that AWS lists in every ACL.
 */
public final class DescribeNetworkAcls implements OperationHandler<XmlElement> {

    private static final FilterCatalog<NetworkAcl> FILTERS = new FilterCatalog<>(NetworkAcl::tags)
            .field("network-acl-id", NetworkAcl::networkAclId)
            .field("vpc-id", NetworkAcl::vpcId)
            .field("owner-id", NetworkAcl::accountId)
            .field("default", a -> Boolean.toString(a.isDefault()))
            .multiField("association.subnet-id", a -> a.associations().keySet())
            .multiField("association.association-id", a -> a.associations().values())
            .multiField("association.network-acl-id", a -> a.associations().isEmpty() ? List.of()
                    : List.of(a.networkAclId()))
            .multiField("entry.cidr", a -> entries(a).stream().map(NetworkAclEntry::cidrBlock).toList())
            .multiField("entry.egress", a -> entries(a).stream().map(e -> Boolean.toString(e.egress())).toList())
            .multiField("entry.protocol", a -> entries(a).stream().map(e -> Integer.toString(e.protocol())).toList())
            .multiField("entry.rule-action", a -> entries(a).stream().map(DescribeNetworkAcls::action).toList())
            .multiField("entry.rule-number",
                    a -> entries(a).stream().map(e -> Integer.toString(e.ruleNumber())).toList());

    private final Topology topology;

    public DescribeNetworkAcls(Topology topology) {
        this.topology = topology;
    }

    @Override
    public String name() {
        return "DescribeNetworkAcls";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("ec2:DescribeNetworkAcls", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        List<NetworkAcl> all = topology.network(call.accountId(), call.region()).networkAcls();
        Pages.Page<NetworkAcl> page = TopologyQuery.run(new Ec2Input(call), all, "NetworkAclId",
                NetworkAcl::networkAclId, Ec2Errors::networkAclNotFound, FILTERS);
        XmlElement out = XmlElement.of("DescribeNetworkAclsResult");
        XmlElement set = out.child("networkAclSet");
        page.items().forEach(a -> item(set.child("item"), a));
        out.add("nextToken", page.nextToken());
        return out;
    }

    private static void item(XmlElement item, NetworkAcl a) {
        item.add("networkAclId", a.networkAclId());
        item.add("vpcId", a.vpcId());
        item.add("default", a.isDefault());
        XmlElement entries = item.child("entrySet");
        for (NetworkAclEntry e : entries(a)) {
            XmlElement entry = entries.child("item");
            entry.add("ruleNumber", e.ruleNumber());
            entry.add("protocol", Integer.toString(e.protocol()));
            entry.add("ruleAction", action(e));
            entry.add("egress", e.egress());
            entry.add("cidrBlock", e.cidrBlock());
            if (e.fromPort() != null) {
                entry.child("portRange").add("from", e.fromPort()).add("to", e.toPort());
            }
        }
        XmlElement associations = item.child("associationSet");
        a.associations().forEach((subnetId, associationId) -> associations.child("item")
                .add("networkAclAssociationId", associationId)
                .add("networkAclId", a.networkAclId())
                .add("subnetId", subnetId));
        Ec2Xml.tagSet(item, a.tags());
        item.add("ownerId", a.accountId());
    }

    /** The ACL's rules in AWS's listing order (by direction, then number), with the implicit deny-all rules. */
    static List<NetworkAclEntry> entries(NetworkAcl a) {
        List<NetworkAclEntry> all = new ArrayList<>(a.entries());
        all.add(new NetworkAclEntry(NetworkAclEntry.CATCH_ALL_RULE, false, IpProtocols.ALL, false, "0.0.0.0/0",
                null, null));
        all.add(new NetworkAclEntry(NetworkAclEntry.CATCH_ALL_RULE, true, IpProtocols.ALL, false, "0.0.0.0/0",
                null, null));
        all.sort(Comparator.comparing(NetworkAclEntry::egress).reversed()
                .thenComparingInt(NetworkAclEntry::ruleNumber));
        return all;
    }

    private static String action(NetworkAclEntry e) {
        return e.allow() ? "allow" : "deny";
    }
}
