package dev.flowsim.emulator.ec2;

import java.util.List;
import java.util.Optional;

/**
 * The VPCs, subnets and network interfaces one account has in one region. Immutable: a topology hands out a new
 * one when it changes, so a Describe call never sees half an update.
 */
public record RegionNetwork(List<Vpc> vpcs, List<Subnet> subnets, List<NetworkInterface> networkInterfaces,
                            List<SecurityGroup> securityGroups, List<NetworkAcl> networkAcls) {

    public static final RegionNetwork EMPTY = new RegionNetwork(List.of(), List.of(), List.of(), List.of(),
            List.of());

    public RegionNetwork {
        vpcs = List.copyOf(vpcs);
        subnets = List.copyOf(subnets);
        networkInterfaces = List.copyOf(networkInterfaces);
        securityGroups = List.copyOf(securityGroups);
        networkAcls = List.copyOf(networkAcls);
    }

    public Optional<SecurityGroup> securityGroup(String groupId) {
        return securityGroups.stream().filter(g -> g.groupId().equals(groupId)).findFirst();
    }

    /** The ACL associated with the subnet (every subnet has exactly one). */
    public Optional<NetworkAcl> networkAclOf(String subnetId) {
        return networkAcls.stream().filter(a -> a.associations().containsKey(subnetId)).findFirst();
    }

    public Optional<Vpc> vpc(String vpcId) {
        return vpcs.stream().filter(v -> v.vpcId().equals(vpcId)).findFirst();
    }

    public Optional<Subnet> subnet(String subnetId) {
        return subnets.stream().filter(s -> s.subnetId().equals(subnetId)).findFirst();
    }

    public Optional<NetworkInterface> networkInterface(String networkInterfaceId) {
        return networkInterfaces.stream().filter(n -> n.networkInterfaceId().equals(networkInterfaceId)).findFirst();
    }

    /** Whether a resource of that kind and id exists here. */
    public boolean contains(FlowLogResourceType type, String resourceId) {
        return switch (type) {
            case VPC -> vpc(resourceId).isPresent();
            case Subnet -> subnet(resourceId).isPresent();
            case NetworkInterface -> networkInterface(resourceId).isPresent();
        };
    }

    /**
     * The interfaces a flow log on that resource records: every interface of a VPC, every interface of a subnet, or
     * the one interface. Empty when the resource is gone.
     */
    public List<NetworkInterface> interfacesIn(FlowLogResourceType type, String resourceId) {
        return switch (type) {
            case VPC -> networkInterfaces.stream().filter(n -> n.vpcId().equals(resourceId)).toList();
            case Subnet -> networkInterfaces.stream().filter(n -> n.subnetId().equals(resourceId)).toList();
            case NetworkInterface -> networkInterface(resourceId).stream().toList();
        };
    }
}
