package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.CaptureWindow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The seeded traffic of a set of interfaces. For each interface and window the model draws from a stream derived
 * from (seed, interface, window) alone, so the result does not depend on thread timing or on which other windows
 * were generated before.
 */
public final class TrafficModel {

    private final SeedStreams seeds;
    private final TrafficMix mix;

    public TrafficModel(long seed) {
        this(seed, TrafficMix.DEFAULT);
    }

    public TrafficModel(long seed, TrafficMix mix) {
        this.seeds = new SeedStreams(seed);
        this.mix = Objects.requireNonNull(mix, "mix");
    }

    public TrafficMix mix() {
        return mix;
    }

    /** The lasting character of an interface under this model's seed. */
    public EniProfile profileOf(MonitoredEni eni) {
        return EniProfile.derive(seeds.stream("profile", eni.interfaceId()), mix);
    }

    /**
     * Everything the interfaces send and receive in the window, recorded on each interface that sees it. Peers of
     * east-west traffic are taken from the same interface list.
     */
    public List<FlowObservation> observe(List<MonitoredEni> interfaces, CaptureWindow window) {
        List<MonitoredEni> ordered = interfaces.stream()
                .sorted(Comparator.comparing(MonitoredEni::interfaceId))
                .distinct()
                .toList();
        List<FlowObservation> observations = new ArrayList<>();
        for (MonitoredEni eni : ordered) {
            RandomGenerator rng = seeds.stream("window", eni.interfaceId(),
                    Long.toString(window.startEpochSecond()), Long.toString(window.intervalSeconds()));
            if (rng.nextDouble() < mix.idleWindowProbability()) {
                continue;
            }
            generateFor(eni, profileOf(eni), ordered, rng, window, observations);
        }
        return observations;
    }

    private void generateFor(MonitoredEni eni, EniProfile profile, List<MonitoredEni> all, RandomGenerator rng,
                             CaptureWindow window, List<FlowObservation> out) {
        Conversations conversations = new Conversations(rng, window, out);
        double minutes = window.intervalSeconds() / 60.0;
        double scale = profile.activity() * minutes;
        if (profile.publicFacing()) {
            repeat(poisson(rng, mix.webConnectionsPerMinute() * scale), () -> conversations.inboundWeb(eni));
        }
        List<MonitoredEni> peers = all.stream().filter(peer -> !peer.equals(eni)).toList();
        if (!peers.isEmpty()) {
            repeat(poisson(rng, mix.eastWestConnectionsPerMinute() * scale), () -> {
                MonitoredEni peer = peers.get(rng.nextInt(peers.size()));
                conversations.eastWest(eni, peer, profileOf(peer).servicePort());
            });
        }
        repeat(poisson(rng, mix.dnsQueriesPerMinute() * scale),
                () -> conversations.dnsQuery(eni, profile.dnsResolver()));
        repeat(poisson(rng, mix.ntpSyncsPerMinute() * minutes),
                () -> conversations.ntpSync(eni, profile.ntpServer(), profile.fixedNtpSourcePort()));
        if (profile.publicFacing()) {
            repeat(poisson(rng, mix.sshProbesPerMinute() * minutes), () -> conversations.sshProbe(eni));
        }
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }

    /** A Poisson count: Knuth's product method for small means, a rounded normal for large ones. */
    static int poisson(RandomGenerator rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean >= 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        int count = 0;
        double product = rng.nextDouble();
        while (product > limit) {
            count++;
            product *= rng.nextDouble();
        }
        return count;
    }
}
