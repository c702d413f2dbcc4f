package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.security.InterfaceSecurity;

import java.util.Objects;

/**
 * A network interface a flow log captures: the recorded side of every flow the model generates for it, with what
 * its records say about it, the filters in front of it and the workload it runs.
 *
 * @param publicIp null when the interface has no public address (the internet cannot reach it directly, and its
 *                 internet-bound traffic leaves through a NAT gateway)
 * @param vpcCidr  the VPC's primary block; null when unknown (then no traffic is recognised as AWS-internal)
 * @param workload null for the seeded default profile
 */
public record MonitoredEni(InterfaceMetadata metadata, String privateIp, String publicIp, String vpcCidr,
                           InterfaceSecurity security, Workload workload) {

    public MonitoredEni {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(privateIp, "privateIp");
        security = security == null ? InterfaceSecurity.permissiveWebDefault(metadata.subnetId()) : security;
    }

    /** An interface known only by id, owner and address: default filters and the seeded default profile. */
    public MonitoredEni(String interfaceId, String accountId, String privateIp) {
        this(InterfaceMetadata.of(accountId, interfaceId), privateIp, null, null, null, null);
    }

    public String interfaceId() {
        return metadata.interfaceId();
    }

    public String accountId() {
        return metadata.accountId();
    }

    public String subnetId() {
        return metadata.subnetId();
    }

    /**
     * A NAT gateway's requester-managed interface: typed {@code nat_gateway} and attached to no instance (an
     * interface that names an instance is an instance's, whatever its type says).
     */
    public boolean isNatGateway() {
        return "nat_gateway".equals(metadata.interfaceType()) && metadata.instanceId() == null;
    }

    /** A Network Load Balancer's requester-managed interface (typed {@code network_load_balancer}, no instance). */
    public boolean isNetworkLoadBalancer() {
        return "network_load_balancer".equals(metadata.interfaceType()) && metadata.instanceId() == null;
    }

    /** Interfaces that only relay others' traffic and run no workload of their own. */
    public boolean isRelay() {
        return isNatGateway() || isNetworkLoadBalancer();
    }

    /** What identifies its VPC: the id, or the block when the id is not known; null when neither is. */
    String vpcKey() {
        return metadata.vpcId() != null ? metadata.vpcId() : vpcCidr;
    }
}
