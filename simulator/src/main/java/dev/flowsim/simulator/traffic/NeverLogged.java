package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.record.Ipv4;
import dev.flowsim.simulator.security.Cidr;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Traffic AWS never writes to a flow log (reference 1.10): the instance metadata service, the Amazon Time Sync
 * Service, the Amazon DNS server (VPC base + 2), the VPC router's reserved address (base + 1) and DHCP.
 */
final class NeverLogged {

    static final String INSTANCE_METADATA = "169.254.169.254";
    static final String TIME_SYNC = "169.254.169.123";
    private static final long INSTANCE_METADATA_IPV4 = Ipv4.parse(INSTANCE_METADATA);
    private static final long TIME_SYNC_IPV4 = Ipv4.parse(TIME_SYNC);
    private static final int DHCP_SERVER = 67;
    private static final int DHCP_CLIENT = 68;

    private static final int MAX_CACHED_VPCS = 65_536;
    private static final ConcurrentHashMap<String, String[]> RESERVED =
            new ConcurrentHashMap<>();

    private NeverLogged() {
    }

    static boolean excludes(FiveTuple tuple, String vpcCidr) {
        if (isLinkLocalService(tuple.srcAddr()) || isLinkLocalService(tuple.dstAddr())) {
            return true;
        }
        if (tuple.protocol() == FiveTuple.UDP && (isDhcp(tuple.srcPort()) || isDhcp(tuple.dstPort()))) {
            return true;
        }
        if (vpcCidr == null) {
            return false;
        }
        String[] reserved = reservedOf(vpcCidr);
        String router = reserved[0];
        String amazonDns = reserved[1];
        return router.equals(tuple.srcAddr()) || router.equals(tuple.dstAddr())
                || amazonDns.equals(tuple.srcAddr()) || amazonDns.equals(tuple.dstAddr());
    }

    /**
     * As {@link #excludes(FiveTuple, String)}, on numbers: {@code reserved} is the VPC router's and Amazon DNS
     * server's numbers ({@link Endpoint#reservedAddresses}), null when the VPC block is unknown. Canonical text and
     * IPv4 numbers map one to one, and an address that is no canonical dotted quad equals none of these, so this
     * decides exactly as the text comparison does.
     */
    static boolean excludes(FiveTuple tuple, long[] reserved) {
        long src = tuple.srcIpv4();
        long dst = tuple.dstIpv4();
        if (src == INSTANCE_METADATA_IPV4 || src == TIME_SYNC_IPV4 || dst == INSTANCE_METADATA_IPV4
                || dst == TIME_SYNC_IPV4) {
            return true;
        }
        if (tuple.protocol() == FiveTuple.UDP && (isDhcp(tuple.srcPort()) || isDhcp(tuple.dstPort()))) {
            return true;
        }
        if (reserved == null) {
            return false;
        }
        return reserved[0] >= 0 && (reserved[0] == src || reserved[0] == dst)
                || reserved[1] >= 0 && (reserved[1] == src || reserved[1] == dst);
    }

    /** The VPC router (base + 1) and Amazon DNS (base + 2) addresses, worked out once per VPC block. */
    static String[] reservedOf(String vpcCidr) {
        String[] known = RESERVED.get(vpcCidr);
        if (known == null) {
            long base = Cidr.parse(vpcCidr).network();
            known = new String[] {Cidr.ipv4(base + 1), Cidr.ipv4(base + 2)};
            if (RESERVED.size() < MAX_CACHED_VPCS) {
                RESERVED.put(vpcCidr, known);
            }
        }
        return known;
    }

    private static boolean isLinkLocalService(String address) {
        return INSTANCE_METADATA.equals(address) || TIME_SYNC.equals(address);
    }

    private static boolean isDhcp(int port) {
        return port == DHCP_SERVER || port == DHCP_CLIENT;
    }
}
