package dev.flowsim.emulator.faults;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A fault in force: its spec with the window resolved to instants, its call counter, its token buckets and how often
 * it fired. Random draws are a pure function of (seed, fault, caller and resource, that caller's call number), so
 * the same run hits the same calls however threads interleave.
 */
final class ActiveFault {

    private final FaultSpec spec;
    private final Predicate<CallFacts> also;
    private final Instant from;
    private final Instant until;
    private final long seed;
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong fired = new AtomicLong();
    private final Map<String, AtomicLong> callsPerStream = new ConcurrentHashMap<>();
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    ActiveFault(FaultSpec spec, Predicate<CallFacts> also, Instant base, long seed) {
        this.spec = spec;
        this.also = also;
        TimeWindow window = spec.window();
        this.from = window == null ? Instant.MIN : window.fromAt(base);
        this.until = window == null ? Instant.MAX : window.untilAt(base);
        this.seed = seed ^ spec.id().hashCode() * 0x9E3779B97F4A7C15L;
    }

    FaultSpec spec() {
        return spec;
    }

    long matchedCalls() {
        return matched.get();
    }

    long firedCount() {
        return fired.get();
    }

    Instant from() {
        return from;
    }

    Instant until() {
        return until;
    }

    /**
     * Whether this fault hits the call; counts the call as matching when target and window match.
     *
     * @return empty if not hit; otherwise a draw in [0, 1) for the effect (the latency's spread)
     */
    OptionalDouble hits(CallFacts call, Instant now) {
        if (now.isBefore(from) || !now.isBefore(until) || !spec.targetOrAny().matches(call) || !also.test(call)) {
            return OptionalDouble.empty();
        }
        long number = matched.incrementAndGet();
        String key = call.streamKey();
        long callOfStream = callsPerStream.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        boolean hit;
        if (spec.quota() != null) {
            QuotaEffect q = spec.quota();
            hit = !buckets.computeIfAbsent(q.scope().keyOf(call),
                    k -> new TokenBucket(q.ratePerSecond(), q.burst(), now)).tryTake(now);
        } else {
            hit = (spec.calls() == null || spec.calls().contains(number))
                    && (spec.probabilityOrOne() >= 1.0 || draw(key, callOfStream, 1) < spec.probabilityOrOne());
        }
        if (!hit) {
            return OptionalDouble.empty();
        }
        fired.incrementAndGet();
        return OptionalDouble.of(draw(key, callOfStream, 2));
    }

    /** A number in [0, 1) fixed by the seed, this fault, the caller and resource, and that caller's call count. */
    private double draw(String key, long callOfStream, int salt) {
        long x = seed ^ key.hashCode() * 0xC2B2AE3D27D4EB4FL ^ callOfStream * 0x165667B19E3779F9L ^ salt * 0x9E37L;
        return (mix(x) >>> 11) * 0x1.0p-53;
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
