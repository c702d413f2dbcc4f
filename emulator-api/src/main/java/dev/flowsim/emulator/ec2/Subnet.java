package dev.flowsim.emulator.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A subnet of the simulated topology: one VPC, one Availability Zone (by name and by id). */
public record Subnet(String subnetId, String vpcId, String accountId, String region, String cidrBlock,
                     String availabilityZone, String availabilityZoneId, Map<String, String> tags) {

    public Subnet {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    public String arn() {
        return "arn:aws:ec2:" + region + ":" + accountId + ":subnet/" + subnetId;
    }
}
