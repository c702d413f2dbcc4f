package dev.flowsim.emulator.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An elastic network interface of the simulated topology, attached to one instance. Flow logs record traffic per
 * interface, so this is what the publisher aggregates by.
 *
 * @param attachmentId    the {@code eni-attach-...} id of its attachment to {@code instanceId}; null when detached
 * @param publicIpAddress null when it has none
 * @param groupIds        its security groups
 * @param interfaceType   {@code interface} for an instance's own, or a service's ({@code nat_gateway}, ...)
 * @param workload        what the Flow Logs publisher makes it do; null for its seeded default
 */
public record NetworkInterface(String networkInterfaceId, String accountId, String region, String vpcId,
                               String subnetId, String availabilityZone, String availabilityZoneId,
                               String privateIpAddress, String macAddress, String instanceId, String attachmentId,
                               String description, Map<String, String> tags, String publicIpAddress,
                               List<String> groupIds, String interfaceType, Workload workload) {

    /** What the publisher makes an interface do (JSON field names are the contract with the simulator). */
    public record Workload(String role, List<Integer> servicePorts, Double volume) {
    }

    public NetworkInterface {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        interfaceType = interfaceType == null ? "interface" : interfaceType;
    }

    /** Whether AWS created it for a service (NAT gateway, load balancer, endpoint) rather than for an instance. */
    public boolean requesterManaged() {
        return !"interface".equals(interfaceType);
    }
}
