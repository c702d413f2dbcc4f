package dev.flowsim.simulator.admin;

import dev.flowsim.simulator.record.InterfaceMetadata;
import dev.flowsim.simulator.security.InterfaceSecurity;
import dev.flowsim.simulator.traffic.MonitoredEni;
import dev.flowsim.simulator.traffic.TrafficMix;
import dev.flowsim.simulator.traffic.Workload;

import java.util.Map;

/** Turns an interface of the admin API's contract into what the traffic model and the records need. */
public final class SubscribedInterfaces {

    private SubscribedInterfaces() {
    }

    /**
     * @param modelMix the publisher's traffic mix, scaled by the interface's workload volume
     * @throws IllegalArgumentException if the interface lacks its id or address, or its workload is malformed
     */
    public static MonitoredEni toMonitored(Subscription subscription, SubscribedInterface eni, TrafficMix modelMix) {
        if (eni.interfaceId() == null || eni.privateIpAddress() == null) {
            throw new IllegalArgumentException("flow log " + subscription.flowLogId()
                    + " lists an interface without interfaceId or privateIpAddress: " + eni);
        }
        String owner = eni.accountId() != null ? eni.accountId() : subscription.accountId();
        InterfaceMetadata metadata = new InterfaceMetadata(owner, eni.interfaceId(), eni.vpcId(), eni.subnetId(),
                eni.instanceId(), subscription.region(), eni.availabilityZoneId(), null, null,
                serviceInterfaceType(eni.interfaceType()), null, Map.of());
        InterfaceSecurity security = eni.securityGroups() == null ? null
                : new InterfaceSecurity(eni.subnetId(), eni.securityGroups(), eni.networkAcl());
        return new MonitoredEni(metadata, eni.privateIpAddress(), eni.publicIpAddress(), eni.vpcCidrBlock(),
                security, workload(eni.workload(), modelMix));
    }

    /**
     * The {@code interface-type} field names only service interfaces (reference 1.5, v11); an instance's own
     * interface ({@code interface} in DescribeNetworkInterfaces) shows {@code -} [U].
     */
    private static String serviceInterfaceType(String type) {
        return type == null || type.equals("interface") ? null : type;
    }

    private static Workload workload(SubscribedWorkload workload, TrafficMix modelMix) {
        if (workload == null) {
            return null;
        }
        Workload.Role role = workload.role() == null ? Workload.Role.GENERIC : Workload.Role.parse(workload.role());
        double volume = workload.volume() == null ? 1.0 : workload.volume();
        if (!(volume >= 0) || Double.isInfinite(volume)) {
            throw new IllegalArgumentException("workload volume must be a finite number >= 0, got " + volume);
        }
        return new Workload(role, workload.servicePorts(), volume == 1.0 ? null : modelMix.scaled(volume));
    }
}
