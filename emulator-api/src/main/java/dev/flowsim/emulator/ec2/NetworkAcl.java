package dev.flowsim.emulator.ec2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network ACL of the simulated topology: stateless numbered rules per direction, associated with subnets.
 *
 * @param entries      the user's rules (the implicit deny-all rule 32767 is added when described)
 * @param associations subnet id → association id
 */
public record NetworkAcl(String networkAclId, String vpcId, String accountId, boolean isDefault,
                         List<NetworkAclEntry> entries, Map<String, String> associations, Map<String, String> tags) {

    public NetworkAcl {
        entries = List.copyOf(entries);
        associations = Collections.unmodifiableMap(new LinkedHashMap<>(associations));
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** AWS's default ACL: everything allowed both ways by rule 100. */
    public static List<NetworkAclEntry> allowAll() {
        return List.of(new NetworkAclEntry(100, false, IpProtocols.ALL, true, "0.0.0.0/0", null, null),
                new NetworkAclEntry(100, true, IpProtocols.ALL, true, "0.0.0.0/0", null, null));
    }
}
