package dev.flowsim.simulator.record;

import java.util.Map;
import java.util.Objects;

/**
 * What a record says about the interface it was captured on, and about the next-hop interface: the metadata fields
 * of versions 3, 4, 9 and 11. A null component is a field that does not apply and renders as {@code -}.
 *
 * @param instanceId    null for requester-managed interfaces (NAT gateway, load balancer, endpoint)
 * @param interfaceType null for an ordinary instance interface; {@code nat_gateway}, {@code network_load_balancer},
 *                      ... for the service interfaces version 11 names
 * @param tagFields     values of the version-11 tag fields ({@code instance-tag}, {@code interface-tag-2}, ...)
 *                      by field name; absent fields render as {@code -}
 */
public record InterfaceMetadata(String accountId, String interfaceId, String vpcId, String subnetId,
                                String instanceId, String region, String azId, String sublocationType,
                                String sublocationId, String interfaceType, String resourceId,
                                Map<String, String> tagFields) {

    public InterfaceMetadata {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(interfaceId, "interfaceId");
        tagFields = tagFields == null ? Map.of() : Map.copyOf(tagFields);
    }

    /** Only the owner and the interface id known (every other metadata field renders as {@code -}). */
    public static InterfaceMetadata of(String accountId, String interfaceId) {
        return new InterfaceMetadata(accountId, interfaceId, null, null, null, null, null, null, null, null, null,
                Map.of());
    }
}
