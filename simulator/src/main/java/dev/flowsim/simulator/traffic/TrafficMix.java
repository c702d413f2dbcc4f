package dev.flowsim.simulator.traffic;

/**
 * How much of each kind of traffic an interface of average activity produces, as mean events per minute. Each
 * interface scales these by its own activity factor; a burst window multiplies them.
 *
 * @param webConnectionsPerMinute      inbound HTTPS/HTTP connections from internet clients (public-facing ENIs)
 * @param eastWestConnectionsPerMinute connections this interface opens to other interfaces of the flow log
 * @param dnsQueriesPerMinute          UDP queries to the interface's resolver (to Amazon DNS they are never logged)
 * @param ntpSyncsPerMinute            UDP time syncs against a public NTP server
 * @param sshProbesPerMinute           SSH connection attempts from internet scanners (public-facing ENIs)
 * @param portScansPerMinute           port sweeps of a few ports each from internet scanners (public-facing ENIs)
 * @param idleWindowProbability        chance that an interface originates and receives nothing of its own in a
 *                                     window
 * @param publicFacingShare            share of interfaces reachable from the internet, for interfaces whose
 *                                     public address the topology does not say
 * @param burstProbability             chance that a window is a burst
 * @param burstMultiplier              how many times the rates a burst window has
 */
public record TrafficMix(
        double webConnectionsPerMinute,
        double eastWestConnectionsPerMinute,
        double dnsQueriesPerMinute,
        double ntpSyncsPerMinute,
        double sshProbesPerMinute,
        double portScansPerMinute,
        double idleWindowProbability,
        double publicFacingShare,
        double burstProbability,
        double burstMultiplier) {

    /** A small, believable VPC: a few web requests a minute, background chatter, the odd scanner, rare bursts. */
    public static final TrafficMix DEFAULT = new TrafficMix(6.0, 3.0, 2.0, 0.5, 0.4, 0.1, 0.08, 0.5, 0.05, 6.0);

    public TrafficMix {
        requireRate(webConnectionsPerMinute, "webConnectionsPerMinute");
        requireRate(eastWestConnectionsPerMinute, "eastWestConnectionsPerMinute");
        requireRate(dnsQueriesPerMinute, "dnsQueriesPerMinute");
        requireRate(ntpSyncsPerMinute, "ntpSyncsPerMinute");
        requireRate(sshProbesPerMinute, "sshProbesPerMinute");
        requireRate(portScansPerMinute, "portScansPerMinute");
        requireProbability(idleWindowProbability, "idleWindowProbability");
        requireProbability(publicFacingShare, "publicFacingShare");
        requireProbability(burstProbability, "burstProbability");
        if (!(burstMultiplier >= 1) || Double.isInfinite(burstMultiplier)) {
            throw new IllegalArgumentException("burstMultiplier must be a finite factor >= 1, got " + burstMultiplier);
        }
    }

    /** No traffic at all: every interface reports NODATA in every window. */
    public static TrafficMix silent() {
        return new TrafficMix(0, 0, 0, 0, 0, 0, 1.0, 0, 0, 1);
    }

    /** Every rate multiplied by {@code factor} (probabilities unchanged): "flows per ENI per minute" as one knob. */
    public TrafficMix scaled(double factor) {
        return new TrafficMix(webConnectionsPerMinute * factor, eastWestConnectionsPerMinute * factor,
                dnsQueriesPerMinute * factor, ntpSyncsPerMinute * factor, sshProbesPerMinute * factor,
                portScansPerMinute * factor, idleWindowProbability, publicFacingShare, burstProbability,
                burstMultiplier);
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
