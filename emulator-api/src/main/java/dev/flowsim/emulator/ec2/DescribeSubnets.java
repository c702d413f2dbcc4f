package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** EC2 DescribeSubnets over the simulated topology. */
public final class DescribeSubnets implements OperationHandler<XmlElement> {

    /** A /24 has 256 addresses, of which AWS reserves 5. */
    private static final int RESERVED_ADDRESSES = 5;

    private static final FilterCatalog<Subnet> FILTERS = new FilterCatalog<>(Subnet::tags)
            .field("subnet-id", Subnet::subnetId)
            .field("subnet-arn", Subnet::arn)
            .field("vpc-id", Subnet::vpcId)
            .field("cidr-block", Subnet::cidrBlock)
            .field("cidr", Subnet::cidrBlock)
            .field("availability-zone", Subnet::availabilityZone)
            .field("availability-zone-id", Subnet::availabilityZoneId)
            .field("owner-id", Subnet::accountId)
            .field("state", s -> "available")
            .field("default-for-az", s -> "false");

    private final Topology topology;

    public DescribeSubnets(Topology topology) {
        this.topology = topology;
    }

    @Override
    public String name() {
        return "DescribeSubnets";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("ec2:DescribeSubnets", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        RegionNetwork network = topology.network(call.accountId(), call.region());
        Pages.Page<Subnet> page = TopologyQuery.run(new Ec2Input(call), network.subnets(), "SubnetId",
                Subnet::subnetId, FlowLogResourceType.Subnet, FILTERS);
        XmlElement out = XmlElement.of("DescribeSubnetsResult");
        XmlElement set = out.child("subnetSet");
        page.items().forEach(s -> item(set.child("item"), s, network));
        out.add("nextToken", page.nextToken());
        return out;
    }

    private static void item(XmlElement item, Subnet s, RegionNetwork network) {
        int used = network.interfacesIn(FlowLogResourceType.Subnet, s.subnetId()).size();
        item.add("subnetId", s.subnetId());
        item.add("subnetArn", s.arn());
        item.add("state", "available");
        item.add("ownerId", s.accountId());
        item.add("vpcId", s.vpcId());
        item.add("cidrBlock", s.cidrBlock());
        item.child("ipv6CidrBlockAssociationSet");
        item.add("availableIpAddressCount", addressCount(s.cidrBlock()) - RESERVED_ADDRESSES - used);
        item.add("availabilityZone", s.availabilityZone());
        item.add("availabilityZoneId", s.availabilityZoneId());
        item.add("defaultForAz", false);
        item.add("mapPublicIpOnLaunch", false);
        item.add("assignIpv6AddressOnCreation", false);
        Ec2Xml.tagSet(item, s.tags());
    }

    private static int addressCount(String cidr) {
        int prefix = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
        return 1 << (32 - prefix);
    }
}
