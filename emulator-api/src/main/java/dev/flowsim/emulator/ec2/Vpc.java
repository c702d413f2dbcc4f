package dev.flowsim.emulator.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A VPC of the simulated topology.
 *
 * @param cidrBlockAssociationId the id of the primary IPv4 CIDR association ({@code vpc-cidr-assoc-...}), as
 *                               DescribeVpcs reports it
 */
public record Vpc(String vpcId, String accountId, String region, String cidrBlock, String cidrBlockAssociationId,
                  Map<String, String> tags) {

    public Vpc {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }
}
