package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.flowsim.simulator.security.NetworkAcl;
import dev.flowsim.simulator.security.SecurityGroup;

import java.util.List;

/**
 * One network interface a flow log covers, as the emulator lists it. Members after {@code availabilityZoneId} came
 * later in the contract and may be absent: then the interface has no public address, default filters and the
 * seeded default workload.
 *
 * @param securityGroups its security groups with their rules; null when the emulator did not say
 * @param networkAcl     its subnet's network ACL; null when the emulator did not say
 * @param workload       what it runs; null for the seeded default profile
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscribedInterface(
        String interfaceId,
        String accountId,
        String vpcId,
        String subnetId,
        String privateIpAddress,
        String instanceId,
        String availabilityZoneId,
        String publicIpAddress,
        String vpcCidrBlock,
        String interfaceType,
        List<SecurityGroup> securityGroups,
        NetworkAcl networkAcl,
        SubscribedWorkload workload) {

    /** The members of the first contract version. */
    public SubscribedInterface(String interfaceId, String accountId, String vpcId, String subnetId,
                               String privateIpAddress, String instanceId, String availabilityZoneId) {
        this(interfaceId, accountId, vpcId, subnetId, privateIpAddress, instanceId, availabilityZoneId, null, null,
                null, null, null, null);
    }
}
