package dev.flowsim.emulator.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One meter name's meters by their two or three tag values, registered once and then found with one map lookup.
 * Registering through {@code Timer.builder(...).register(...)} on every request builds tags, merges and compares
 * them and takes the registry's lock: a large share of a small request's cost. Callers must keep the tag values
 * to a bounded set (operation names the emulator knows, outcome codes), as for any meter.
 */
public final class MeterCache {

    private record Key(String a, String b, String c) {
    }

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String[] tagNames;
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentMap<Key, Counter> counters = new ConcurrentHashMap<>();

    public MeterCache(MeterRegistry registry, String name, String description, String... tagNames) {
        if (tagNames.length < 1 || tagNames.length > 3) {
            throw new IllegalArgumentException("one to three tags");
        }
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.tagNames = tagNames.clone();
    }

    /** The timer for these tag values, in the order of the tag names given. */
    public Timer timer(String... values) {
        return timers.computeIfAbsent(key(values), k -> Timer.builder(name).description(description)
                .tags(tags(values)).register(registry));
    }

    /** The counter for these tag values, in the order of the tag names given. */
    public Counter counter(String... values) {
        return counters.computeIfAbsent(key(values), k -> Counter.builder(name).description(description)
                .tags(tags(values)).register(registry));
    }

    private Key key(String[] values) {
        if (values.length != tagNames.length) {
            throw new IllegalArgumentException("expected " + tagNames.length + " tag values");
        }
        return new Key(values[0], values.length > 1 ? values[1] : null, values.length > 2 ? values[2] : null);
    }

    private String[] tags(String[] values) {
        String[] pairs = new String[tagNames.length * 2];
        for (int i = 0; i < tagNames.length; i++) {
            pairs[2 * i] = tagNames[i];
            pairs[2 * i + 1] = values[i];
        }
        return pairs;
    }
}
