package dev.flowsim.simulator.traffic;

import dev.flowsim.simulator.record.CaptureWindow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The seeded traffic of a set of interfaces. For each interface and window the model draws from a stream derived
 * from (seed, interface, window) alone, so the result does not depend on thread timing or on which other windows
 * were generated before. Each interface's role and mix (from the topology, or seeded defaults) decide what it
 * does; the security groups and network ACLs decide what is accepted.
 */
public final class TrafficModel {

    /** Pooled connections an application interface keeps to each database interface. */
    static final int POOLED_CONNECTIONS_PER_DATABASE = 2;
    /**
     * AWS service calls (S3, DynamoDB) of a private interface behind a NAT gateway, as a share of its east-west
     * rate [U]: they follow its volume without adding a knob to {@link TrafficMix}.
     */
    static final double AWS_SERVICE_CALL_SHARE = 0.5;

    private final SeedStreams seeds;
    private final TrafficMix mix;
    /** The last interface list's derived topology ({@link #topologyOf}). */
    private volatile Topology lastTopology;

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
        return EniProfile.derive(seeds.stream("profile", eni.interfaceId()), mix, eni);
    }

    /**
     * Everything the interfaces send and receive in the window, recorded on each interface that sees it. Peers of
     * east-west traffic are taken from the same interface list.
     */
    public List<FlowObservation> observe(List<MonitoredEni> interfaces, CaptureWindow window) {
        Observations observations = new Observations();
        observeInto(interfaces, window, observations);
        return observations.toList();
    }

    /**
     * As {@link #observe}, written into columns ({@code out} is cleared first): the record path's way, without an
     * object per observation.
     */
    public void observeInto(List<MonitoredEni> interfaces, CaptureWindow window, Observations out) {
        out.clear();
        Topology topology = topologyOf(interfaces);
        List<MonitoredEni> ordered = topology.ordered();
        List<EniProfile> profiles = topology.profiles();
        Peers peers = topology.peers();
        Gateways gateways = topology.gateways();
        ConnectionRecorder recorder = out.recorder();
        if (recorder == null || !recorder.serves(out, topology)) {
            recorder = new ConnectionRecorder(out, gateways, ordered.size(), topology);
            out.recorder(recorder);
        }
        long startHash = SeedStreams.nameHash(Long.toString(window.startEpochSecond()));
        long intervalHash = SeedStreams.nameHash(Long.toString(window.intervalSeconds()));
        for (int i = 0; i < ordered.size(); i++) {
            MonitoredEni eni = ordered.get(i);
            EniProfile profile = profiles.get(i);
            // seeds.stream("window", interface id, window start, interval), the shared names hashed once per window
            RandomGenerator rng = new SplittableRandom(SeedStreams.extendHashed(
                    SeedStreams.extendHashed(topology.windowSeedPrefixes()[i], startHash), intervalHash));
            if (eni.isNetworkLoadBalancer()) {
                balance(i, ordered, profiles, rng, new Conversations(rng, window, recorder), window);
                continue;
            }
            if (profile.role() == Workload.Role.IDLE || rng.nextDouble() < profile.mix().idleWindowProbability()) {
                continue;
            }
            Conversations conversations = new Conversations(rng, window, recorder);
            generateFor(i, ordered, profiles, peers, rng, conversations, window);
            if (gateways.hasNatFor(eni)) {
                double scale = profile.activity() * window.intervalSeconds() / 60.0;
                for (int n = poisson(rng, profile.mix().eastWestConnectionsPerMinute() * AWS_SERVICE_CALL_SHARE
                        * scale); n > 0; n--) {
                    conversations.awsServiceCall(eni);
                }
            }
        }
    }

    /**
     * What a window's generation derives from the interface list alone: the interfaces in id order, their profiles,
     * who calls whom, the NAT gateways, and each interface's window stream up to the window's own names.
     */
    private record Topology(MonitoredEni[] given, List<MonitoredEni> ordered, List<EniProfile> profiles, Peers peers,
                            Gateways gateways, long[] windowSeedPrefixes) {

        /** Whether {@code interfaces} holds the very same interface objects, in the same order. */
        boolean sameAs(List<MonitoredEni> interfaces) {
            if (interfaces.size() != given.length) {
                return false;
            }
            for (int i = 0; i < given.length; i++) {
                if (interfaces.get(i) != given[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The topology of the interface list, reused while windows are generated for the same interface objects (a
     * publisher's every window): {@link MonitoredEni} and everything it holds is immutable, and all derived here
     * depends only on the seed, the mix and the interfaces. One snapshot, replaced whole, so threads that generate
     * windows at the same time each see a complete one.
     */
    private Topology topologyOf(List<MonitoredEni> interfaces) {
        Topology known = lastTopology;
        if (known != null && known.sameAs(interfaces)) {
            return known;
        }
        MonitoredEni[] given = interfaces.toArray(new MonitoredEni[0]);
        List<MonitoredEni> ordered = Arrays.stream(given)
                .sorted(Comparator.comparing(MonitoredEni::interfaceId))
                .distinct()
                .toList();
        List<EniProfile> profiles = ordered.stream().map(this::profileOf).toList();
        long[] prefixes = new long[ordered.size()];
        long windowPrefix = seeds.derive("window");
        for (int i = 0; i < prefixes.length; i++) {
            prefixes[i] = SeedStreams.extend(windowPrefix, ordered.get(i).interfaceId());
        }
        Topology topology = new Topology(given, ordered, profiles, new Peers(profiles), Gateways.of(ordered),
                prefixes);
        lastTopology = topology;
        return topology;
    }

    /**
     * An internet-facing Network Load Balancer's window: internet clients connect to its listener ports (its
     * workload's service ports, 443 by default) at the web rate scaled by its volume, each connection going to one
     * web-role interface of its VPC. An internal balancer (no public address) or one without targets stays idle.
     */
    private static void balance(int self, List<MonitoredEni> all, List<EniProfile> profiles, RandomGenerator rng,
                                Conversations conversations, CaptureWindow window) {
        MonitoredEni balancer = all.get(self);
        EniProfile profile = profiles.get(self);
        List<MonitoredEni> targets = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            MonitoredEni candidate = all.get(i);
            if (profiles.get(i).role() == Workload.Role.WEB && !candidate.isRelay()
                    && Objects.equals(candidate.vpcKey(), balancer.vpcKey())) {
                targets.add(candidate);
            }
        }
        if (balancer.publicIp() == null || targets.isEmpty()
                || rng.nextDouble() < profile.mix().idleWindowProbability()) {
            return;
        }
        List<Integer> listeners = balancer.workload() != null && !balancer.workload().servicePorts().isEmpty()
                ? balancer.workload().servicePorts() : List.of(443);
        double minutes = window.intervalSeconds() / 60.0;
        for (int n = poisson(rng, profile.mix().webConnectionsPerMinute() * targets.size() * minutes); n > 0; n--) {
            MonitoredEni target = targets.get(rng.nextInt(targets.size()));
            conversations.throughLoadBalancer(balancer, target, listeners.get(rng.nextInt(listeners.size())));
        }
    }

    private static void generateFor(int self, List<MonitoredEni> all, List<EniProfile> profiles, Peers peers,
                                    RandomGenerator rng, Conversations conversations, CaptureWindow window) {
        MonitoredEni eni = all.get(self);
        EniProfile profile = profiles.get(self);
        TrafficMix mix = profile.mix();
        double minutes = window.intervalSeconds() / 60.0;
        double burst = rng.nextDouble() < mix.burstProbability() ? mix.burstMultiplier() : 1.0;
        double scale = profile.activity() * minutes * burst;
        if (profile.publicFacing()) {
            for (int n = poisson(rng, mix.webConnectionsPerMinute() * scale); n > 0; n--) {
                conversations.inboundWeb(eni, profile);
            }
        }
        Peers.View callees = peers.of(self, profile.role());
        if (callees.size() > 0) {
            for (int n = poisson(rng, mix.eastWestConnectionsPerMinute() * scale); n > 0; n--) {
                int peer = callees.get(rng.nextInt(callees.size()));
                EniProfile peerProfile = profiles.get(peer);
                int port = peerProfile.servicePorts().get(rng.nextInt(peerProfile.servicePorts().size()));
                conversations.eastWest(eni, peer, all.get(peer), port);
            }
        }
        if (profile.role() == Workload.Role.APP) {
            for (int db : peers.withRole(Workload.Role.DB)) {
                for (int slot = 0; slot < POOLED_CONNECTIONS_PER_DATABASE; slot++) {
                    conversations.pooled(eni, db, all.get(db), profiles.get(db).servicePort(), slot);
                }
            }
        }
        for (int n = poisson(rng, mix.dnsQueriesPerMinute() * scale); n > 0; n--) {
            conversations.dnsQuery(eni, profile.dnsResolver());
        }
        for (int n = poisson(rng, mix.ntpSyncsPerMinute() * minutes); n > 0; n--) {
            conversations.ntpSync(eni, profile.ntpServer(), profile.fixedNtpSourcePort());
        }
        if (profile.publicFacing()) {
            for (int n = poisson(rng, mix.sshProbesPerMinute() * minutes); n > 0; n--) {
                conversations.sshProbe(eni);
            }
            for (int n = poisson(rng, mix.portScansPerMinute() * minutes); n > 0; n--) {
                conversations.portScan(eni, profile);
            }
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
