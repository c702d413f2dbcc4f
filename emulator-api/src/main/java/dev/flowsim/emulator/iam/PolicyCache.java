package dev.flowsim.emulator.iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compiled policies by text and kind, so a store that keeps policy text compiles each distinct document once. Holds
 * the {@code capacity} most recently used documents; malformed documents are never cached (they throw every time,
 * with the same message). Thread-safe.
 */
public final class PolicyCache {

    private record Key(PolicyKind kind, String text) {
    }

    private final PolicyParser parser;
    private final Map<Key, PolicyDocument> documents;

    public PolicyCache(int capacity) {
        this(PolicyParser.withOperators(ConditionOperators.standard()), capacity);
    }

    public PolicyCache(PolicyParser parser, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.parser = Objects.requireNonNull(parser, "parser");
        this.documents = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PolicyDocument> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The compiled policy for {@code json}, compiling it on first use. */
    public PolicyDocument compile(String json, PolicyKind kind) {
        Key key = new Key(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(json, "json"));
        synchronized (documents) {
            PolicyDocument cached = documents.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Compile outside the lock: two threads may compile the same text once each, which is harmless.
        PolicyDocument compiled = parser.compile(json, kind);
        synchronized (documents) {
            documents.putIfAbsent(key, compiled);
            return documents.get(key);
        }
    }

    public int size() {
        synchronized (documents) {
            return documents.size();
        }
    }
}
