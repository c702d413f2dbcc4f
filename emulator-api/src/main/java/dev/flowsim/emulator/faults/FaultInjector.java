package dev.flowsim.emulator.faults;

import dev.flowsim.emulator.service.Call;
import dev.flowsim.emulator.wire.WireResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The faults in force and the one place they act. The pipeline hands every authenticated, authorized call to
 * {@link #around}: an error or quota fault answers with an AWS error instead of the handler; latency and connection
 * faults let the handler run (or not, for reset and stall) and leave a {@link TransportDirective} for the HTTP
 * adapter. Faults are checked in the order they were added; the first error or throttle wins.
 */
public final class FaultInjector {

    private static final int FIRED_LOG_CAPACITY = 10_000;

    private final Clock clock;
    private final long seed;
    private final MeterRegistry meters;
    private final List<ActiveFault> faults = new CopyOnWriteArrayList<>();
    private final TeachingMode teaching = new TeachingMode();
    private final Deque<FiredFault> firedLog = new ArrayDeque<>();
    private final Map<String, Long> firedTotals = new LinkedHashMap<>();
    private long firedSequence;

    public FaultInjector(Clock clock, long seed, MeterRegistry meters) {
        this.clock = clock;
        this.seed = seed;
        this.meters = meters;
    }

    /**
     * Puts a fault (or a profile's faults) in force; windows are offsets from {@code base} unless absolute.
     *
     * @return the ids added
     * @throws IllegalArgumentException if a fault with one of the ids is already in force
     */
    public synchronized List<String> add(FaultSpec spec, Instant base) {
        List<ActiveFault> adding = new ArrayList<>();
        if (spec.profile() != null) {
            for (FaultProfiles.Member m : FaultProfiles.expand(spec)) {
                adding.add(new ActiveFault(m.spec(), m.also(), base, seed));
            }
        } else {
            adding.add(new ActiveFault(spec, call -> true, base, seed));
        }
        for (ActiveFault a : adding) {
            if (find(a.spec().id()).isPresent()) {
                throw new IllegalArgumentException("a fault with id '" + a.spec().id() + "' is already in force");
            }
        }
        faults.addAll(adding);
        return adding.stream().map(a -> a.spec().id()).toList();
    }

    /** Removes a fault, or every fault of a profile added under that id. @return how many were removed */
    public synchronized int remove(String id) {
        List<ActiveFault> gone = faults.stream()
                .filter(f -> f.spec().id().equals(id) || f.spec().id().startsWith(id + "/")).toList();
        faults.removeAll(gone);
        return gone.size();
    }

    public synchronized void clear() {
        faults.clear();
    }

    /** The faults in force, with their resolved windows and counters, for the admin API and reports. */
    public List<Map<String, Object>> describe() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ActiveFault f : faults) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.spec().id());
            m.put("kind", f.spec().kind());
            m.put("spec", f.spec());
            m.put("activeFrom", f.from().equals(Instant.MIN) ? null : f.from().toString());
            m.put("activeUntil", f.until().equals(Instant.MAX) ? null : f.until().toString());
            m.put("matchedCalls", f.matchedCalls());
            m.put("fired", f.firedCount());
            out.add(m);
        }
        return out;
    }

    /** Whether denied calls are let through and reported instead (off unless a run asks for it). */
    public TeachingMode teaching() {
        return teaching;
    }

    /** How often the fault with this id (or the faults of a profile with this id) fired so far. */
    public synchronized long firedCount(String id) {
        return firedTotals.entrySet().stream().filter(e -> e.getKey().equals(id) || e.getKey().startsWith(id + "/"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The most recent firings, oldest first (bounded). */
    public synchronized List<FiredFault> fired() {
        return List.copyOf(firedLog);
    }

    /**
     * Runs {@code handler} under the faults in force for {@code call}.
     *
     * @throws dev.flowsim.emulator.error.AwsException the injected AWS error or throttle
     */
    public WireResponse around(Call call, Supplier<WireResponse> handler) {
        if (faults.isEmpty()) {
            return handler.get();
        }
        CallFacts facts = CallFacts.of(call);
        Instant now = clock.instant();
        long delayMillis = 0;
        NetworkFault network = null;
        for (ActiveFault f : faults) {
            OptionalDouble hit = f.hits(facts, now);
            if (hit.isEmpty()) {
                continue;
            }
            FaultSpec spec = f.spec();
            record(spec, facts, now);
            if (spec.error() != null) {
                throw spec.error().toException();
            }
            if (spec.quota() != null) {
                throw ErrorEffect.throttling(facts.service());
            }
            if (spec.latency() != null) {
                delayMillis += spec.latency().millisFor(hit.getAsDouble());
            } else if (network == null) {
                network = spec.network();
            }
        }
        if (delayMillis == 0 && network == null) {
            return handler.get();
        }
        TransportDirective directive = new TransportDirective(delayMillis, network);
        if (network != null && !network.commits()) {
            return directive.attachTo(WireResponse.empty(500));
        }
        return directive.attachTo(handler.get());
    }

    private Optional<ActiveFault> find(String id) {
        return faults.stream().filter(f -> f.spec().id().equals(id)).findFirst();
    }

    private void record(FaultSpec spec, CallFacts facts, Instant now) {
        Counter.builder("flowsim.faults.fired").description("calls hit by an injected fault")
                .tag("fault", spec.id()).tag("kind", spec.kind()).tag("operation", facts.operation())
                .register(meters).increment();
        synchronized (this) {
            if (firedLog.size() == FIRED_LOG_CAPACITY) {
                firedLog.removeFirst();
            }
            firedTotals.merge(spec.id(), 1L, Long::sum);
            firedLog.addLast(new FiredFault(++firedSequence, now.toString(), spec.id(), spec.kind(),
                    facts.service(), facts.operation(), facts.principalArn(), facts.logGroup(), facts.logStream()));
        }
    }
}
