package dev.flowsim.emulator.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A security group of the simulated topology: stateful allow rules, inbound and outbound. */
public record SecurityGroup(String groupId, String groupName, String description, String vpcId, String accountId,
                            List<IpPermission> ingress, List<IpPermission> egress, Map<String, String> tags) {

    public SecurityGroup {
        ingress = List.copyOf(ingress);
        egress = List.copyOf(egress);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** Everything outbound to anywhere: what AWS gives a new group. */
    public static List<IpPermission> allOutbound() {
        return List.of(new IpPermission(IpProtocols.ALL, null, null, List.of("0.0.0.0/0"), List.of()));
    }
}
