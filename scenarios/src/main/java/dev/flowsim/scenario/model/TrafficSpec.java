package dev.flowsim.scenario.model;

import dev.flowsim.simulator.traffic.TrafficMix;

/**
 * The traffic the simulator generates: a named {@code mix} ({@code default}, {@code busy}, {@code silent}) with any
 * rate overridden (mean events per minute per interface of average activity).
 */
public record TrafficSpec(String mix, Double webConnectionsPerMinute, Double eastWestConnectionsPerMinute,
                          Double dnsQueriesPerMinute, Double sshProbesPerMinute) {

    public static final TrafficSpec DEFAULT = new TrafficSpec(null, null, null, null, null);

    public TrafficSpec {
        Checks.require(mix == null || mix.equals("default") || mix.equals("busy") || mix.equals("silent"),
                "traffic.mix must be default, busy or silent");
        for (Double rate : new Double[] {webConnectionsPerMinute, eastWestConnectionsPerMinute, dnsQueriesPerMinute,
                sshProbesPerMinute}) {
            Checks.require(rate == null || (rate >= 0 && rate <= 100_000), "traffic rates are 0..100000 per minute");
        }
    }

    public TrafficMix toMix() {
        TrafficMix base = switch (mix == null ? "default" : mix) {
            case "silent" -> TrafficMix.silent();
            case "busy" -> new TrafficMix(120, 40, 20, 2, 5, 1, 0.01, 0.5, 0.05, 6.0);
            default -> TrafficMix.DEFAULT;
        };
        return new TrafficMix(or(webConnectionsPerMinute, base.webConnectionsPerMinute()),
                or(eastWestConnectionsPerMinute, base.eastWestConnectionsPerMinute()),
                or(dnsQueriesPerMinute, base.dnsQueriesPerMinute()), base.ntpSyncsPerMinute(),
                or(sshProbesPerMinute, base.sshProbesPerMinute()), base.portScansPerMinute(),
                base.idleWindowProbability(), base.publicFacingShare(), base.burstProbability(), base.burstMultiplier());
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
