package dev.flowsim.simulator.traffic;

/**
 * How much of each kind of traffic an interface of average activity produces, as mean events per minute. Each
 * interface scales these by its own activity factor.
 *
 * @param webConnectionsPerMinute      inbound HTTPS/HTTP connections from internet clients (public-facing ENIs)
 * @param eastWestConnectionsPerMinute connections this interface opens to other interfaces of the flow log
 * @param dnsQueriesPerMinute          UDP queries to the interface's own resolver (Amazon DNS is never logged)
 * @param ntpSyncsPerMinute            UDP time syncs against a public NTP server
 * @param sshProbesPerMinute           rejected SSH connection attempts from the internet (public-facing ENIs)
 * @param idleWindowProbability        chance that an interface originates and receives nothing of its own in a
 *                                     window
 * @param publicFacingShare            share of interfaces that are reachable from the internet
 */
public record TrafficMix(
        double webConnectionsPerMinute,
        double eastWestConnectionsPerMinute,
        double dnsQueriesPerMinute,
        double ntpSyncsPerMinute,
        double sshProbesPerMinute,
        double idleWindowProbability,
        double publicFacingShare) {

    /** A small, believable VPC: a few web requests a minute, background chatter and the odd SSH scanner. */
    public static final TrafficMix DEFAULT = new TrafficMix(6.0, 3.0, 2.0, 0.5, 0.4, 0.08, 0.5);

    public TrafficMix {
        requireRate(webConnectionsPerMinute, "webConnectionsPerMinute");
        requireRate(eastWestConnectionsPerMinute, "eastWestConnectionsPerMinute");
        requireRate(dnsQueriesPerMinute, "dnsQueriesPerMinute");
        requireRate(ntpSyncsPerMinute, "ntpSyncsPerMinute");
        requireRate(sshProbesPerMinute, "sshProbesPerMinute");
        requireProbability(idleWindowProbability, "idleWindowProbability");
        requireProbability(publicFacingShare, "publicFacingShare");
    }

    /** No traffic at all: every interface reports NODATA in every window. */
    public static TrafficMix silent() {
        return new TrafficMix(0, 0, 0, 0, 0, 1.0, 0);
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(name + " must be a finite rate >= 0, got " + rate);
        }
    }

    private static void requireProbability(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + p);
        }
    }
}
