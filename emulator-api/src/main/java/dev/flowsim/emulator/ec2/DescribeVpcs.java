package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** EC2 DescribeVpcs over the simulated topology, so users can find the VPC ids to create flow logs for. */
public final class DescribeVpcs implements OperationHandler<XmlElement> {

    private static final FilterCatalog<Vpc> FILTERS = new FilterCatalog<>(Vpc::tags)
            .field("vpc-id", Vpc::vpcId)
            .field("cidr", Vpc::cidrBlock)
            .field("cidr-block-association.cidr-block", Vpc::cidrBlock)
            .field("cidr-block-association.association-id", Vpc::cidrBlockAssociationId)
            .field("cidr-block-association.state", v -> "associated")
            .field("owner-id", Vpc::accountId)
            .field("state", v -> "available")
            .field("is-default", v -> "false");

    private final Topology topology;

    public DescribeVpcs(Topology topology) {
        this.topology = topology;
    }

    @Override
    public String name() {
        return "DescribeVpcs";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("ec2:DescribeVpcs", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        List<Vpc> all = topology.network(call.accountId(), call.region()).vpcs();
        Pages.Page<Vpc> page = TopologyQuery.run(new Ec2Input(call), all, "VpcId", Vpc::vpcId,
                FlowLogResourceType.VPC, FILTERS);
        XmlElement out = XmlElement.of("DescribeVpcsResult");
        XmlElement set = out.child("vpcSet");
        page.items().forEach(v -> item(set.child("item"), v));
        out.add("nextToken", page.nextToken());
        return out;
    }

    private static void item(XmlElement item, Vpc v) {
        item.add("vpcId", v.vpcId());
        item.add("ownerId", v.accountId());
        item.add("state", "available");
        item.add("cidrBlock", v.cidrBlock());
        XmlElement association = item.child("cidrBlockAssociationSet").child("item");
        association.add("associationId", v.cidrBlockAssociationId());
        association.add("cidrBlock", v.cidrBlock());
        association.child("cidrBlockState").add("state", "associated");
        item.child("ipv6CidrBlockAssociationSet");
        item.add("instanceTenancy", "default");
        item.add("isDefault", false);
        Ec2Xml.tagSet(item, v.tags());
    }
}
