package dev.flowsim.simulator.admin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One network interface a flow log covers, as the emulator lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscribedInterface(
        String interfaceId,
        String accountId,
        String vpcId,
        String subnetId,
        String privateIpAddress,
        String instanceId,
        String availabilityZoneId) {
}
