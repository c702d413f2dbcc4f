package dev.flowsim.simulator.record;

/** Whether the security groups and network ACLs let the traffic through (VPC Flow Logs `action`). */
public enum Action {
    ACCEPT,
    REJECT
}
