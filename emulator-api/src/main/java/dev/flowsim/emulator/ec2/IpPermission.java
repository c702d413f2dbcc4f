package dev.flowsim.emulator.ec2;

import java.util.List;

/**
 * One security-group permission: protocol, ports (null for all protocols) and the peers it admits, CIDR blocks
 * and/or security groups (by id).
 */
public record IpPermission(int protocol, Integer fromPort, Integer toPort, List<String> cidrBlocks,
                           List<String> groupIds) {

    public IpPermission {
        cidrBlocks = cidrBlocks == null ? List.of() : List.copyOf(cidrBlocks);
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}
