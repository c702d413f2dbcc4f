package dev.flowsim.emulator.ec2;

import dev.flowsim.emulator.protocol.XmlElement;
import dev.flowsim.emulator.service.AccessCheck;
import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.service.OperationHandler;

import java.util.List;

/** EC2 DescribeNetworkInterfaces over the simulated topology: the interfaces flow logs record. */
public final class DescribeNetworkInterfaces implements OperationHandler<XmlElement> {

    private static final FilterCatalog<NetworkInterface> FILTERS = new FilterCatalog<>(NetworkInterface::tags)
            .field("network-interface-id", NetworkInterface::networkInterfaceId)
            .field("vpc-id", NetworkInterface::vpcId)
            .field("subnet-id", NetworkInterface::subnetId)
            .field("availability-zone", NetworkInterface::availabilityZone)
            .field("private-ip-address", NetworkInterface::privateIpAddress)
            .field("addresses.private-ip-address", NetworkInterface::privateIpAddress)
            .field("attachment.instance-id", NetworkInterface::instanceId)
            .field("attachment.attachment-id", NetworkInterface::attachmentId)
            .field("attachment.status", n -> "attached")
            .field("mac-address", NetworkInterface::macAddress)
            .field("description", NetworkInterface::description)
            .field("owner-id", NetworkInterface::accountId)
            .field("status", n -> "in-use")
            .field("interface-type", NetworkInterface::interfaceType)
            .field("requester-managed", n -> Boolean.toString(n.requesterManaged()))
            .field("association.public-ip", NetworkInterface::publicIpAddress)
            .multiField("group-id", NetworkInterface::groupIds);

    private final Topology topology;

    public DescribeNetworkInterfaces(Topology topology) {
        this.topology = topology;
    }

    @Override
    public String name() {
        return "DescribeNetworkInterfaces";
    }

    @Override
    public List<AccessCheck> accessChecks(Call call) {
        return List.of(new AccessCheck("ec2:DescribeNetworkInterfaces", "*"));
    }

    @Override
    public XmlElement handle(Call call) {
        List<NetworkInterface> all = topology.network(call.accountId(), call.region()).networkInterfaces();
        Pages.Page<NetworkInterface> page = TopologyQuery.run(new Ec2Input(call), all, "NetworkInterfaceId",
                NetworkInterface::networkInterfaceId, FlowLogResourceType.NetworkInterface, FILTERS);
        XmlElement out = XmlElement.of("DescribeNetworkInterfacesResult");
        XmlElement set = out.child("networkInterfaceSet");
        RegionNetwork network = topology.network(call.accountId(), call.region());
        page.items().forEach(n -> item(set.child("item"), n, network));
        out.add("nextToken", page.nextToken());
        return out;
    }

    /**
     * Who created a service's interface: {@code amazon-elb} for load balancers [O]; for NAT gateways and the other
     * services AWS shows an AWS-owned account or service id that flowsim does not know, so it is left out [U].
     */
    private static String requesterId(NetworkInterface n) {
        return "network_load_balancer".equals(n.interfaceType()) ? "amazon-elb" : null;
    }

    private static void item(XmlElement item, NetworkInterface n, RegionNetwork network) {
        item.add("networkInterfaceId", n.networkInterfaceId());
        item.add("subnetId", n.subnetId());
        item.add("vpcId", n.vpcId());
        item.add("availabilityZone", n.availabilityZone());
        item.add("availabilityZoneId", n.availabilityZoneId());
        item.add("description", n.description());
        item.add("ownerId", n.accountId());
        item.add("requesterId", requesterId(n));
        item.add("requesterManaged", n.requesterManaged());
        item.add("status", "in-use");
        item.add("macAddress", n.macAddress());
        item.add("privateIpAddress", n.privateIpAddress());
        item.add("sourceDestCheck", true);
        item.add("interfaceType", n.interfaceType());
        XmlElement groups = item.child("groupSet");
        for (String groupId : n.groupIds()) {
            groups.child("item").add("groupId", groupId)
                    .add("groupName", network.securityGroup(groupId).map(SecurityGroup::groupName).orElse(null));
        }
        if (n.publicIpAddress() != null) {
            // A NAT gateway's address is the account's own Elastic IP; other public addresses are Amazon's.
            item.child("association").add("ipOwnerId", "nat_gateway".equals(n.interfaceType()) ? n.accountId()
                    : "amazon").add("publicIp", n.publicIpAddress());
        }
        if (n.instanceId() != null) {
            XmlElement attachment = item.child("attachment");
            attachment.add("attachmentId", n.attachmentId());
            attachment.add("instanceId", n.instanceId());
            attachment.add("instanceOwnerId", n.accountId());
            attachment.add("deviceIndex", 0);
            attachment.add("networkCardIndex", 0);
            attachment.add("status", "attached");
            attachment.add("deleteOnTermination", true);
        }
        Ec2Xml.tagSet(item, n.tags());
        item.child("privateIpAddressesSet").child("item")
                .add("privateIpAddress", n.privateIpAddress())
                .add("primary", true);
        item.child("ipv6AddressesSet");
    }
}
