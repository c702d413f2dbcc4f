package dev.flowsim.emulator.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An elastic network interface of the simulated topology, attached to one instance. Flow logs record traffic per
 * interface, so this is what the publisher aggregates by.
 *
 * @param attachmentId the {@code eni-attach-...} id of its attachment to {@code instanceId}
 */
public record NetworkInterface(String networkInterfaceId, String accountId, String region, String vpcId,
                               String subnetId, String availabilityZone, String availabilityZoneId,
                               String privateIpAddress, String macAddress, String instanceId, String attachmentId,
                               String description, Map<String, String> tags) {

    public NetworkInterface {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
