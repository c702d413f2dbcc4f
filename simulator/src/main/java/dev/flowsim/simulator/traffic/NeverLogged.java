package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.FiveTuple;
import dev.flowsim.simulator.security.Cidr;

/**
 * Traffic AWS never writes to a flow log (reference 1.10): the instance metadata service, the Amazon Time Sync
 * Service, the Amazon DNS server (VPC base + 2), the VPC router's reserved address (base + 1) and DHCP.
 */
final class NeverLogged {

    static final String INSTANCE_METADATA = "169.254.169.254";
    static final String TIME_SYNC = "169.254.169.123";
    private static final int DHCP_SERVER = 67;
    private static final int DHCP_CLIENT = 68;

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
        long base = Cidr.parse(vpcCidr).network();
        String router = Cidr.ipv4(base + 1);
        String amazonDns = Cidr.ipv4(base + 2);
        return router.equals(tuple.srcAddr()) || router.equals(tuple.dstAddr())
                || amazonDns.equals(tuple.srcAddr()) || amazonDns.equals(tuple.dstAddr());
    }

    private static boolean isLinkLocalService(String address) {
        return INSTANCE_METADATA.equals(address) || TIME_SYNC.equals(address);
    }

    private static boolean isDhcp(int port) {
        return port == DHCP_SERVER || port == DHCP_CLIENT;
    }
}
