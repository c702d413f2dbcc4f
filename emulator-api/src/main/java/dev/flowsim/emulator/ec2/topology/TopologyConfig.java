package dev.flowsim.emulator.ec2.topology;

import java.util.List;
import java.util.Map;

/**
 * The simulated network as configuration declares it (JSON or YAML, read by {@link TopologyLoader}; a scenario file
 * embeds the same shape). Resources refer to each other by {@code name} within their VPC; {@code id} is optional
 * and derived from account, region and names when absent, so the same file always gives the same ids. Unknown keys
 * are errors.
 */
public record TopologyConfig(List<Account> accounts) {

    public record Account(String accountId, List<Region> regions) {
    }

    public record Region(String region, List<Vpc> vpcs) {
    }

    /**
     * @param networkAcls       ACLs besides the VPC's default one (which allows everything, as in AWS)
     * @param networkInterfaces the interfaces flow logs record
     */
    public record Vpc(String name, String id, String cidrBlock, Map<String, String> tags, List<Subnet> subnets,
                      List<SecurityGroup> securityGroups, List<NetworkAcl> networkAcls,
                      List<NetworkInterface> networkInterfaces) {
    }

    /**
     * @param availabilityZone a zone letter ({@code a}) or a full name ({@code us-east-1a})
     * @param networkAcl       the name of one of the VPC's ACLs; absent for the default ACL
     */
    public record Subnet(String name, String id, String cidrBlock, String availabilityZone, String networkAcl,
                         Map<String, String> tags) {
    }

    /** @param egress absent for AWS's default of everything outbound; an empty list for none */
    public record SecurityGroup(String name, String id, String description, List<Rule> ingress, List<Rule> egress,
                                Map<String, String> tags) {
    }

    /**
     * A security-group permission for one peer.
     *
     * @param protocol {@code tcp}, {@code udp}, {@code icmp}, {@code -1} (all) or an IANA number
     * @param fromPort absent (with toPort) for all ports
     * @param cidr     the peer block, or
     * @param group    the name of a security group of the same VPC whose members are the peers
     */
    public record Rule(String protocol, Integer fromPort, Integer toPort, String cidr, String group) {
    }

    public record NetworkAcl(String name, String id, List<AclEntry> inbound, List<AclEntry> outbound,
                             Map<String, String> tags) {
    }

    /** @param action {@code allow} or {@code deny} */
    public record AclEntry(Integer ruleNumber, String protocol, Integer fromPort, Integer toPort, String cidr,
                           String action) {
    }

    /**
     * @param subnet           the name of the VPC's subnet it is in
     * @param publicIpAddress  absent for a private interface
     * @param instanceId       absent: derived for an {@code interface}, none for service interfaces
     * @param securityGroups   names of the VPC's groups; absent for the VPC's {@code default} group
     * @param interfaceType    {@code interface} (default) or a service's: {@code nat_gateway},
     *                         {@code network_load_balancer}, {@code vpc_endpoint}, ...
     * @param workload         what the Flow Logs publisher makes it do; absent for a seeded default
     */
    public record NetworkInterface(String name, String id, String subnet, String privateIpAddress,
                                   String publicIpAddress, String instanceId, List<String> securityGroups,
                                   String description, String interfaceType, Map<String, String> tags,
                                   Workload workload) {
    }

    /**
     * @param role         {@code web}, {@code app}, {@code db}, {@code generic} or {@code idle}
     * @param servicePorts TCP ports it serves
     * @param volume       multiplier of the publisher's traffic rates for this interface (flows per minute)
     */
    public record Workload(String role, List<Integer> servicePorts, Double volume) {
    }
}
