package dev.flowsim.simulator.security;

import java.util.List;

/** A security group: stateful allow rules only; anything no rule admits is refused. */
public record SecurityGroup(String groupId, List<SecurityGroupRule> ingress, List<SecurityGroupRule> egress) {

    public SecurityGroup {
        ingress = ingress == null ? List.of() : List.copyOf(ingress);
        egress = egress == null ? List.of() : List.copyOf(egress);
    }
}
