package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.security.Cidr;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The lasting character of one interface, the same in every window: its role, how busy it is, whether the internet
 * can reach it, the ports it serves its peers on, its traffic mix, and the resolver and time server it uses.
 *
 * @param resolverIsAmazonDns whether it asks the VPC's Amazon DNS server (VPC base + 2), whose traffic AWS never logs
 * @param fixedNtpSourcePort  whether the NTP client sends from port 123 (ntpd does; chrony picks ephemeral ports)
 */
public record EniProfile(
        Workload.Role role,
        boolean publicFacing,
        double activity,
        List<Integer> servicePorts,
        TrafficMix mix,
        String dnsResolver,
        boolean resolverIsAmazonDns,
        String ntpServer,
        boolean fixedNtpSourcePort) {

    private static final int[] SERVICE_PORTS = {5432, 3306, 6379, 8080, 9200, 443};
    private static final String[] RESOLVERS = {"1.1.1.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "208.67.222.222"};
    private static final double AMAZON_DNS_SHARE = 0.5;

    public int servicePort() {
        return servicePorts.get(0);
    }

    /**
     * Whether the interface listens on {@code port}: {@code servicePorts().contains(port)} without boxing the port
     * (a port scan asks once per probed port).
     */
    public boolean serves(int port) {
        for (Integer served : servicePorts) {
            if (served != null && served == port) {
                return true;
            }
        }
        return false;
    }

    static EniProfile derive(RandomGenerator rng, TrafficMix modelMix, MonitoredEni eni) {
        Workload workload = eni.workload();
        // A NAT gateway or load balancer originates nothing itself: it is idle unless it relays someone's traffic.
        Workload.Role role = eni.isRelay() ? Workload.Role.IDLE
                : workload == null ? Workload.Role.GENERIC : workload.role();
        TrafficMix mix = workload != null && workload.mix() != null ? workload.mix() : modelMix;
        boolean randomPublic = rng.nextDouble() < mix.publicFacingShare();
        boolean publicFacing = eni.publicIp() != null || (eni.workload() == null && randomPublic);
        double activity = 0.25 + rng.nextDouble() * 1.75;
        int randomPort = SERVICE_PORTS[rng.nextInt(SERVICE_PORTS.length)];
        List<Integer> ports = workload != null && !workload.servicePorts().isEmpty() ? workload.servicePorts()
                : List.of(role.usualPort() > 0 ? role.usualPort() : randomPort);
        String resolver = RESOLVERS[rng.nextInt(RESOLVERS.length)];
        boolean amazonDns = eni.vpcCidr() != null && rng.nextDouble() < AMAZON_DNS_SHARE;
        if (amazonDns) {
            resolver = Cidr.ipv4(Cidr.parse(eni.vpcCidr()).network() + 2);
        }
        String ntpServer = InternetAddresses.publicIpv4(rng);
        boolean fixedNtpPort = rng.nextBoolean();
        return new EniProfile(role, publicFacing, activity, ports, mix, resolver, amazonDns, ntpServer, fixedNtpPort);
    }
}
