package dev.flowsim.simulator.traffic;

import java.util.random.RandomGenerator;

/**
 * The lasting character of one interface, the same in every window: how busy it is, whether the internet can
 * reach it, the port it serves its peers on, and the resolver and time server it uses.
 *
 * @param fixedNtpSourcePort whether the NTP client sends from port 123 (ntpd does; chrony picks ephemeral ports)
 */
public record EniProfile(
        boolean publicFacing,
        double activity,
        int servicePort,
        String dnsResolver,
        String ntpServer,
        boolean fixedNtpSourcePort) {

    private static final int[] SERVICE_PORTS = {5432, 3306, 6379, 8080, 9200, 443};
    private static final String[] RESOLVERS = {"1.1.1.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "208.67.222.222"};

    static EniProfile derive(RandomGenerator rng, TrafficMix mix) {
        boolean publicFacing = rng.nextDouble() < mix.publicFacingShare();
        double activity = 0.25 + rng.nextDouble() * 1.75;
        int servicePort = SERVICE_PORTS[rng.nextInt(SERVICE_PORTS.length)];
        String resolver = RESOLVERS[rng.nextInt(RESOLVERS.length)];
        String ntpServer = InternetAddresses.publicIpv4(rng);
        boolean fixedNtpPort = rng.nextBoolean();
        return new EniProfile(publicFacing, activity, servicePort, resolver, ntpServer, fixedNtpPort);
    }
}
